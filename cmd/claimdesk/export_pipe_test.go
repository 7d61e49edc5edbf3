package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// --out naming something that is not a regular file (a pipe, /dev/stdout)
// writes into it, and leaves it what it was.
func TestExportOutToPipe(t *testing.T) {
	db := mustSeedDB(t)
	pipe := filepath.Join(t.TempDir(), "report.pipe")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(pipe) // blocks until the export opens it for writing
		if err != nil {
			got <- "open: " + err.Error()
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		got <- string(b)
	}()
	mustRunCLI(t, "export", "flags", "--out", pipe, "--db", db)
	select {
	case data := <-got:
		if !strings.HasPrefix(data, "flag_id,article,claim_id,kind,evidence,note") {
			t.Errorf("pipe got %q, want the flags report", data)
		}
	case <-time.After(10 * time.Second):
		t.Error("nothing was written into the pipe")
	}
	fi, err := os.Lstat(pipe)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("after export, %s is %v, want a named pipe still", pipe, fi.Mode())
	}
}
