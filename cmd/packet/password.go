package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// passwordEnv names the environment variable that holds the password of
// the encrypted delivery copies. A password is never a flag: flags show in
// the process list and the shell's history.
const passwordEnv = "PACKET_PASSWORD"

// stdin is where -password-stdin reads; tests replace it.
var stdin io.Reader = os.Stdin

// deliveryPassword returns the password for -encrypt: the first line of
// standard input with -password-stdin, else the environment's.
func deliveryPassword(fromStdin bool) (string, error) {
	if fromStdin {
		line, err := bufio.NewReader(stdin).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return "", fmt.Errorf("reading the password from standard input: %w", err)
		}
		if pw := strings.TrimRight(line, "\r\n"); pw != "" {
			return pw, nil
		}
		return "", errors.New("-password-stdin: standard input holds no password")
	}
	if pw := os.Getenv(passwordEnv); pw != "" {
		return pw, nil
	}
	return "", fmt.Errorf("-encrypt needs a password: set %s, or pipe it in with -password-stdin (never on the command line)", passwordEnv)
}
