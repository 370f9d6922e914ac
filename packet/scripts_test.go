package packet

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/asylumpacket/packet/internal/testtool"
)

// words are the words of s as poppler prints them back: NFKC, brackets
// and commas trimmed.
func words(s string) []string {
	var out []string
	for _, w := range strings.Fields(norm.NFKC.String(s)) {
		if w = strings.Trim(w, "(),"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// TestScriptsInGeneratedCases builds generated cases whose names and
// titles are in every script packet prints, both forums, with titles long
// enough to wrap: every word is found again in the text poppler extracts,
// and every bookmark carries its title exactly.
func TestScriptsInGeneratedCases(t *testing.T) {
	mutool := testtool.Need(t, "mutool")
	for _, court := range []bool{false, true} {
		dir := t.TempDir()
		caseFile := writeCase(t, dir, genSpec{seed: 11, exhibits: 14, sections: 3, court: court, scripts: true, longTitles: true})
		out, _ := buildDir(t, caseFile)
		text := testtool.Text(t, out)
		want := append([]string{"مریم رضایی"}, scriptTitles...)
		for _, title := range want {
			for _, w := range words(title) {
				if !strings.Contains(text, w) {
					t.Errorf("court %v: %q of %q is not in the extracted text", court, w, title)
				}
			}
		}
		outline, err := exec.Command(mutool, "show", out, "outline").Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, title := range scriptTitles[:5] {
			if !strings.Contains(string(outline), title) {
				t.Errorf("court %v: no bookmark holds %q:\n%s", court, title, outline)
			}
		}
	}
}

// systemFont returns a font file that the shipped fonts do not replace,
// from Debian's fonts-noto-core: skipped without it, required in CI.
func systemFont(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join("/usr/share/fonts/truetype/noto", name)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is required in CI (apt-get install fonts-noto-core)", p)
		}
		t.Skipf("%s not installed", p)
	}
	return p
}

// TestUserFonts prints a Tamil name, which no shipped font has, with a
// font from a folder the case file names; without it, the name's field is
// refused with the character.
func TestUserFonts(t *testing.T) {
	tamil, err := os.ReadFile(systemFont(t, "NotoSansTamil-Regular.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	caseFile := writeCase(t, dir, genSpec{seed: 3, exhibits: 2, sections: 1})
	y, _ := os.ReadFile(caseFile)
	named := strings.Replace(string(y), "name: José Nguyễn Ελένη Иван,", "name: Kavya Raman, native_name: காவ்யா ராமன்,", 1)
	if err := os.WriteFile(caseFile, []byte(named), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Load(caseFile)
	if err == nil || !strings.Contains(err.Error(), `applicant.native_name: the character "க" (U+0B95) is in none of the fonts`) {
		t.Fatalf("without the font: %v", err)
	}

	if err := os.MkdirAll(filepath.Join(dir, "fonts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fonts", "NotoSansTamil-Regular.ttf"), tamil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(caseFile, []byte("fonts: [fonts]\n"+named), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "packet.pdf")
	c, _ := buildTo(t, caseFile, out)
	if text := testtool.Text(t, out); !strings.Contains(text, norm.NFKC.String("காவ்யா ராமன்")) {
		t.Errorf("the Tamil name is not in the extracted text:\n%s", text)
	}
	if !UpToDate(c, out, nil) {
		t.Fatal("not up to date right after the build")
	}
	// The font is an input: changing it makes the packet stale.
	if err := os.WriteFile(filepath.Join(dir, "fonts", "NotoSansTamil-Regular.ttf"), append(tamil, 0), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err = Load(caseFile)
	if err != nil {
		t.Fatal(err)
	}
	if UpToDate(c, out, nil) {
		t.Error("still up to date after the font changed")
	}
}

// TestFontProblems reports every bad fonts entry at once, at its line.
func TestFontProblems(t *testing.T) {
	dir := t.TempDir()
	caseFile := writeCase(t, dir, genSpec{seed: 3, exhibits: 1, sections: 1})
	for name, data := range map[string]string{
		"fonts/empty/readme.txt": "no fonts here",
		"fonts/Cff.otf":          "OTTO" + strings.Repeat("\x00", 64),
		"fonts/Broken.ttf":       "\x00\x01\x00\x00" + strings.Repeat("\x00", 64),
	} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	y, _ := os.ReadFile(caseFile)
	fonts := "fonts:\n  - fonts/missing.ttf\n  - fonts/empty\n  - fonts/Cff.otf\n  - fonts/Broken.ttf\n  - ../outside.ttf\n"
	if err := os.WriteFile(caseFile, append([]byte(fonts), y...), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(caseFile)
	list, _ := AsErrorList(err)
	want := []string{
		`:2:5: fonts[0]: "fonts/missing.ttf" does not exist`,
		`:3:5: fonts[1]: the folder "fonts/empty" holds no .ttf font`,
		`:4:5: fonts[2]: "fonts/Cff.otf" is an OpenType font with PostScript (CFF) outlines`,
		`:5:5: fonts[3]: "fonts/Broken.ttf" is not a readable TrueType font`,
		`:6:5: fonts[4]: "../outside.ttf": evidence paths must be relative`,
	}
	got := lines(list)
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in:\n%s", w, got)
		}
	}
}
