//go:build !unix

package packet

import "time"

// running cannot ask the system here, so a file is taken for its build's
// until it is a day old.
func running(_ int, modified time.Time) bool {
	return time.Since(modified) < staleAfter
}
