package nonet

import (
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// netImporters are the only packages in packet's import graph allowed to
// import net or net/http, each with why it opens no connection when packet
// runs. A new dependency that brings networking in fails the test until it
// is looked at and listed here. linked_test.go proves the same of the
// linked command.
var netImporters = map[string]string{
	"crypto/x509":                                    "certificates hold IP addresses (net.IP, net.IPNet); pdfcpu's model and signature code parse certificates, nothing dials",
	"crypto/tls":                                     "TLS over a connection someone else opens; in the graph only under net/http",
	"net/http":                                       "in the graph only because pdfcpu's sign and primitives import it; no client or transport code is linked",
	"net/http/httptrace":                             "part of net/http",
	"net/textproto":                                  "part of net/http (and mime/multipart)",
	"vendor/golang.org/x/net/http/httpguts":          "part of net/http",
	"vendor/golang.org/x/net/http/httpproxy":         "part of net/http",
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/sign":       "fetches OCSP answers, CRLs and timestamps when pdfcpu validates signatures, which packet never asks for",
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/primitives": "fetches images by URL for pdfcpu's create-from-JSON, which packet never uses",
	"github.com/google/uuid":                         "reads network interfaces' hardware addresses for time-based UUIDs; go-pdfium makes only random ones, and nothing dials",
	"github.com/tetratelabs/wazero":                  "hands a WebAssembly module listeners only when a socket configuration (experimental/sock) is set, which packet never does (TestNoSocketConfig)",
	"github.com/tetratelabs/wazero/internal/sock":    "opens those configured listeners, and only those",
	"github.com/tetratelabs/wazero/internal/sys":     "holds the configured listeners",
	"github.com/tetratelabs/wazero/internal/sysfs":   "wraps the configured listeners as files",
}

// TestNoSocketConfig proves that packet never gives PDFium's WebAssembly
// runtime a socket: no package of the module names wazero's socket
// configuration.
func TestNoSocketConfig(t *testing.T) {
	cmd := exec.Command(goCommand(t), "list", "-deps", "-f", "{{.ImportPath}}", "./...")
	cmd.Dir = moduleRoot(t)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	if !strings.Contains(string(out), "github.com/tetratelabs/wazero\n") {
		t.Fatal("wazero is not in the module's graph: the test is not looking at the real graph")
	}
	if strings.Contains(string(out), "github.com/tetratelabs/wazero/experimental/sock") {
		t.Error("a package imports wazero/experimental/sock, which gives WebAssembly modules sockets")
	}
}

// TestNoNewNetworkImports lists the packages the library and the command
// depend on and fails on any importer of net or net/http outside
// netImporters, and on any entry there that no longer imports them, so the
// list stays exact.
func TestNoNewNetworkImports(t *testing.T) {
	cmd := exec.Command(goCommand(t), "list", "-deps", "-json=ImportPath,Imports", "./packet", "./exhibits", "./cmd/packet")
	cmd.Dir = moduleRoot(t)
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	importers := netImportersIn(t, string(out))
	if len(importers) == 0 {
		t.Fatal("go list shows no importer of net at all: the test is not looking at the real graph")
	}
	for p, imported := range importers {
		if _, ok := netImporters[p]; !ok {
			t.Errorf("%s imports %s: a new way to the network; find out why and whether it can run, then list it in netImporters", p, strings.Join(imported, " and "))
		}
	}
	for p := range netImporters {
		if _, ok := importers[p]; !ok {
			t.Errorf("%s no longer imports net or net/http: remove it from netImporters", p)
		}
	}
}

// netImportersIn returns, from go list's JSON, each package that imports
// net or net/http, with which of them it imports.
func netImportersIn(t *testing.T, listJSON string) map[string][]string {
	t.Helper()
	found := map[string][]string{}
	dec := json.NewDecoder(strings.NewReader(listJSON))
	for {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("go list -json: %v", err)
		}
		for _, n := range []string{"net", "net/http"} {
			if slices.Contains(p.Imports, n) {
				found[p.ImportPath] = append(found[p.ImportPath], n)
			}
		}
	}
	return found
}

// TestNetImportersInFindsThem is the control: a package that imports net
// is found, with what it imports, and one that imports net/url is not.
func TestNetImportersInFindsThem(t *testing.T) {
	list := `{"ImportPath": "example.com/fetch", "Imports": ["fmt", "net/http", "net"]}
{"ImportPath": "example.com/links", "Imports": ["net/url"]}`
	got := netImportersIn(t, list)
	if len(got) != 1 || !slices.Equal(got["example.com/fetch"], []string{"net", "net/http"}) {
		t.Fatalf("got %v", got)
	}
}
