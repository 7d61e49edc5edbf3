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

// TestSeedMatchesComeFromFacts checks that on the seeds every engine
// match is derived from a fact, that no statement brings more than two
// rows, and that the seeds' two disputes are one fact each.
func TestSeedMatchesComeFromFacts(t *testing.T) {
	db := mustOpenImportDB(t)
	for _, a := range seedCopies(t) {
		mustAddArticle(t, db, a)
	}
	var statements, rows, orphans int
	if err := db.read.QueryRow(`SELECT (SELECT COUNT(*) FROM statements), (SELECT COUNT(*) FROM matches),
		(SELECT COUNT(*) FROM matches WHERE fact_id IS NULL)`).Scan(&statements, &rows, &orphans); err != nil {
		t.Fatal(err)
	}
	if orphans != 0 {
		t.Errorf("%d engine matches name no fact", orphans)
	}
	if rows > 2*statements {
		t.Errorf("%d match rows for %d statements: more than two each", rows, statements)
	}
	disputed := map[string]int{}
	err := db.ExportFacts(context.Background(), claims.ReportFilter{Status: "disputed"}, func(r claims.FactRow) error {
		disputed[r.Subject+"|"+r.Attribute]++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Kim Jong Un|role", "North Korea|soldier count"} {
		if disputed[want] < 2 {
			t.Errorf("no disputed fact %s with two statements (disputed: %v)", want, disputed)
		}
	}
	t.Logf("%d statements, %d match rows, disputed facts %v", statements, rows, disputed)
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
