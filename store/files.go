package store

import (
	"fmt"
	"io/fs"
	"os"
)

// The database holds password hashes, session and device hashes and every
// reviewer's work: only its owner may read it. A new database is created
// 0600 before SQLite opens it, and SQLite gives the -wal and -shm files it
// creates the database file's mode. An existing file keeps its mode (the
// owner may have chosen it for a backup job); LoosePermissions says when it
// is readable by others.

// dbFiles are the files of a database at path.
func dbFiles(path string) []string { return []string{path, path + "-wal", path + "-shm"} }

// createPrivate creates the database file 0600 when it does not exist yet.
func createPrivate(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if os.IsExist(err) {
			return nil
		}
		return err
	}
	return f.Close()
}

// LoosePermissions returns a warning for each file of the database at path
// (the database, its -wal and -shm) that users other than its owner may
// read or write.
func LoosePermissions(path string) []string {
	var out []string
	for _, p := range dbFiles(path) {
		st, err := os.Stat(p)
		if err != nil {
			continue
		}
		if mode := st.Mode().Perm(); mode&0o077 != 0 {
			out = append(out, fmt.Sprintf("%s is %s: others can read the password hashes and every review in it; run chmod 600 %s", p, fs.FileMode(mode), p))
		}
	}
	return out
}
