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
