package store

import (
	"context"
	"reflect"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

// TestAddArticlesAsOneByOne: a batch stores what AddArticle stores one by
// one (the same rows, stories, facts and matches), and an article SQLite
// refuses, or one seen before, costs only itself.
func TestAddArticlesAsOneByOne(t *testing.T) {
	ctx := context.Background()
	batch := func() []*claims.Article {
		arts := seedCopies(t)
		bad := seedCopies(t)[1]
		bad.Origin, bad.Hash = "bad.txt", "bad"
		bad.Claims[len(bad.Claims)-1].Score = 2 // breaks a CHECK
		again := seedCopies(t)[0]
		again.Origin = "again.txt"
		return append(arts[:2:2], append([]*claims.Article{bad, again, nil}, arts[2:]...)...)
	}
	one := mustOpenImportDB(t)
	var wantRes []AddResult
	var wantCodes []string
	for _, a := range batch() {
		res, err := one.AddArticle(ctx, a)
		wantRes = append(wantRes, res)
		wantCodes = append(wantCodes, claims.ErrorCode(err))
	}
	many := mustOpenImportDB(t)
	res, errs, err := many.AddArticles(ctx, batch())
	if err != nil {
		t.Fatalf("AddArticles: %v", err)
	}
	for i := range res {
		if got := claims.ErrorCode(errs[i]); got != wantCodes[i] || res[i] != wantRes[i] {
			t.Errorf("article %d: %+v, error code %q; one by one %+v, %q", i, res[i], got, wantRes[i], wantCodes[i])
		}
	}
	if got, want := tableCounts(t, many), tableCounts(t, one); !reflect.DeepEqual(got, want) {
		t.Errorf("rows after the batch %v, one by one %v", got, want)
	}
	if got, want := storiesByArticle(t, many), storiesByArticle(t, one); !reflect.DeepEqual(got, want) {
		t.Errorf("stories after the batch %v, one by one %v", got, want)
	}
	if got, want := len(exportMatches(t, many, claims.ReportFilter{})), len(exportMatches(t, one, claims.ReportFilter{})); got != want {
		t.Errorf("%d matches after the batch, %d one by one", got, want)
	}
	var facts [2][]string
	for i, db := range []*DB{many, one} {
		if err := db.ExportFacts(ctx, claims.ReportFilter{}, func(r claims.FactRow) error {
			facts[i] = append(facts[i], r.Status+" "+r.Subject+" "+r.Attribute+" "+r.Value+" "+r.Article)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	if !reflect.DeepEqual(facts[0], facts[1]) {
		t.Errorf("facts after the batch:\n%v\none by one:\n%v", facts[0], facts[1])
	}
}
