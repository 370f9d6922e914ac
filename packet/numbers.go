package packet

import (
	"fmt"

	"github.com/asylumpacket/packet/sidecar"
)

func (n Numbering) numbers() sidecar.Numbers {
	return sidecar.Numbers{Style: n.Style, Prefix: n.Prefix, Digits: n.Digits}
}

// stampNumber formats packet page number n as it is stamped: "12", or a
// Bates number "PETROVA-000012".
func (n Numbering) stampNumber(page int) string { return n.numbers().Page(page) }

// pageRange formats a range of packet pages for the index.
func (n Numbering) pageRange(first, last int) string { return n.numbers().Range(first, last) }

// exhibitStamp is the stamp that identifies an exhibit page even when its
// divider is gone: "Ex. C, p. 2 of 5".
func exhibitStamp(label string, page, of int) string {
	return fmt.Sprintf("Ex. %s, p. %d of %d", label, page, of)
}

// runs splits ascending numbers into runs of consecutive ones, each as its
// first and last number.
func runs(nums []int) [][2]int {
	var out [][2]int
	for i := 0; i < len(nums); {
		j := i
		for j+1 < len(nums) && nums[j+1] == nums[j]+1 {
			j++
		}
		out = append(out, [2]int{nums[i], nums[j]})
		i = j + 1
	}
	return out
}
