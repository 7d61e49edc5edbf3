package claims_test

import (
	"io/fs"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/seeds"
)

// mustSeeds returns the sample articles by file name.
func mustSeeds(tb testing.TB) map[string][]byte {
	tb.Helper()
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(names) == 0 {
		tb.Fatalf("seeds: %v (%d files)", err, len(names))
	}
	out := make(map[string][]byte, len(names))
	for _, n := range names {
		b, err := fs.ReadFile(seeds.FS, n)
		if err != nil {
			tb.Fatal(err)
		}
		out[n] = b
	}
	return out
}

func TestProcessSeeds(t *testing.T) {
	for name, raw := range mustSeeds(t) {
		t.Run(name, func(t *testing.T) {
			a, err := claims.Process(name, raw, claims.Meta{}, claims.Options{})
			if err != nil {
				t.Fatalf("Process: %v", err)
			}
			if len(a.Claims) == 0 {
				t.Fatal("got no claims")
			}
			if a.Hash == "" || a.Origin != name {
				t.Errorf("got hash %q origin %q", a.Hash, a.Origin)
			}
			raw := []rune(a.Raw)
			for _, c := range a.Claims {
				if c.Start < 0 || c.End > len(raw) || c.Start >= c.End {
					t.Errorf("claim %d: span %d..%d outside raw text of %d runes", c.Ordinal, c.Start, c.End, len(raw))
				}
				if c.Score < 0 || c.Score > 1 {
					t.Errorf("claim %d: score %v outside 0..1", c.Ordinal, c.Score)
				}
				if c.Language == "" {
					t.Errorf("claim %d: no language", c.Ordinal)
				}
			}
		})
	}
}

func TestProcessRejectsBadInput(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
	}{
		{"empty", nil},
		{"blank", []byte(" \n\t\n")},
		{"NUL byte", []byte("text\x00more")},
		{"invalid UTF-8", []byte("ok \xff\xfe bad")},
		{"oversized", make([]byte, 64)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := tt.raw
			if tt.name == "oversized" {
				for i := range raw {
					raw[i] = 'a'
				}
			}
			_, err := claims.Process("x.txt", raw, claims.Meta{}, claims.Options{MaxBytes: 32})
			if got := claims.ErrorCode(err); got != claims.EINVALID {
				t.Fatalf("got code %q (err %v), want %q", got, err, claims.EINVALID)
			}
		})
	}
}

// BenchmarkPipeline measures clean + segment + extract over the seeds corpus:
// the figure users care about is MB/s of article text, on one core
// (go test -bench Pipeline -cpu 1).
func BenchmarkPipeline(b *testing.B) {
	corpus := mustSeeds(b)
	var size int64
	for _, raw := range corpus {
		size += int64(len(raw))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	claimsSeen := 0
	for b.Loop() {
		for name, raw := range corpus {
			a, err := claims.Process(name, raw, claims.Meta{}, claims.Options{})
			if err != nil {
				b.Fatal(err)
			}
			claimsSeen += len(a.Claims)
		}
	}
	b.ReportMetric(float64(claimsSeen)/b.Elapsed().Seconds(), "claims/s")
}
