package packet

import (
	"errors"
	"os"

	"github.com/asylumpacket/packet/exhibits"
)

// lookupEnv reads the environment; tests replace it.
var lookupEnv = os.LookupEnv

// password returns the open password of f's PDF from the environment
// variable its case names, "" when it names none.
func (c *Case) password(f File) (string, *Error) {
	if f.PasswordEnv == "" {
		return "", nil
	}
	pw, ok := lookupEnv(f.PasswordEnv)
	if !ok || pw == "" {
		return "", c.errorAt(f.path+".password_env", "%s: the environment variable %s is not set; set it to the PDF's open password before building (the password never goes in the case file)", f.Path, f.PasswordEnv)
	}
	return pw, nil
}

// openError describes why the evidence file f could not be read, saying
// what to do about a password.
func (c *Case) openError(f File, err error) *Error {
	switch {
	case errors.Is(err, exhibits.ErrWrongPassword):
		return c.errorAt(f.path+".password_env", "%s: the password in %s does not open this PDF", f.Path, f.PasswordEnv)
	case errors.Is(err, exhibits.ErrPassword):
		return c.errorAt(f.path, "%s: the PDF is locked with an open password; name the environment variable that holds it with password_env (e.g. password_env: BANK_STATEMENT_PASSWORD), or give an unlocked copy", f.Path)
	case errors.Is(err, exhibits.ErrUnusablePassword):
		// pdfcpu prepares AES-256 passwords with a strict profile that
		// refuses spaces: the password may be right, but cannot be tried.
		return c.errorAt(f.path+".password_env", "%s: the password in %s holds a space or a character that packet's PDF reader cannot use to open AES-256 encryption; give an unlocked copy (print it to PDF with the password)", f.Path, f.PasswordEnv)
	}
	return c.errorAt(f.path, "%s: %v", f.Path, err)
}
