package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/asylumpacket/packet/packet"
	"github.com/asylumpacket/packet/sidecar"
)

// buildFlags are the options of packet build.
type buildFlags struct {
	out      string
	force    bool
	workers  int
	evidence evidenceFlags
	// An encrypted delivery copy beside each packet, with its password.
	encrypt, passwordStdin bool
	password               string
}

func build(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f buildFlags
	fs.StringVar(&f.out, "o", "", "path of the packet to write, for one case (default: the case file's name with .pdf)")
	fs.BoolVar(&f.force, "force", false, "build even when the packet is up to date")
	fs.IntVar(&f.workers, "workers", 0, "cases built at once (default: one more than the CPUs)")
	fs.BoolVar(&f.encrypt, "encrypt", false, "also write an AES-256 encrypted delivery copy (case-encrypted.pdf); its password from $"+passwordEnv+" or -password-stdin")
	fs.BoolVar(&f.passwordStdin, "password-stdin", false, "with -encrypt, read the password from the first line of standard input")
	f.evidence.register(fs)
	// Flags may come before or after the case files.
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			return exitUsage
		}
		if fs.NArg() == 0 {
			break
		}
		paths = append(paths, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "packet build: name a case file, or folders of cases")
		fmt.Fprintln(stderr, "Try: packet build [-o out.pdf] case.yaml")
		return exitUsage
	}
	if err := f.evidence.apply(); err != nil {
		fmt.Fprintln(stderr, "packet build:", err)
		return exitUsage
	}
	if f.passwordStdin && !f.encrypt {
		fmt.Fprintln(stderr, "packet build: -password-stdin goes with -encrypt")
		return exitUsage
	}
	if f.encrypt {
		pw, err := deliveryPassword(f.passwordStdin)
		if err == nil {
			err = packet.CheckPassword(pw) // before the build, not after
		}
		if err != nil {
			fmt.Fprintln(stderr, "packet build:", err)
			fmt.Fprintf(stderr, "Try: %s=... packet build -encrypt %s\n", passwordEnv, paths[0])
			return exitUsage
		}
		f.password = pw
	}
	if st, err := os.Stat(paths[0]); len(paths) == 1 && (err != nil || !st.IsDir()) {
		return buildOne(ctx, paths[0], f, stdout, stderr)
	}
	if f.out != "" {
		fmt.Fprintln(stderr, "packet build: -o names the packet of one case; several cases each get theirs beside them")
		fmt.Fprintln(stderr, "Try: packet build "+paths[0])
		return exitUsage
	}
	return buildMany(ctx, paths, f, stdout, stderr)
}

// buildOne builds one case and lists where its exhibits landed.
func buildOne(ctx context.Context, name string, f buildFlags, stdout, stderr io.Writer) int {
	c, ok := load(name, f.evidence.load(), stderr)
	if !ok {
		return exitProblem
	}
	out := f.out
	if out == "" {
		out = packet.OutputPath(name)
	}
	if !f.force && packet.UpToDate(c, out, nil) {
		fmt.Fprintf(stdout, "%s: up to date (its case and evidence are unchanged; -force builds anyway)\n", out)
		return encryptCopies(out, f, stdout, stderr)
	}
	res, err := packet.BuildFile(ctx, c, out, nil)
	if err != nil {
		report(stderr, err)
		return exitProblem
	}
	warn(stderr, res.Warnings)
	fmt.Fprintf(stdout, "%s: %s, %d pages (numbered %s to %s)\n", out, plural(len(res.Exhibits), "exhibit"), res.Pages,
		res.Stamp(res.FirstNumber), res.Stamp(res.LastNumber))
	label, pages := 3, 14 // columns as wide as their longest entry
	for _, e := range res.Exhibits {
		label, pages = max(label, utf8.RuneCountInString(e.Label)), max(pages, utf8.RuneCountInString(res.Range(e)))
	}
	for _, e := range res.Exhibits {
		fmt.Fprintf(stdout, "  %-*s %-*s %s\n", label, e.Label, pages, res.Range(e), e.Title)
	}
	for _, p := range res.Parts {
		fmt.Fprintf(stdout, "  part %s: %.1f MB, pages %s–%s, exhibits %s\n", p.File, float64(p.Size)/1e6,
			res.Stamp(p.FirstPage), res.Stamp(p.LastPage), strings.Join(p.Exhibits, " "))
	}
	fmt.Fprintf(stdout, "%s: sidecar\n", sidecar.PathFor(out))
	return encryptCopies(out, f, stdout, stderr)
}

// encryptCopies writes the delivery copies of the packet out, if asked.
func encryptCopies(out string, f buildFlags, stdout, stderr io.Writer) int {
	if !f.encrypt {
		return exitOK
	}
	copies, err := packet.WriteEncryptedCopies(out, f.password)
	for _, c := range copies {
		fmt.Fprintf(stdout, "%s: encrypted delivery copy (AES-256)\n", c)
	}
	if err != nil {
		fmt.Fprintln(stderr, "packet:", err)
		return exitProblem
	}
	return exitOK
}

// buildMany builds every case found, a line for each as it ends and, on a
// terminal, a progress bar.
func buildMany(ctx context.Context, paths []string, f buildFlags, stdout, stderr io.Writer) int {
	cases, err := packet.FindCases(paths)
	if err != nil {
		fmt.Fprintln(stderr, "packet:", err)
		return exitProblem
	}
	if len(cases) == 0 {
		fmt.Fprintf(stderr, "packet build: no case.yaml found in %v\n", paths)
		return exitProblem
	}
	bar := newProgress(stderr, len(cases))
	failedCopies := 0
	outs := packet.BuildAll(ctx, cases, packet.BatchOptions{Workers: f.workers, Force: f.force, Load: f.evidence.load()}, func(o packet.Outcome) {
		bar.clear()
		switch o.Status {
		case packet.Built:
			fmt.Fprintf(stdout, "built    %s (%d pages, %.1fs)\n", o.Out, o.Result.Pages, o.Elapsed.Seconds())
			warn(stderr, o.Result.Warnings)
			bar.add(o.Result.Pages)
		case packet.Skipped:
			fmt.Fprintf(stdout, "skipped  %s (unchanged)\n", o.Out)
			bar.add(0)
		case packet.Failed:
			fmt.Fprintf(stdout, "failed   %s: %v\n", o.Case, o.FirstError())
			bar.add(0)
		}
		if o.Status != packet.Failed && encryptCopies(o.Out, f, stdout, stderr) != exitOK {
			failedCopies++
		}
		bar.draw()
	})
	bar.clear()
	counts := map[packet.Status]int{}
	for _, o := range outs {
		counts[o.Status]++
	}
	fmt.Fprintf(stdout, "%d built, %d skipped, %d failed\n", counts[packet.Built], counts[packet.Skipped], counts[packet.Failed])
	if counts[packet.Failed] > 0 || failedCopies > 0 {
		return exitProblem
	}
	return exitOK
}

// plural writes a count with its noun: "1 exhibit", "13 exhibits".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
