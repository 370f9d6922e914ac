package nonet

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The linker drops every function nothing can call. Linking net/http (which
// pdfcpu imports) keeps socket code all the same: net/http's package init
// builds DefaultTransport with a net.Dialer's DialContext as its dial
// function, and a function value stored at init keeps everything it can
// reach, from DialContext down to socket(2) and connect(2) (found with
// -ldflags=-dumpdep: net/http.init -> net.(*Dialer).DialContext-fm). So the
// proof is in two parts: that route is the only one into socket code, and
// nothing that could take it (DefaultTransport, a Transport's or Client's
// methods, the other ways to dial or listen) is in the binary.
//
// Routes are followed through what machine code names (calls and function
// values), not through interfaces or function variables: a new package
// that dialled only through those would still import net, which
// imports_test.go catches.

// socketEntries are the functions that open sockets: every socket net
// opens goes through net.socket; with cgo, net._C_getaddrinfo calls the C
// library's resolver, which opens its own; the rest are the system calls.
var socketEntries = []string{
	"net.socket", "net._C_getaddrinfo",
	"syscall.Socket", "syscall.Connect", "syscall.Bind", "syscall.Listen",
	"golang.org/x/sys/unix.Socket", "golang.org/x/sys/unix.Connect",
}

// allowedRoutes are the functions outside net and syscall allowed to reach
// socketEntries, with why the route is never taken.
var allowedRoutes = map[string]string{
	"net/http.init": "stores a dial function in DefaultTransport, which the linker drops as unused (see absentSymbols)",
	"github.com/tetratelabs/wazero/internal/sock.(*Config).BuildTCPListeners": "listens only on the addresses of a socket configuration (wazero/experimental/sock), which packet never sets (TestNoSocketConfig); its callers are not followed",
}

// absentSymbols must not be in the binary: what would use the dial
// function net/http's init stores, and the other ways to dial. net.Listen
// is linked for wazero's configured listeners; the routes to it are
// checked like every other route to a socket.
var absentSymbols = []string{
	"net/http.DefaultTransport", "net/http.DefaultClient",
	"net/http.(*Transport).RoundTrip", "net/http.(*Transport).dial", "net/http.(*Client).do",
	"net.Dial", "net.DialTimeout", "net.(*Dialer).Dial", "net.ListenPacket",
}

// TestNoSocketsLinked builds the command and proves from its machine code
// that no socket can be opened; control programs that can open one, and
// one that only links net/http as packet does, show the checks can fail
// and what they allow.
func TestNoSocketsLinked(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and disassembles the command: not with -short")
	}
	goTool := goCommand(t)
	dir := t.TempDir()
	build(t, goTool, moduleRoot(t), filepath.Join(dir, "packet"), "./cmd/packet")
	controls := map[string]string{
		// net/http's init is the only route, as in packet: allowed.
		"links-http": `import _ "net/http"
func main() {}`,
		// A request: the client's code and DefaultClient are linked.
		"gets": `import "net/http"
func main() { http.Get("http://example.com/") }`,
		// A dial with the very function net/http's init keeps: only the
		// route from main.main tells it apart.
		"dials": `import ("context"; "net"; _ "net/http")
func main() { (&net.Dialer{}).DialContext(context.Background(), "tcp", "example.com:80") }`,
	}
	ctl := filepath.Join(dir, "controls")
	if err := os.MkdirAll(ctl, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(ctl, "go.mod"), "module controls\n\ngo 1.26\n")
	for name, src := range controls {
		writeFile(t, filepath.Join(ctl, name, "main.go"), "package main\n\n"+src+"\n")
	}
	build(t, goTool, ctl, filepath.Join(dir, "bin")+string(filepath.Separator), "./...")

	if p := socketProblems(t, goTool, filepath.Join(dir, "packet")); len(p) > 0 {
		t.Errorf("the packet command can open sockets:\n%s", strings.Join(p, "\n"))
	}
	want := map[string][]string{
		"links-http": nil,
		"gets":       {"links net/http.DefaultClient", "links net/http.(*Transport).RoundTrip", "reached from net/http.(*Transport).dial"},
		"dials":      {"reached from main.main"},
	}
	for name, wanted := range want {
		got := strings.Join(socketProblems(t, goTool, filepath.Join(dir, "bin", name)), "\n")
		if wanted == nil && got != "" {
			t.Errorf("control %s: problems found:\n%s", name, got)
		}
		for _, w := range wanted {
			if !strings.Contains(got, w) {
				t.Errorf("control %s: %q not found in:\n%s", name, w, got)
			}
		}
	}
}

// socketProblems returns what in the binary can open a socket: symbols of
// absentSymbols it links, and functions outside net and syscall (or any
// package's init) whose code reaches socketEntries, by calls and function
// values, other than allowedRoutes.
func socketProblems(t *testing.T, goTool, bin string) []string {
	t.Helper()
	var problems []string
	nm := run(t, exec.Command(goTool, "tool", "nm", bin))
	linked := map[string]bool{}
	for _, line := range strings.Split(nm, "\n") {
		if f := strings.Fields(line); len(f) >= 3 {
			linked[strings.Join(f[2:], " ")] = true
		}
	}
	if !linked["main.main"] {
		t.Fatalf("go tool nm %s: no main.main", bin)
	}
	for _, s := range absentSymbols {
		if linked[s] {
			problems = append(problems, "links "+s)
		}
	}
	callers := references(t, goTool, bin)
	reach := map[string]bool{}
	queue := slices.Clone(socketEntries)
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		if _, ok := allowedRoutes[f]; ok {
			continue // a route through it is allowed
		}
		for _, c := range callers[f] {
			if !reach[c] {
				reach[c] = true
				queue = append(queue, c)
			}
		}
	}
	for _, f := range slices.Sorted(maps.Keys(reach)) {
		pkg := packageOf(f)
		isInit := strings.HasSuffix(f, ".init") || strings.Contains(f, ".init.")
		if (pkg == "net" || pkg == "syscall") && !isInit {
			continue
		}
		if _, ok := allowedRoutes[f]; !ok {
			problems = append(problems, "socket code reached from "+f)
		}
	}
	return problems
}

// references disassembles bin and returns, for each symbol, the functions
// whose code names it (calls it, or takes it as a function value).
func references(t *testing.T, goTool, bin string) map[string][]string {
	t.Helper()
	cmd := exec.Command(goTool, "tool", "objdump", bin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	callers := map[string][]string{}
	seen := map[[2]string]bool{}
	fn := ""
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if name, ok := strings.CutPrefix(line, "TEXT "); ok {
			fn, _, _ = strings.Cut(name, "(SB) ")
			continue
		}
		// An instruction naming a symbol: "CALL net.socket(SB)",
		// "LEAQ net.(*Dialer).DialContext-fm(SB), CX".
		i := strings.LastIndex(line, "(SB)")
		if i < 0 || fn == "" {
			continue
		}
		sym := line[strings.LastIndexAny(line[:i], " \t,")+1 : i]
		if k := strings.IndexAny(sym, "+-"); k > 0 && strings.Trim(sym[k+1:], "0123456789") == "" {
			sym = sym[:k] // an offset into the symbol
		}
		if e := [2]string{sym, fn}; !seen[e] {
			seen[e] = true
			callers[sym] = append(callers[sym], fn)
		}
	}
	if err := errors.Join(sc.Err(), cmd.Wait()); err != nil {
		t.Fatalf("go tool objdump %s: %v\n%s", bin, err, stderr.String())
	}
	if len(callers) == 0 {
		t.Fatalf("go tool objdump %s: no references", bin)
	}
	return callers
}

// packageOf returns the import path of a function symbol such as
// "net/http.(*Transport).dial" or "vendor/golang.org/x/net/idna.init".
func packageOf(sym string) string {
	head := sym
	if i := strings.IndexAny(head, "(["); i >= 0 {
		head = head[:i]
	}
	slash := strings.LastIndex(head, "/")
	if dot := strings.Index(head[slash+1:], "."); dot >= 0 {
		return head[:slash+1+dot]
	}
	return head
}

func build(t *testing.T, goTool, dir, out, pkg string) {
	t.Helper()
	cmd := exec.Command(goTool, "build", "-o", out, pkg)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	run(t, cmd)
}

func run(t *testing.T, cmd *exec.Cmd) string {
	t.Helper()
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			err = fmt.Errorf("%w\n%s", err, ee.Stderr)
		}
		t.Fatalf("%s: %v", strings.Join(cmd.Args, " "), err)
	}
	return string(out)
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
