package ocr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// ErrNotInstalled is wrapped by every error that comes from tesseract not
// being on PATH.
var ErrNotInstalled = errors.New("ocr: tesseract is not installed")

// Available returns nil when tesseract is on PATH, and otherwise an error
// wrapping ErrNotInstalled that says how to install it.
func Available() error {
	_, err := lookPath()
	return err
}

func lookPath() (string, error) {
	path, err := exec.LookPath("tesseract")
	if err != nil {
		return "", fmt.Errorf("%w: it is needed for \"ocr: true\". "+
			"On Debian or Ubuntu, run apt-get install tesseract-ocr. "+
			"On macOS, run brew install tesseract. "+
			"On Windows, use the installer from the UB Mannheim tesseract page.", ErrNotInstalled)
	}
	return path, nil
}

// versions memoises the first line of `tesseract --version` per program
// path; only successes are kept, so a cancelled first call is retried.
var versions struct {
	sync.Mutex
	byPath map[string]string
}

// tesseractVersion returns the first line of `tesseract --version`, which
// is part of the cache key: a new tesseract or new data may read
// differently.
func tesseractVersion(ctx context.Context, path string) (string, error) {
	versions.Lock()
	defer versions.Unlock()
	if v, ok := versions.byPath[path]; ok {
		return v, nil
	}
	// Tesseract 3 printed its version on stderr, later ones on stdout.
	out, err := exec.CommandContext(ctx, path, "--version").CombinedOutput()
	if ctxErr := ctx.Err(); ctxErr != nil {
		return "", ctxErr
	}
	v := firstLines(out, 1)
	if err != nil || v == "" {
		return "", fmt.Errorf("ocr: %s --version: %v: %s", path, err, firstLines(out, 3))
	}
	if versions.byPath == nil {
		versions.byPath = map[string]string{}
	}
	versions.byPath[path] = v
	return v, nil
}

// languageName is one tesseract language, such as "eng", "chi_sim" or
// "script/Latin".
var languageName = regexp.MustCompile(`^[A-Za-z0-9_]+(/[A-Za-z0-9_]+)?$`)

// checkLanguages rejects a -l value that is not "+"-joined language names,
// so that no option or path can be slipped into tesseract's arguments.
func checkLanguages(langs string) error {
	for _, l := range strings.Split(langs, "+") {
		if !languageName.MatchString(l) {
			return fmt.Errorf("ocr: languages %q: %q is not a tesseract language name (such as \"eng\" or \"eng+spa\")", langs, l)
		}
	}
	return nil
}

// run has tesseract read the PNG bytes and returns its TSV output.
func run(ctx context.Context, path string, png []byte, langs string, dpi int) ([]byte, error) {
	name, err := writeTemp(png)
	if err != nil {
		return nil, err
	}
	defer os.Remove(name)

	args := []string{name, "stdout", "-l", langs, "--psm", "3"}
	if dpi > 0 {
		args = append(args, "--dpi", strconv.Itoa(dpi))
	}
	args = append(args, "tsv")
	cmd := exec.CommandContext(ctx, path, args...)
	// OpenMP starts a thread per core for every page and oversubscribes
	// small machines: 19 s a page on two cores instead of 1.5 s.
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if ctxErr := ctx.Err(); ctxErr != nil {
		return nil, ctxErr
	}
	// A missing language is only a warning when another one loads, but
	// reading Spanish with English data alone is not what was asked for.
	if err := missingLanguages(stderr.Bytes()); err != nil {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("ocr: tesseract: %v: %s", err, firstLines(stderr.Bytes(), 5))
	}
	return stdout.Bytes(), nil
}

// writeTemp writes the page to a file only the user can read (CreateTemp
// makes it 0600) and returns its name.
func writeTemp(png []byte) (string, error) {
	f, err := os.CreateTemp("", "packet-ocr-*.png")
	if err != nil {
		return "", fmt.Errorf("ocr: %w", err)
	}
	_, err = f.Write(png)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("ocr: %w", err)
	}
	return f.Name(), nil
}

var failedLanguage = regexp.MustCompile(`Failed loading language '([^']*)'`)

// missingLanguages names the languages tesseract could not load, with the
// Debian package that brings each.
func missingLanguages(stderr []byte) error {
	var missing []string
	for _, m := range failedLanguage.FindAllSubmatch(stderr, -1) {
		lang := string(m[1])
		missing = append(missing, fmt.Sprintf("%q (%s)", lang, InstallHint(lang)))
	}
	if len(missing) == 0 {
		return nil
	}
	return fmt.Errorf("ocr: tesseract has no data for language %s", strings.Join(missing, ", nor for "))
}

// firstLines returns up to n non-empty lines of b joined by "; ", for an
// error message.
func firstLines(b []byte, n int) string {
	var out []string
	for line := range bytes.Lines(b) {
		if s := strings.TrimSpace(string(line)); s != "" {
			out = append(out, s)
			if len(out) == n {
				break
			}
		}
	}
	return strings.Join(out, "; ")
}
