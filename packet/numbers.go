package packet

import (
	"fmt"
	"strconv"
)

// stampNumber formats packet page number n as it is stamped: "12", or a
// Bates number "PETROVA-000012".
func (n Numbering) stampNumber(page int) string {
	if n.Style == StyleBates {
		return fmt.Sprintf("%s%0*d", n.Prefix, n.Digits, page)
	}
	return strconv.Itoa(page)
}

// pageRange formats a range of packet pages for the index.
func (n Numbering) pageRange(first, last int) string {
	if first == last {
		return n.stampNumber(first)
	}
	if n.Style == StyleBates {
		return n.stampNumber(first) + " – " + n.stampNumber(last) // long numbers wrap at the spaces
	}
	return n.stampNumber(first) + "–" + n.stampNumber(last)
}

// exhibitStamp is the stamp that identifies an exhibit page even when its
// divider is gone: "Ex. C, p. 2 of 5".
func exhibitStamp(label string, page, of int) string {
	return fmt.Sprintf("Ex. %s, p. %d of %d", label, page, of)
}
