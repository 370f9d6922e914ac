package corpuscheck

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/asylumpacket/packet/internal/testtool"
	"github.com/asylumpacket/packet/packet"
)

// perFile bounds the time one file may take to validate and build: a
// file that takes longer hangs.
const perFile = 60 * time.Second

// input is a file to build a one-exhibit packet from.
type input struct {
	sample
	generated bool // made by the test (else from pdfcpu): a reader panic is a failure
}

// outcome is what became of an input.
type outcome struct {
	err     error // the refusal; nil when the packet was built
	built   []byte
	pages   int // the exhibit's pages in the packet
	took    time.Duration
	failure string // a panic that escaped packet, a hang, a build failing after validation
}

// TestCorpus builds a packet from every PDF in pdfcpu's test data and from
// the damaged, locked and disguised files brokenFiles makes. Each must be
// built into a packet qpdf accepts, or refused by Validate with an error
// naming the exhibit and the file; damage a tolerant reader repairs must
// be repaired. Under -short only the made files are checked.
func TestCorpus(t *testing.T) {
	var inputs []input
	for _, s := range brokenFiles(t, goodPDF(t)) {
		inputs = append(inputs, input{sample: s, generated: true})
	}
	if !testing.Short() {
		for _, path := range testtool.PDFCorpus(t) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			inputs = append(inputs, input{sample: sample{name: filepath.Base(path), data: data}})
		}
	}
	qpdf := ""
	// A subtest, so that without qpdf only its check is skipped (in CI a
	// missing qpdf fails).
	t.Run("qpdf", func(t *testing.T) { qpdf = testtool.Need(t, "qpdf") })

	outcomes := make([]outcome, len(inputs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				outcomes[i] = bounded(t, inputs[i])
			}
		})
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()

	tally := map[string]int{}
	var panics []string
	slowest := 0
	for i, in := range inputs {
		o := outcomes[i]
		if o.took > outcomes[slowest].took {
			slowest = i
		}
		switch {
		case o.failure != "":
			t.Errorf("%s: %s", in.name, o.failure)
		case o.err == nil:
			tally["used"]++
			if in.pages != 0 && o.pages != in.pages {
				t.Errorf("%s: used with %d pages, want %d", in.name, o.pages, in.pages)
			}
			if qpdf != "" {
				checkQPDF(t, qpdf, in.name, o.built)
			}
		default:
			class := reason(o.err)
			tally["refused: "+class]++
			checkRefusal(t, in, o.err)
			if class == "reader panic (recovered)" {
				panics = append(panics, in.name)
				if in.generated {
					t.Errorf("%s: the reader panicked on a made file (a reader bug to fix or guard): %v", in.name, o.err)
				}
			}
		}
	}
	var summary strings.Builder
	fmt.Fprintf(&summary, "%d files (%d made, %d from pdfcpu)", len(inputs), countMade(inputs), len(inputs)-countMade(inputs))
	for _, k := range slices.Sorted(maps.Keys(tally)) {
		fmt.Fprintf(&summary, "; %s %d", k, tally[k])
	}
	fmt.Fprintf(&summary, "; recovered panics %d %v; slowest %s (%v)", len(panics), panics, inputs[slowest].name, outcomes[slowest].took.Round(time.Millisecond))
	t.Log(summary.String())
}

// bounded checks one input under the time bound; a hang fails the test
// and the file's check is left running.
func bounded(t *testing.T, in input) outcome {
	ctx, cancel := context.WithTimeout(context.Background(), perFile)
	defer cancel()
	done := make(chan outcome, 1)
	start := time.Now()
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- outcome{failure: fmt.Sprintf("a panic escaped packet: %v\n%s", r, debug.Stack())}
			}
		}()
		o := build(ctx, t, in)
		o.took = time.Since(start)
		done <- o
	}()
	select {
	case o := <-done:
		return o
	case <-time.After(perFile + 10*time.Second): // the context's chance to stop it first
		return outcome{failure: fmt.Sprintf("no answer after %v: it hangs", time.Since(start).Round(time.Second)), took: time.Since(start)}
	}
}

// build writes a one-exhibit case around the input, validates it and, when
// it validates, builds the packet.
func build(ctx context.Context, t *testing.T, in input) outcome {
	dir := t.TempDir()
	err := os.Mkdir(filepath.Join(dir, "evidence"), 0o755)
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, "evidence", in.name), in.data, 0o644)
	}
	var c *packet.Case
	if err == nil {
		c, err = writeCase(dir, strconv.Quote("evidence/"+in.name))
	}
	if err != nil {
		return outcome{failure: "setting up the case: " + err.Error()}
	}
	if _, err := packet.Validate(ctx, c); err != nil {
		return outcome{err: err}
	}
	var out bytes.Buffer
	res, err := packet.Build(ctx, c, &out, nil)
	if err != nil {
		return outcome{failure: fmt.Sprintf("validated, then the build failed: %v", err)}
	}
	return outcome{built: out.Bytes(), pages: res.Exhibits[0].PageCount}
}

// writeCase writes and loads a case whose one exhibit has the given files
// entry (YAML).
func writeCase(dir, file string) (*packet.Case, error) {
	yaml := `version: 1
forum: asylum-office
applicant: { name: Ivana Petrova, a_number: A-212-345-678, date_of_birth: 1990-04-12 }
asylum_office: { name: Newark Asylum Office, address: "1200 Wall Street West\nLyndhurst, NJ 07071" }
preparer: { name: "Maria Okafor, Esq." }
filing: { title: Evidence in Support of Form I-589, date: 2026-12-01 }
sections:
  - title: Evidence
    exhibits:
      - id: under-test
        title: The file under test
        files: [` + file + `]
`
	path := filepath.Join(dir, "case.yaml")
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		return nil, err
	}
	return packet.Load(path)
}

// checkRefusal checks that a refusal says which exhibit and file, and that
// files a tolerant reader repairs, or that are sound, are not refused.
func checkRefusal(t *testing.T, in input, err error) {
	t.Helper()
	msg := err.Error()
	list, ok := packet.AsErrorList(err)
	if !ok || len(list) != 1 {
		t.Errorf("%s: not one placed problem: %v", in.name, err)
		return
	}
	if !strings.HasPrefix(list[0].Field, "sections[0].exhibits[0]") || !strings.Contains(msg, "evidence/"+in.name) {
		t.Errorf("%s: the refusal does not name the exhibit and the file: %v", in.name, err)
	}
	if in.repairable {
		t.Errorf("%s: refused, but a tolerant reader repairs it: %v", in.name, err)
	}
	if in.name == "encrypted-user-password.pdf" && !strings.Contains(msg, "locked with an open password") {
		t.Errorf("%s: the refusal does not say it is locked: %v", in.name, err)
	}
}

// reason classes a refusal by what its message says.
func reason(err error) string {
	msg := err.Error()
	for _, c := range []struct{ has, class string }{
		{"the reader failed", "reader panic (recovered)"},
		{"password", "locked"},
		{"could not be repaired", "damaged"},
		{"is empty", "not a PDF"},
		{"not a file packet reads", "not a PDF"},
		{"whatever its name says", "not a PDF"},
		{"more than", "too large"},
		{"cannot read the PDF", "unreadable"},
	} {
		if strings.Contains(msg, c.has) {
			return c.class
		}
	}
	return "other"
}

// checkQPDF checks a built packet with qpdf; warnings count as failures.
func checkQPDF(t *testing.T, qpdf, name string, pdf []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "packet.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if msg, err := exec.Command(qpdf, "--check", path).CombinedOutput(); err != nil || bytes.Contains(msg, []byte("WARNING")) {
		t.Errorf("%s: qpdf --check on its packet: %v\n%s", name, err, msg)
	}
}

func countMade(in []input) int {
	n := 0
	for _, i := range in {
		if i.generated {
			n++
		}
	}
	return n
}
