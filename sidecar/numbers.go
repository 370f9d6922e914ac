package sidecar

import (
	"fmt"
	"strconv"
)

// Numbering styles.
const (
	StylePage  = "page"  // plain packet page numbers: 12
	StyleBates = "bates" // a prefix and zero-padded digits: PETROVA-000012
)

// Page formats packet number p as it is stamped: "14", or with Bates
// numbering the prefix and the number padded to Digits, "PETROVA-000014".
func (n Numbers) Page(p int) string {
	if n.Style == StyleBates {
		return fmt.Sprintf("%s%0*d", n.Prefix, n.Digits, p)
	}
	return strconv.Itoa(p)
}

// Range formats packet numbers first to last as the index prints them:
// "14–22", "PETROVA-000014 – PETROVA-000022", or one number when first
// is last.
func (n Numbers) Range(first, last int) string {
	if first == last {
		return n.Page(first)
	}
	if n.Style == StyleBates {
		return n.Page(first) + " – " + n.Page(last) // long numbers wrap at the spaces
	}
	return n.Page(first) + "–" + n.Page(last)
}
