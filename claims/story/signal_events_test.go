package story

import (
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/seeds"
)

// seedTexts are the seeds' lines, as many claims' worth of text.
func seedTexts(tb testing.TB) []string {
	tb.Helper()
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(names) == 0 {
		tb.Fatalf("seeds: %v", err)
	}
	var out []string
	for _, n := range names {
		b, err := fs.ReadFile(seeds.FS, n)
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(line) != "" {
				out = append(out, line)
			}
		}
	}
	return out
}

// eventsInByScan is eventsIn as it read every stem for each word: the
// reference the stems' index must agree with.
func eventsInByScan(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, notWordRune) {
		k := claims.MatchKey(w)
		ev, ok := eventWords[k]
		if !ok {
			for _, s := range eventStems {
				if strings.HasPrefix(k, s.stem) {
					ev, ok = s.event, true
					break
				}
			}
		}
		if ok && !slices.Contains(out, ev) {
			out = append(out, ev)
		}
	}
	return out
}

// TestEventsInIndex: reading only the stems that open with a word's first
// letter finds what reading them all did, on the seeds and on every
// event word and stem with an ending.
func TestEventsInIndex(t *testing.T) {
	texts := seedTexts(t)
	for w := range eventWords {
		texts = append(texts, w, w+"ের", "the "+w+"s")
	}
	for _, s := range eventStems {
		texts = append(texts, s.stem, s.stem+"ে", "x "+s.stem+"ing y")
	}
	for _, text := range texts {
		if got, want := eventsIn(text), eventsInByScan(text); !slices.Equal(got, want) {
			t.Errorf("eventsIn(%q) = %v, want %v", text, got, want)
		}
	}
}

func BenchmarkEventsIn(b *testing.B) {
	texts := seedTexts(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		eventsIn(texts[i%len(texts)])
	}
}
