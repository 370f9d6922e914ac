//go:build unix

package packet

import (
	"errors"
	"syscall"
	"time"
)

// running reports whether the process pid still runs (it may be another
// program that reused the number: then the file waits for a later build).
func running(pid int, _ time.Time) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
