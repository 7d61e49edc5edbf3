package store

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/claimdesk/claimdesk/claims"
)

// seedCopies returns fresh copies of the processed seeds (AddArticle fills
// facet details in place, so every import gets its own).
func seedCopies(tb testing.TB) []*claims.Article {
	tb.Helper()
	var out []*claims.Article
	for _, s := range processedSeeds(tb) {
		a := *s
		a.Claims = append([]claims.Claim(nil), s.Claims...)
		out = append(out, &a)
	}
	return out
}

func TestImportSeedsTwice(t *testing.T) {
	db := mustOpenImportDB(t)
	for _, a := range seedCopies(t) {
		if res := mustAddArticle(t, db, a); res.Duplicate || res.Claims != len(a.Claims) {
			t.Errorf("first import of %s = %+v, want %d claims", a.Origin, res, len(a.Claims))
		}
	}
	before := tableCounts(t, db)
	if before["claims"] == 0 || before["facets"] == 0 {
		t.Fatalf("seeds stored %v: want claims and facets", before)
	}
	for _, a := range seedCopies(t) {
		if res := mustAddArticle(t, db, a); !res.Duplicate {
			t.Errorf("second import of %s = %+v, want Duplicate", a.Origin, res)
		}
	}
	if after := tableCounts(t, db); !reflect.DeepEqual(after, before) {
		t.Errorf("rows after importing the seeds again = %v, want %v", after, before)
	}
	mustCheckFTS(t, db)
}

// matchLine names a match by its claims' origins and ordinals and its
// values, sides in a fixed order, so matches found two ways compare.
func matchLine(m claims.Match, ordinal func(claims.FacetRef) int) string {
	a := fmt.Sprintf("%s#%d=%s", m.A.Origin, ordinal(m.A), m.A.Value)
	b := fmt.Sprintf("%s#%d=%s", m.B.Origin, ordinal(m.B), m.B.Value)
	if b < a {
		a, b = b, a
	}
	return strings.Join([]string{m.Relation, m.Kind, m.Subject, m.Attribute, a, b}, " | ")
}

// TestSeedMatchesEqualAllPairs checks that candidates found through the
// facet key index give the same matches as handing the engine every stored
// facet: on five articles the candidate limits never bind.
func TestSeedMatchesEqualAllPairs(t *testing.T) {
	db := mustOpenImportDB(t)
	// In memory: every earlier facet is a candidate.
	var stored []claims.FacetRef
	want := map[string]bool{}
	ordinals := map[int64]int{}
	for ai, a := range seedCopies(t) {
		var fresh []claims.FacetRef
		for ci := range a.Claims {
			c := &a.Claims[ci]
			id := int64(ai*10000 + c.Ordinal)
			ordinals[id] = c.Ordinal
			for _, f := range claims.FindFacets(c) {
				fresh = append(fresh, claims.FacetRef{Facet: f, ArticleID: int64(ai + 1), ClaimID: id,
					Origin: a.Origin, Text: c.Text, Score: c.Score})
			}
		}
		for _, m := range claims.MatchFacets(fresh, stored) {
			if m.A.ClaimID != m.B.ClaimID {
				want[matchLine(m, func(r claims.FacetRef) int { return ordinals[r.ClaimID] })] = true
			}
		}
		stored = append(stored, fresh...)
	}
	// Through the store.
	for _, a := range seedCopies(t) {
		mustAddArticle(t, db, a)
	}
	var window, articles, values int
	if err := db.read.QueryRow(`SELECT MAX(n),
		(SELECT COUNT(DISTINCT article_id) FROM facets GROUP BY key, value ORDER BY 1 DESC LIMIT 1),
		(SELECT COUNT(*) FROM facet_groups GROUP BY key ORDER BY 1 DESC LIMIT 1)
		FROM facet_groups`).Scan(&window, &articles, &values); err != nil {
		t.Fatal(err)
	}
	if window > candidateWindow || articles-1 > candidatesPerValue || values > candidateValues {
		t.Fatalf("the seeds state a value %d times in %d articles and a key with %d values: beyond the candidate limits, so this test's premise fails",
			window, articles, values)
	}
	storedOrdinal := map[int64]int{}
	db.ExportClaims(context.Background(), claims.ReportFilter{}, func(r claims.ClaimRow) error {
		storedOrdinal[r.ClaimID] = r.Claim.Ordinal
		return nil
	})
	got := map[string]bool{}
	for _, r := range exportMatches(t, db, claims.ReportFilter{}) {
		got[matchLine(r.Match, func(f claims.FacetRef) int { return storedOrdinal[f.ClaimID] })] = true
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("matches through the store differ from all pairs:\n got  %s\n want %s", lines(got), lines(want))
	}
	t.Logf("%d matches on the seeds:\n%s", len(got), lines(got))
}

func lines(set map[string]bool) string {
	var out []string
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return strings.Join(out, "\n      ")
}

// TestSearchSeeds: a query finds exactly the claims holding it as a word or
// the start of one, in Bengali and Marathi.
func TestSearchSeeds(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	var all []string
	for _, a := range seedCopies(t) {
		mustAddArticle(t, db, a)
		for _, c := range a.Claims {
			all = append(all, c.Text)
		}
	}
	for _, q := range []string{"সেনা", "কিম", "सैन्याला", "पुतीन"} {
		t.Run(q, func(t *testing.T) {
			var want []string
			for _, text := range all {
				if hasWordPrefix(text, q) {
					want = append(want, text)
				}
			}
			if len(want) == 0 {
				t.Fatalf("no seed claim holds %q: the seeds changed", q)
			}
			rows, err := db.SearchClaims(ctx, q, MaxSearchLimit)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rows {
				got = append(got, r.Claim.Text)
			}
			if !sameSet(got, want) {
				t.Errorf("SearchClaims(%q) = %d claims, want %d:\n got  %q\n want %q", q, len(got), len(want), got, want)
			}
		})
	}
}

// hasWordPrefix reports whether some word of text starts with q, a word
// being what claims_fts's tokenizer keeps together.
func hasWordPrefix(text, q string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], q)
		if j < 0 {
			return false
		}
		j += i
		if j == 0 || !isTokenRune(lastRune(text[:j])) {
			return true
		}
		i = j + len(q)
	}
}

func lastRune(s string) rune {
	r := []rune(s)
	return r[len(r)-1]
}

func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) || unicode.Is(unicode.Co, r)
}
