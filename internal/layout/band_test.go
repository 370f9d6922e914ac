package layout

import (
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

// TestStampBandEmpty renders every page to an image and checks that the
// bottom 54 pt, kept for the assembler's page stamps, is blank.
func TestStampBandEmpty(t *testing.T) {
	bin := testtool.Need(t, "pdftoppm")
	long := courtDoc()
	long.Title = strings.Repeat("A long title of many words ", 12)
	long.Preparer.Address = strings.Repeat("Line of an address\n", 20)
	long.Letter = []string{strings.Repeat("A paragraph of many words. ", 200)}
	long.Sections[0].Exhibits[0].Description = strings.Repeat("A description of many words ", 300)
	letter := long
	letter.Forum = AsylumOffice

	for name, d := range map[string]Document{"court": long, "letter": letter, "many": manyDoc(60)} {
		t.Run(name, func(t *testing.T) {
			r := mustRender(t, d)
			dir := t.TempDir()
			in := filepath.Join(dir, "packet.pdf")
			if err := os.WriteFile(in, r.PDF, 0o644); err != nil {
				t.Fatal(err)
			}
			const dpi = 36
			if out, err := exec.Command(bin, "-r", "36", "-gray", "-png", in, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
				t.Fatalf("pdftoppm: %v\n%s", err, out)
			}
			files, _ := filepath.Glob(filepath.Join(dir, "p-*.png"))
			if len(files) == 0 {
				t.Fatal("pdftoppm wrote no pages")
			}
			for _, name := range files {
				fh, err := os.Open(name)
				if err != nil {
					t.Fatal(err)
				}
				img, err := png.Decode(fh)
				fh.Close()
				if err != nil {
					t.Fatal(err)
				}
				b := img.Bounds()
				band := b.Max.Y - int(stampBand*dpi/72)
			scan:
				for y := band; y < b.Max.Y; y++ {
					for x := b.Min.X; x < b.Max.X; x++ {
						if r, _, _, _ := img.At(x, y).RGBA(); r < 0xF000 {
							t.Errorf("%s: ink at (%d, %d) in the bottom %v pt", filepath.Base(name), x, y, stampBand)
							break scan
						}
					}
				}
			}
		})
	}
}
