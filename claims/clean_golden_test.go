package claims

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/seeds"
)

// updateCleanGolden is the -update flag, looked up first because other
// golden tests of the package define it too and a flag defined twice panics.
var updateCleanGolden = func() func() bool {
	if f := flag.Lookup("update"); f != nil {
		return func() bool { return f.Value.String() == "true" }
	}
	v := flag.Bool("update", false, "rewrite the golden files under testdata/golden")
	return func() bool { return *v }
}()

// TestCleanSeedsGolden compares the clean text and removed residue of every
// sample article with testdata/golden/clean/<seed>.txt (rewrite with -update).
func TestCleanSeedsGolden(t *testing.T) {
	entries, err := seeds.FS.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		t.Run(e.Name(), func(t *testing.T) {
			b, err := seeds.FS.ReadFile(e.Name())
			if err != nil {
				t.Fatal(err)
			}
			in, err := ParseInput(b, DefaultMaxBytes)
			if err != nil {
				t.Fatal(err)
			}
			c := Clean(in.Body)
			checkCleanInvariants(t, in.Body, c)
			got := cleanGoldenText(c)
			path := filepath.Join("testdata", "golden", "clean", e.Name())
			if updateCleanGolden() {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden file (run with -update to create it): %v", err)
			}
			if got != string(want) {
				t.Errorf("clean %s differs from %s (run with -update if the change is right)\ngot:\n%s", e.Name(), path, got)
			}
		})
	}
}

// cleanGoldenText renders a Cleaned for a reviewer: title, clean text,
// then each removal and flag with its span and reason.
func cleanGoldenText(c Cleaned) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %q\n\n== clean text\n%s\n\n== removed\n", c.Title, c.Text)
	for _, r := range c.Removed {
		fmt.Fprintf(&b, "[%d, %d) %s: %q\n", r.Start, r.End, r.Reason, r.Text)
	}
	b.WriteString("\n== flags\n")
	for _, f := range c.Flags {
		fmt.Fprintf(&b, "[%d, %d) %s: %q (%s)\n", f.Start, f.End, f.Kind, f.Evidence, f.Note)
	}
	return b.String()
}
