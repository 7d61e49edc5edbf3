package store

import (
	"context"
	"errors"
	"strconv"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

func TestExportFilters(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	bn := mustAddArticle(t, db, bengaliFixture())
	mr := mustAddArticle(t, db, marathiFixture())
	bnID := strconv.FormatInt(bn.ArticleID, 10)

	claimCount := func(f claims.ReportFilter) int {
		n := 0
		if err := db.ExportClaims(ctx, f, func(claims.ClaimRow) error { n++; return nil }); err != nil {
			t.Fatalf("ExportClaims(%+v): %v", f, err)
		}
		return n
	}
	flagCount := func(f claims.ReportFilter) int {
		n := 0
		if err := db.ExportFlags(ctx, f, func(claims.FlagRow) error { n++; return nil }); err != nil {
			t.Fatalf("ExportFlags(%+v): %v", f, err)
		}
		return n
	}
	tests := []struct {
		name  string
		f     claims.ReportFilter
		count func(claims.ReportFilter) int
		want  int
	}{
		{"all claims", claims.ReportFilter{}, claimCount, 5},
		{"claims by origin", claims.ReportFilter{Article: "003_fixture.txt"}, claimCount, 2},
		{"claims by id", claims.ReportFilter{Article: bnID}, claimCount, 3},
		{"claims by language", claims.ReportFilter{Language: "mr"}, claimCount, 2},
		{"claims of no article", claims.ReportFilter{Article: "nope.txt"}, claimCount, 0},
		{"claims ignore kind", claims.ReportFilter{Kind: claims.KindRole}, claimCount, 5},
		{"all flags", claims.ReportFilter{}, flagCount, 3},
		{"flags by kind", claims.ReportFilter{Kind: claims.FlagImplausible}, flagCount, 1},
		{"article flag by language", claims.ReportFilter{Language: "bn", Kind: claims.FlagRunTogether}, flagCount, 1},
		{"flags by article and language", claims.ReportFilter{Article: bnID, Language: "mr"}, flagCount, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.count(tt.f); got != tt.want {
				t.Errorf("rows = %d, want %d", got, tt.want)
			}
		})
	}

	t.Run("flag rows", func(t *testing.T) {
		var got []claims.FlagRow
		db.ExportFlags(ctx, claims.ReportFilter{}, func(r claims.FlagRow) error { got = append(got, r); return nil })
		if len(got) != 3 {
			t.Fatalf("flags = %+v", got)
		}
		if got[0].ClaimID != 0 || got[0].Article != "002_fixture.txt" || got[0].Flag.Kind != claims.FlagRunTogether {
			t.Errorf("article-level flag = %+v, want claim 0 on 002_fixture.txt", got[0])
		}
		if got[2].ArticleID != mr.ArticleID || got[2].ClaimID == 0 || got[2].Flag.Evidence != "किमान 1.5" {
			t.Errorf("claim flag = %+v, want the 1.5 flag of the Marathi claim", got[2])
		}
	})

	t.Run("rows come in id order", func(t *testing.T) {
		var last int64
		db.ExportClaims(ctx, claims.ReportFilter{}, func(r claims.ClaimRow) error {
			if r.ClaimID <= last {
				t.Errorf("claim %d after %d", r.ClaimID, last)
			}
			last = r.ClaimID
			return nil
		})
	})

	t.Run("callback error stops the stream", func(t *testing.T) {
		stop := errors.New("stop")
		n := 0
		err := db.ExportClaims(ctx, claims.ReportFilter{}, func(claims.ClaimRow) error { n++; return stop })
		if !errors.Is(err, stop) || n != 1 {
			t.Errorf("ExportClaims = %v after %d rows, want the callback's error after 1", err, n)
		}
	})
}

func TestCounts(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	n, err := db.Counts(ctx)
	if err != nil || n != (Counts{}) {
		t.Fatalf("Counts on a fresh database = %+v, %v", n, err)
	}
	bn := mustAddArticle(t, db, bengaliFixture())
	mr := mustAddArticle(t, db, marathiFixture())
	n, err = db.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := Counts{Articles: 2, Claims: 5, Flags: 3,
		Agreements: bn.Agreements + mr.Agreements, OpenConflicts: bn.Conflicts + mr.Conflicts}
	if n != want {
		t.Errorf("Counts = %+v, want %+v", n, want)
	}
	if _, err := db.write.Exec(`UPDATE matches SET status = 'dismissed' WHERE relation = 'conflicts'`); err != nil {
		t.Fatal(err)
	}
	n, _ = db.Counts(ctx)
	if n.OpenConflicts != 0 || n.ResolvedConflicts != want.OpenConflicts {
		t.Errorf("after dismissing all: %+v, want %d resolved", n, want.OpenConflicts)
	}
}
