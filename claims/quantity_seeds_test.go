package claims

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/seeds"
)

// TestSeedFigures runs the whole pipeline over the sample articles and
// checks the figures and dates a reviewer expects of them, and that the
// figures that must not be there are not: years, the day of a date, the
// digits of a tweet link, an indefinite "one".
func TestSeedFigures(t *testing.T) {
	want := map[string][]string{ // article prefix -> quantities in order
		"000": {"1 day", ">10 hour", "24 year", ">=2 car"},
		"001": {"~2.5 hour"},
		"002": {"2000-9000 worker", "~10 km", "10000 soldier", "2000-9000 worker"},
		"003": {"1000-99999 worker", "10 km", "~20 percent", ">=1.5 soldier"},
		"004": {"9 month", "35 year"},
	}
	// Absolute dates only: relative ones depend on published. The date of
	// 000's tweet embed goes with the embed.
	wantDates := map[string][]string{
		"003": {"2022-02"},
		"004": {"1910", "1945", "1939"},
	}
	err := fs.WalkDir(seeds.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		raw, err := fs.ReadFile(seeds.FS, path)
		if err != nil {
			return err
		}
		a, err := Process(path, raw, Meta{}, Options{})
		if err != nil {
			t.Errorf("Process(%s): %v", path, err)
			return nil
		}
		var qs, ds []string
		for _, c := range a.Claims {
			for _, q := range c.Quantities {
				qs = append(qs, q.String())
				t.Logf("%s #%d: %s (%q)", path[:3], c.Ordinal, q.String(), q.Text)
			}
			for _, d := range c.Dates {
				if !d.Relative {
					ds = append(ds, d.ISO)
				}
			}
		}
		if got, w := strings.Join(qs, "; "), strings.Join(want[path[:3]], "; "); got != w {
			t.Errorf("%s quantities = %q, want %q", path, got, w)
		}
		if got, w := strings.Join(ds, "; "), strings.Join(wantDates[path[:3]], "; "); got != w {
			t.Errorf("%s absolute dates = %q, want %q", path, got, w)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
