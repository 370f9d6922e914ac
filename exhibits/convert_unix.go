//go:build unix

package exhibits

import (
	"os/exec"
	"syscall"
)

// ownGroup runs cmd in a process group of its own, all of which is killed
// when the conversion is cancelled: soffice is a script that starts the
// program doing the work, which would otherwise outlive it.
func ownGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
