package typeset

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// vocabulary for generated declarations: plain words, words with
// diacritics, Cyrillic and Greek, and the odd long one.
var vocabulary = strings.Fields(`the and of to in a was my they me that he we
	police house family village night morning father mother brother sister
	soldiers threatened arrested interrogated released documents passport
	border journey asylum persecution political opinion religion Kharkiv
	Tegucigalpa Nguyễn Ngọc Phương São Paulo Ñúñez Łódź Žižek Ørsted
	правда свобода Харьков Ελλάδα δημοκρατία because afterwards immediately
	approximately representatives extraordinarily counter-demonstration`)

// declaration generates a long numbered declaration from seed: n numbered
// paragraphs of 1 to 14 sentences, some with emphasis, a long word or a
// URL, and a heading before some of them.
func declaration(seed uint64, n int) string {
	rng := rand.New(rand.NewPCG(seed, 1))
	var b strings.Builder
	b.WriteString("# Declaration of the Applicant\n\nI declare as follows:\n\n")
	for i := 1; i <= n; i++ {
		if rng.IntN(5) == 0 {
			fmt.Fprintf(&b, "## Part %d: what happened %s\n\n", i, pick(rng))
		}
		fmt.Fprintf(&b, "%d. ", i)
		for s := rng.IntN(14); s >= 0; s-- {
			b.WriteString(sentence(rng))
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

func pick(rng *rand.Rand) string { return vocabulary[rng.IntN(len(vocabulary))] }

// sentence makes a sentence of 4 to 20 words.
func sentence(rng *rand.Rand) string {
	n := 4 + rng.IntN(17)
	ws := make([]string, n)
	for i := range ws {
		ws[i] = pick(rng)
		switch rng.IntN(60) {
		case 0:
			ws[i] = "*" + ws[i] + "*"
		case 1:
			ws[i] = "**" + ws[i] + "**"
		case 2:
			ws[i] = "https://example.org/records/" + strings.Repeat("case-file-", 1+rng.IntN(8)) + "index.html"
		case 3:
			ws[i] = strings.Repeat("Supercalifragilistic", 2+rng.IntN(3))
		}
	}
	r := []rune(ws[0])
	ws[0] = strings.ToUpper(string(r[:1])) + string(r[1:])
	return strings.Join(ws, " ") + "."
}
