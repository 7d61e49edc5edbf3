package claims_test

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// digitRun is a run of ASCII digits: a figure of a seed.
var digitRun = regexp.MustCompile(`[0-9]+`)

// largeArticle builds an article of about size bytes from the seeds, one
// after another as one long page (the shape of a scraped archive or a
// concatenated feed), cut at a line break so it stays valid UTF-8.
func largeArticle(tb testing.TB, size int) []byte {
	tb.Helper()
	corpus := mustSeeds(tb)
	names := make([]string, 0, len(corpus))
	for n := range corpus {
		names = append(names, n)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	for k := 0; buf.Len() < size; k++ {
		// Each round gives every figure other digits, so that the copies
		// are new figures under the same facet keys, as a long archive of
		// one story has, rather than one set of values repeated.
		suffix := []byte(strconv.Itoa(k))
		for _, n := range names {
			text := digitRun.ReplaceAllFunc(bytes.TrimSpace(corpus[n]), func(d []byte) []byte {
				return append(append([]byte(nil), d...), suffix...)
			})
			// Lines without a figure get the round's mark too: the cleaner
			// keeps one copy of a paragraph printed twice, and an archive
			// holds each paragraph once.
			text = bytes.ReplaceAll(text, []byte("\n"), append(append([]byte(" ("), suffix...), ")\n"...))
			buf.Write(text)
			buf.WriteString("\n\n")
		}
	}
	out := buf.Bytes()[:size]
	if i := bytes.LastIndexByte(out, '\n'); i > 0 {
		out = out[:i]
	}
	return out
}

// BenchmarkProcessLarge runs the engine on one article of 0.5, 1, 2 and 5 MB.
// The engine's cost must grow with the article, not faster: MB/s (from
// SetBytes) and cpu-ms/MB should stay flat across sizes (within 1.5x). Run one size at a time with
// -bench 'ProcessLarge/5MB' -cpuprofile to see where time goes.
func BenchmarkProcessLarge(b *testing.B) {
	// The lexicon and data files load on first use: not in the first size.
	if _, err := claims.Process("warm.txt", largeArticle(b, 16<<10), claims.Meta{}, claims.Options{}); err != nil {
		b.Fatal(err)
	}
	for _, mb := range []float64{0.5, 1, 2, 5} {
		raw := largeArticle(b, int(mb*(1<<20)))
		b.Run(fmt.Sprintf("%gMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			n := 0
			cpu := cpuTime()
			for b.Loop() {
				a, err := claims.Process("large.txt", raw, claims.Meta{}, claims.Options{MaxBytes: len(raw) + 1, MaxClaims: -1})
				if err != nil {
					b.Fatal(err)
				}
				n = len(a.Claims)
			}
			b.ReportMetric(float64(n), "claims")
			// CPU time per MB stays meaningful on a machine whose cores
			// other work shares, where MB/s of wall time does not.
			mbs := float64(b.N) * float64(len(raw)) / (1 << 20)
			b.ReportMetric(float64(cpuTime()-cpu)/float64(time.Millisecond)/mbs, "cpu-ms/MB")
		})
	}
}

// cpuTime is the CPU time this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestProcessClaimCap(t *testing.T) {
	raw := largeArticle(t, 1<<20) // about 3,600 claims
	tests := []struct {
		name      string
		maxClaims int
		wantErr   bool
	}{
		{"default cap refuses", 0, true},
		{"a lower cap refuses", 100, true},
		{"a higher cap accepts", 10000, false},
		{"no cap accepts", -1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := claims.Process("large.txt", raw, claims.Meta{}, claims.Options{MaxBytes: len(raw), MaxClaims: tt.maxClaims})
			if !tt.wantErr {
				if err != nil {
					t.Fatalf("got %v, want no error", err)
				}
				if tt.maxClaims > 0 && len(a.Claims) > tt.maxClaims {
					t.Errorf("got %d claims, over the cap of %d", len(a.Claims), tt.maxClaims)
				}
				return
			}
			if got := claims.ErrorCode(err); got != claims.EINVALID {
				t.Fatalf("got code %q (err %v), want %q", got, err, claims.EINVALID)
			}
			limit := tt.maxClaims
			if limit == 0 {
				limit = claims.DefaultMaxClaims
			}
			msg := claims.ErrorMessage(err)
			if !strings.Contains(msg, fmt.Sprint(limit)) || !strings.Contains(msg, "split it") {
				t.Errorf("got message %q, want the limit %d and what to do", msg, limit)
			}
		})
	}
}

// TestProcessLargeOffsets checks the rune offsets of what cleaning removed
// on a long article, where Clean's offset cursor steps back and forth many
// times: each residue's span must hold exactly its text.
func TestProcessLargeOffsets(t *testing.T) {
	raw := largeArticle(t, 256<<10)
	a, err := claims.Process("large.txt", raw, claims.Meta{}, claims.Options{MaxBytes: len(raw), MaxClaims: -1})
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(a.Raw)
	if len(a.Removed) < 50 {
		t.Fatalf("got %d residues, want the seeds' residue many times over", len(a.Removed))
	}
	for i, r := range a.Removed {
		if r.Start < 0 || r.End > len(runes) || r.Start > r.End {
			t.Fatalf("residue %d: span %d..%d outside %d runes", i, r.Start, r.End, len(runes))
		}
		if got := string(runes[r.Start:r.End]); got != r.Text {
			t.Fatalf("residue %d (%s): raw[%d:%d] = %q, want %q", i, r.Reason, r.Start, r.End, got, r.Text)
		}
	}
}
