package claims

import (
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/seeds"
)

// fxMatchSeeds runs the whole engine over the sample articles as an import
// would: each article in file order is processed, its facets found, and
// matched against the facets of the articles before it (the candidates the
// store would find under the same keys) and against its own.
func fxMatchSeeds(tb testing.TB) []Match {
	tb.Helper()
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(names) == 0 {
		tb.Fatalf("no seeds: %v", err)
	}
	var stored, all []FacetRef
	var matches []Match
	for i, name := range names {
		raw, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := Process(name, raw, Meta{}, Options{})
		if err != nil {
			tb.Fatalf("Process(%s): %v", name, err)
		}
		articleID := int64(i + 1)
		var fresh []FacetRef
		for j := range a.Claims {
			c := &a.Claims[j]
			for _, f := range FindFacets(c) {
				fresh = append(fresh, FacetRef{Facet: f, ArticleID: articleID, ClaimID: articleID*1000 + int64(c.Ordinal),
					Origin: name, Text: c.Text, Score: c.Score})
			}
		}
		stored = stored[:0]
		for _, s := range all {
			if slices.ContainsFunc(fresh, func(f FacetRef) bool { return f.Key == s.Key }) {
				stored = append(stored, s)
			}
		}
		matches = append(matches, MatchFacets(fresh, stored)...)
		all = append(all, fresh...)
	}
	return matches
}

// fxHasFigure reports whether value holds the number want as a whole figure
// ("10" is in "~10 km" but not in "100 km").
func fxHasFigure(value, want string) bool {
	w, _ := strconv.ParseFloat(want, 64)
	for _, tok := range strings.FieldsFunc(value, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.') }) {
		if v, err := strconv.ParseFloat(tok, 64); err == nil && v == w {
			return true
		}
	}
	return false
}

func TestMatchSeeds(t *testing.T) {
	matches := fxMatchSeeds(t)
	tests := []struct {
		name             string
		relation, kind   string
		subject          string
		articleA, valueA string // article prefix, figure or role
		articleB, valueB string
	}{
		{"troops: 10,000 against the garbled 1.5", Conflicts, KindQuantity, "North Korea", "002", "10000", "003", "1.5"},
		{"Kim Jong Un: president against leader", Conflicts, KindRole, "Kim Jong Un", "002", "president", "", "leader"},
		{"Dobropillia: the 10 km advance", Agrees, KindQuantity, "Dobropillia", "002", "10", "003", "10"},
	}
	side := func(r FacetRef, article, value string) bool {
		if !strings.HasPrefix(r.Origin, article) {
			return false
		}
		if _, err := strconv.ParseFloat(value, 64); err == nil {
			return fxHasFigure(r.Value, value)
		}
		return MatchKey(r.Value) == MatchKey(value)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, m := range matches {
				if m.Relation != tt.relation || m.Kind != tt.kind || m.Subject != tt.subject {
					continue
				}
				if side(m.A, tt.articleA, tt.valueA) && side(m.B, tt.articleB, tt.valueB) ||
					side(m.B, tt.articleA, tt.valueA) && side(m.A, tt.articleB, tt.valueB) {
					return
				}
			}
			t.Errorf("no %s %s match on %s: %s %s vs %s %s", tt.relation, tt.kind, tt.subject,
				tt.articleA, tt.valueA, tt.articleB, tt.valueB)
		})
	}
	conflicts := 0
	for _, m := range matches {
		if m.Relation == Conflicts {
			conflicts++
		}
		t.Logf("%s %s %s/%s: %s %q vs %s %q: %s", m.Relation, m.Kind, m.Subject, m.Attribute,
			m.A.Origin[:3], m.A.Value, m.B.Origin[:3], m.B.Value, m.Reason)
	}
	// The seeds hold three disagreements a reviewer should see: the troop
	// figures and Kim Jong Un's title against each of the three articles
	// that call him leader. More would be noise in the queue.
	if conflicts > 5 {
		t.Errorf("%d conflicts over the seeds, want at most 5: reviewers drown", conflicts)
	}
}

// BenchmarkFindFacets measures facet finding over the claims of the seeds,
// extracted once beforehand: what an import adds per claim after the
// pipeline.
func BenchmarkFindFacets(b *testing.B) {
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		b.Fatal(err)
	}
	var claims []Claim
	size := 0
	for _, name := range names {
		raw, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			b.Fatal(err)
		}
		a, err := Process(name, raw, Meta{}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		for _, c := range a.Claims {
			claims = append(claims, c)
			size += len(c.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	facets := 0
	for b.Loop() {
		facets = 0
		for i := range claims {
			facets += len(FindFacets(&claims[i]))
		}
	}
	b.ReportMetric(float64(facets), "facets/op")
}
