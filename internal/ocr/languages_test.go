package ocr

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

func TestForLanguage(t *testing.T) {
	for name, want := range map[string][]string{
		"Bulgarian":           {"bul"},
		"  dari ":             {"fas"},
		"Haitian   Creole":    {"hat"},
		"Serbian":             {"srp", "srp_latn"},
		"English":             {"eng"},
		"":                    {"eng"},
		"Traditional Chinese": {"chi_tra"},
	} {
		got, ok := ForLanguage(name)
		if !ok || !slices.Equal(got, want) {
			t.Errorf("ForLanguage(%q) = %v, %v; want %v", name, got, ok, want)
		}
	}
	if got, ok := ForLanguage("Tigre"); ok {
		t.Errorf("Tigre: got %v, want no languages", got)
	}
	// What is returned is the caller's: changing it leaves the table be.
	got, _ := ForLanguage("Serbian")
	got[0] = "xyz"
	if byName["serbian"][0] != "srp" {
		t.Errorf("the table changed: serbian = %v", byName["serbian"])
	}
	for name, langs := range byName {
		for _, l := range langs {
			if !ValidName(l) {
				t.Errorf("%s: %q is not a tesseract language name", name, l)
			}
		}
	}
}

func TestInstallHint(t *testing.T) {
	for lang, pkg := range map[string]string{
		"bul":              "apt-get install tesseract-ocr-bul;",
		"chi_sim":          "apt-get install tesseract-ocr-chi-sim;",
		"script/Cyrillic":  "apt-get install tesseract-ocr-script-cyrl;",
		"script/HanS_vert": "apt-get install tesseract-ocr-script-hans-vert;",
	} {
		if got := InstallHint(lang); !strings.Contains(got, pkg) || !strings.Contains(got, "brew install tesseract-lang") {
			t.Errorf("InstallHint(%q) = %q, want it to say %q", lang, got, pkg)
		}
	}
}

func TestMissing(t *testing.T) {
	testtool.Need(t, "tesseract")
	got, err := Missing(context.Background(), []string{"eng", "xyz"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], `"xyz" (on Debian or Ubuntu: apt-get install tesseract-ocr-xyz;`) {
		t.Errorf("got %q, want only xyz, with its package", got)
	}
}

func TestMissingNotInstalled(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	if _, err := Missing(context.Background(), []string{"eng"}); err == nil || !strings.Contains(err.Error(), "not installed") {
		t.Errorf("got %v, want tesseract not installed", err)
	}
}
