package packet

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

func TestLockedEvidence(t *testing.T) {
	plain := onePagePDF(t)
	for _, tc := range []struct {
		name, user, owner, entry string
		env                      map[string]string
		want                     string // "" builds
	}{
		{"owner password only", "", "owner-secret", "", nil, ""},
		{"open password from the environment", "open-secret", "owner-secret", "STATEMENT_PW", map[string]string{"STATEMENT_PW": "open-secret"}, ""},
		{"owner password from the environment", "open-secret", "owner-secret", "STATEMENT_PW", map[string]string{"STATEMENT_PW": "owner-secret"}, ""},
		{"no password_env", "open-secret", "owner-secret", "", nil, "files[0]: evidence/locked.pdf: the PDF is locked with an open password; name the environment variable that holds it with password_env"},
		{"variable not set", "open-secret", "owner-secret", "STATEMENT_PW", nil, "files[0].password_env: evidence/locked.pdf: the environment variable STATEMENT_PW is not set"},
		{"password with a space", "open secret", "owner-secret", "STATEMENT_PW", map[string]string{"STATEMENT_PW": "open secret"}, "files[0].password_env: evidence/locked.pdf: the password in STATEMENT_PW holds a space"},
		{"wrong password", "open-secret", "owner-secret", "STATEMENT_PW", map[string]string{"STATEMENT_PW": "guess"}, "files[0].password_env: evidence/locked.pdf: the password in STATEMENT_PW does not open this PDF"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			saved := lookupEnv
			defer func() { lookupEnv = saved }()
			lookupEnv = func(k string) (string, bool) { v, ok := tc.env[k]; return v, ok }
			dir := t.TempDir()
			os.MkdirAll(filepath.Join(dir, "evidence"), 0o755)
			os.WriteFile(filepath.Join(dir, "evidence", "locked.pdf"), testtool.Encrypt(t, plain, tc.user, tc.owner), 0o644)
			entry := "evidence/locked.pdf"
			if tc.entry != "" {
				entry = "{ path: evidence/locked.pdf, password_env: " + tc.entry + " }"
			}
			caseFile := writeCase(t, dir, genSpec{seed: 31, exhibits: 1, sections: 1})
			y, _ := os.ReadFile(caseFile)
			os.WriteFile(caseFile, []byte(strings.Replace(string(y), "        files:\n", "        files:\n          - "+entry+"\n", 1)), 0o644)
			c, err := Load(caseFile)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Build(context.Background(), c, io.Discard, nil)
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("did not build: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("got %v\nwant %q", err, tc.want)
			}
			if err != nil && strings.Contains(err.Error(), "secret") {
				t.Errorf("the message shows a password: %v", err)
			}
		})
	}
}

// TestPasswordNeverInCaseFile: a password_env that is not a variable's
// name may be the password itself, and is not repeated.
func TestPasswordNeverInCaseFile(t *testing.T) {
	dir := t.TempDir()
	caseFile := writeCase(t, dir, genSpec{seed: 32, exhibits: 1, sections: 1})
	y, _ := os.ReadFile(caseFile)
	os.WriteFile(caseFile, []byte(strings.Replace(string(y), "        files:\n          - ", "        files:\n          - { password_env: \"hunter2 !x\", path: ", 1)+"}"), 0o644)
	_, err := Load(caseFile)
	if err == nil || !strings.Contains(err.Error(), "password_env: is not the name of an environment variable") || strings.Contains(err.Error(), "hunter2") {
		t.Fatalf("got %v", err)
	}
}
