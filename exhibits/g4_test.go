package exhibits

import "fmt"

// g4Encode encodes bilevel rows (packed, MSB first, 1 = black) as CCITT
// Group 4 (T.6): pass, vertical and horizontal modes. It is a test
// encoder: horizontal runs must be short (white 0–7, black 0–6, the codes
// written out below), so test pictures are drawn to need only those.
func g4Encode(rows [][]byte, w int) []byte {
	var out []byte
	var acc uint64
	var n uint
	put := func(code string) {
		for _, c := range code {
			acc = acc<<1 | uint64(c-'0')
			n++
			if n == 8 {
				out = append(out, byte(acc))
				acc, n = 0, 0
			}
		}
	}
	white := map[int]string{0: "00110101", 1: "000111", 2: "0111", 3: "1000", 4: "1011", 5: "1100", 6: "1110", 7: "1111"}
	black := map[int]string{0: "0000110111", 1: "010", 2: "11", 3: "10", 4: "011", 5: "0011", 6: "0010"}
	vertical := map[int]string{0: "1", 1: "011", 2: "000011", 3: "0000011", -1: "010", -2: "000010", -3: "0000010"}
	run := func(black0 bool, length int) {
		table := white
		if black0 {
			table = black
		}
		code, ok := table[length]
		if !ok {
			panic(fmt.Sprintf("g4Encode: no code for a run of %d (black %v)", length, black0))
		}
		put(code)
	}
	ref := make([]bool, w)
	cur := make([]bool, w)
	// next returns the first changing element of line at or after from
	// (its colour differs from the pixel before; before 0 is white), or w.
	next := func(line []bool, from int) int {
		for x := max(from, 0); x < w; x++ {
			prev := false
			if x > 0 {
				prev = line[x-1]
			}
			if line[x] != prev {
				return x
			}
		}
		return w
	}
	for _, row := range rows {
		for x := range cur {
			cur[x] = row[x/8]&(0x80>>(x%8)) != 0
		}
		a0, color := -1, false
		for a0 < w {
			a1 := next(cur, a0+1)
			b1 := next(ref, a0+1)
			for b1 < w && ref[b1] == color {
				b1 = next(ref, b1+1)
			}
			b2 := next(ref, b1+1)
			switch {
			case b2 < a1:
				put("0001")
				a0 = b2
			case a1-b1 >= -3 && a1-b1 <= 3:
				put(vertical[a1-b1])
				a0, color = a1, !color
			default:
				a2 := next(cur, a1+1)
				put("001")
				run(color, a1-max(a0, 0))
				run(!color, a2-a1)
				a0 = a2
			}
		}
		copy(ref, cur)
	}
	put("000000000001000000000001")
	for n != 0 {
		put("0")
	}
	return out
}
