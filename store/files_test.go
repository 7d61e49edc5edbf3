package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestDatabaseFilesPrivate(t *testing.T) {
	// A permissive umask, as on many servers: the files must be 0600 anyway.
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	path := filepath.Join(t.TempDir(), "private.db")
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	mustAddUser(t, db, "asha", RoleReviewer) // a write, so the -wal and -shm exist
	for _, p := range dbFiles(path) {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if got := st.Mode().Perm(); got != 0o600 {
			t.Errorf("%s is %v, want -rw-------", filepath.Base(p), got)
		}
	}
	if w := LoosePermissions(path); len(w) != 0 {
		t.Errorf("warnings on private files: %v", w)
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	w := LoosePermissions(path)
	if len(w) != 1 || !strings.Contains(w[0], "-rw-r--r--") || !strings.Contains(w[0], "chmod 600") {
		t.Errorf("warnings on a 0644 database = %v, want one naming the mode and the fix", w)
	}
}
