package pdf

import (
	"bufio"
	"context"
	"io"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// Encrypt writes the PDF read from rs to w encrypted with AES-256, opening
// with password (user and owner alike) and then allowing everything.
func Encrypt(ctx context.Context, rs io.ReadSeeker, w io.Writer, password string) error {
	// Never let pdfcpu write a configuration folder into the user's home.
	disableConfig.Do(func() { model.ConfigPath = "disable" })
	conf := model.NewAESConfiguration(password, password, 256)
	conf.Permissions = model.PermissionsAll
	conf.Offline = true
	conf.Cmd = model.ENCRYPT
	pc, err := pdfcpu.ReadWithContext(ctx, rs, conf)
	if err != nil {
		return err
	}
	// pdfcpu writes AES-256 as revision 6 (ISO 32000-2, the slow salted
	// password hash) only into a PDF 2.0 file, and as the deprecated,
	// quickly guessed revision 5 otherwise; the packet holds nothing that
	// PDF 2.0 readers do not take.
	v := model.V20
	pc.HeaderVersion, pc.RootVersion = &v, nil
	bw := bufio.NewWriter(w)
	pc.Write.Writer = bw
	if err := pdfcpu.WriteContext(pc); err != nil {
		return err
	}
	return bw.Flush()
}
