package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// runUserCLI runs `claimdesk user ...` with stdin.
func runUserCLI(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
	err := run(context.Background(), append([]string{"user"}, args...), e)
	return out.String(), err
}

func TestUserCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "users.db")
	tests := []struct {
		name    string
		stdin   string
		args    []string
		wantErr string // "" for success
		wantOut string
	}{
		{"list on a missing db", "", []string{"list", "--db", db}, "no database", ""},
		{"add reviewer", "long enough pw\n", []string{"add", "--db", db, "mina"}, "", "Added mina (reviewer)"},
		{"add admin, flags after the name", "long enough pw\n", []string{"add", "omar", "--db", db, "--role", "admin"}, "", "Added omar (admin)"},
		{"name taken", "long enough pw\n", []string{"add", "--db", db, "mina"}, "exists already", ""},
		{"short password", "short\n", []string{"add", "--db", db, "pia"}, "at least 12", ""},
		{"no password", "", []string{"add", "--db", db, "pia"}, "no password", ""},
		{"bad role", "long enough pw\n", []string{"add", "--db", db, "--role", "owner", "pia"}, "Role must be", ""},
		{"bad name", "long enough pw\n", []string{"add", "--db", db, "pia lee"}, "letters, digits", ""},
		{"no name", "", []string{"add", "--db", db}, "exactly one user name", ""},
		{"passwd", "a new passphrase\r\n", []string{"passwd", "--db", db, "mina"}, "", "Changed the password of mina"},
		{"passwd unknown", "a new passphrase\n", []string{"passwd", "--db", db, "zed"}, "No user", ""},
		{"common password", "password1234\n", []string{"add", "--db", db, "pia"}, "common password", ""},
		{"name too like a taken one", "long enough pw\n", []string{"add", "--db", db, "Mina"}, "too like", ""},
		{"disable", "", []string{"disable", "--db", db, "mina"}, "", "Disabled mina"},
		{"disable unknown", "", []string{"disable", "--db", db, "zed"}, "No user", ""},
		{"list shows disabled", "", []string{"list", "--db", db}, "", "\tdisabled"},
		{"enable", "", []string{"enable", "--db", db, "mina"}, "", "Enabled mina"},
		{"list", "", []string{"list", "--db", db}, "", "mina\treviewer"},
		{"unknown subcommand", "", []string{"remove", "--db", db}, "unknown subcommand", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := runUserCLI(t, tt.stdin, tt.args...)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("user %v: %v", tt.args, err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("user %v: error %v, want one containing %q", tt.args, err, tt.wantErr)
			}
			if !strings.Contains(out, tt.wantOut) {
				t.Errorf("user %v printed %q, want %q", tt.args, out, tt.wantOut)
			}
		})
	}
	out, _ := runUserCLI(t, "", "list", "--db", db)
	if !strings.Contains(out, "omar\tadmin") || strings.Count(out, "\n") != 2 {
		t.Errorf("list = %q, want mina and omar only", out)
	}
}
