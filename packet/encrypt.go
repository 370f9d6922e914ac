package packet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/asylumpacket/packet/internal/pdf"
	"github.com/asylumpacket/packet/sidecar"
)

// MinPasswordLength is the shortest password a delivery copy takes.
const MinPasswordLength = 12

// EncryptCopy writes to w a copy of the packet read from rs, encrypted with
// AES-256 so that it opens only with password: a copy to send to the
// applicant or a colleague, while the packet itself is what gets filed.
// Whoever opens it may print and copy it. The password never comes from
// the case file: callers take it from the environment or standard input.
func EncryptCopy(rs io.ReadSeeker, w io.Writer, password string) error {
	if err := CheckPassword(password); err != nil {
		return err
	}
	return pdf.Encrypt(context.Background(), rs, w, password)
}

// EncryptedName is the delivery copy of the packet file name:
// case.pdf → case-encrypted.pdf.
func EncryptedName(name string) string {
	return strings.TrimSuffix(name, filepath.Ext(name)) + "-encrypted" + filepath.Ext(name)
}

// WriteEncryptedCopies writes an encrypted delivery copy beside each file of
// the packet out (the packet, or each of its parts, as its sidecar lists
// them) and returns their paths. Each replaces an earlier copy only when
// complete.
func WriteEncryptedCopies(out, password string) ([]string, error) {
	rec, err := sidecar.Read(sidecar.PathFor(out))
	if err != nil {
		return nil, fmt.Errorf("%s has no sidecar; build the packet first: %w", out, err)
	}
	var written []string
	for _, name := range packetFiles(out, rec) {
		copyName := EncryptedName(name)
		err := func() error {
			in, err := os.Open(name)
			if err != nil {
				return err
			}
			defer in.Close()
			tmp, err := writeTemp(copyName, func(w io.Writer) error { return EncryptCopy(in, w, password) })
			if err != nil {
				return err
			}
			return os.Rename(tmp, copyName)
		}()
		if err != nil {
			return written, fmt.Errorf("encrypting %s: %w", name, err)
		}
		written = append(written, copyName)
	}
	return written, nil
}

// CheckPassword refuses a password too short or one that the encryption
// cannot take.
func CheckPassword(password string) error {
	if n := utf8.RuneCountInString(password); n < MinPasswordLength {
		return fmt.Errorf("the password has %d characters; a delivery copy needs at least %d", n, MinPasswordLength)
	}
	if !pdf.UsablePassword(password) {
		return errors.New("the password holds a space or a character that PDF encryption cannot take; use letters, digits and punctuation (e.g. correct-horse-battery-staple)")
	}
	return nil
}
