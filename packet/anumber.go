package packet

import "strings"

// ANumber is an alien registration number: "A" and nine digits (an
// eight-digit number gains a leading zero, as USCIS writes it).
type ANumber string

// parseANumber accepts "A" followed by 8 or 9 digits, with dashes and spaces
// anywhere between them.
func parseANumber(s string) (ANumber, bool) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "A") && !strings.HasPrefix(s, "a") {
		return "", false
	}
	var digits []byte
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits = append(digits, c)
		case c == '-' || c == ' ':
		default:
			return "", false
		}
	}
	if len(digits) == 8 {
		digits = append([]byte{'0'}, digits...)
	}
	if len(digits) != 9 {
		return "", false
	}
	return ANumber("A" + string(digits)), true
}

// String returns the number as printed on filings: "A-212-345-678".
func (a ANumber) String() string {
	if len(a) != 10 {
		return string(a)
	}
	return "A-" + string(a[1:4]) + "-" + string(a[4:7]) + "-" + string(a[7:])
}
