package claims

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// seedReports runs the engine over the sample articles the way an import
// does (articles in file order, each one's facets matched against those of
// the articles before it and among its own claims) and returns the report
// rows with ids numbered as a fresh database would number them.
func seedReports(tb testing.TB) ([]ClaimRow, []MatchRow, []FlagRow) {
	tb.Helper()
	names, err := filepath.Glob(filepath.Join("..", "seeds", "*.txt"))
	if err != nil || len(names) == 0 {
		tb.Fatalf("no seeds: %v", err)
	}
	sort.Strings(names)
	var (
		claimRows []ClaimRow
		matchRows []MatchRow
		flagRows  []FlagRow
		stored    []FacetRef
		claimID   int64
		titles    = map[int64]string{}
	)
	for i, name := range names {
		raw, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		origin := filepath.Base(name)
		articleID := int64(i + 1)
		a, err := Process(origin, raw, Meta{}, Options{})
		if err != nil {
			tb.Fatalf("Process(%s): %v", origin, err)
		}
		for _, f := range a.Flags {
			flagRows = append(flagRows, FlagRow{ArticleID: articleID, Article: origin, Title: a.Title, Flag: f})
		}
		titles[articleID] = a.Title
		var fresh []FacetRef
		for _, c := range a.Claims {
			claimID++
			claimRows = append(claimRows, ClaimRow{ClaimID: claimID, ArticleID: articleID, Article: origin, Title: a.Title, Claim: c})
			for _, f := range c.Flags {
				flagRows = append(flagRows, FlagRow{ArticleID: articleID, Article: origin, Title: a.Title, ClaimID: claimID, Flag: f})
			}
			for _, f := range FindFacets(&c) {
				fresh = append(fresh, FacetRef{Facet: f, ArticleID: articleID, ClaimID: claimID,
					Origin: origin, Text: c.Text, Score: c.Score})
			}
		}
		for _, m := range MatchFacets(fresh, stored) {
			matchRows = append(matchRows, MatchRow{MatchID: int64(len(matchRows) + 1), Match: m, Status: "open",
				TitleA: titles[m.A.ArticleID], TitleB: titles[m.B.ArticleID]})
		}
		stored = append(stored, fresh...)
	}
	for i := range flagRows {
		flagRows[i].FlagID = int64(i + 1)
	}
	return claimRows, matchRows, flagRows
}

// TestSeedReportsGolden pins the three reports of the sample articles. When
// the engine changes on purpose, look at the diff and run with -update.
func TestSeedReportsGolden(t *testing.T) {
	claimRows, matchRows, flagRows := seedReports(t)
	t.Run("claims", func(t *testing.T) {
		var b bytes.Buffer
		w := WriteClaimsCSV(&b, false)
		for _, r := range claimRows {
			if err := w.Write(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		mustReportGolden(t, "seeds_claims.csv", b.Bytes())
	})
	t.Run("matches", func(t *testing.T) {
		var b bytes.Buffer
		w := WriteMatchesCSV(&b, false)
		for _, r := range matchRows {
			if err := w.Write(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		mustReportGolden(t, "seeds_matches.csv", b.Bytes())
	})
	t.Run("flags", func(t *testing.T) {
		var b bytes.Buffer
		w := WriteFlagsCSV(&b, false)
		for _, r := range flagRows {
			if err := w.Write(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		mustReportGolden(t, "seeds_flags.csv", b.Bytes())
	})
}

// BenchmarkWriteClaimsCSV measures the claims report writer alone on the
// seeds' claims: bytes of CSV per second, and allocations per row.
func BenchmarkWriteClaimsCSV(b *testing.B) {
	rows, _, _ := seedReports(b)
	var buf bytes.Buffer
	w := WriteClaimsCSV(&buf, true)
	for _, r := range rows {
		w.Write(r)
	}
	w.Flush()
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n++
		w := WriteClaimsCSV(io.Discard, true)
		for _, r := range rows {
			if err := w.Write(r); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(rows)*n)/b.Elapsed().Seconds(), "rows/s")
}
