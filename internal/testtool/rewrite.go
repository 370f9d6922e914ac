package testtool

import (
	"bufio"
	"bytes"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/validate"
)

// Rewrite has pdfcpu read and write the PDF data with conf: encrypted
// (conf.Cmd = model.ENCRYPT), with object streams, or as pdfcpu writes by
// default. Tests use it to make the files other programs would give.
func Rewrite(t testing.TB, data []byte, conf *model.Configuration) []byte {
	t.Helper()
	model.ConfigPath = "disable" // no configuration folder in the home
	ctx, err := pdfcpu.Read(bytes.NewReader(data), conf)
	if err == nil {
		err = validate.XRefTable(ctx)
	}
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	if err == nil {
		ctx.Write.Writer = w
		err = pdfcpu.WriteContext(ctx)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Encrypt locks the PDF data with AES-256; user "" gives only an owner
// password (printing and copying restricted).
func Encrypt(t testing.TB, data []byte, user, owner string) []byte {
	t.Helper()
	conf := model.NewAESConfiguration(user, owner, 256)
	conf.Cmd = model.ENCRYPT
	return Rewrite(t, data, conf)
}
