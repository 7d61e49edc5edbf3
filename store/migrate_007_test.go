package store

import (
	"context"
	"testing"
)

// TestFillTitlesAndTerms: a database whose claims were stored before 007
// (no search terms) and whose articles have no title gets both from the
// migration's Go step, and search then finds the claims by their terms.
func TestFillTitlesAndTerms(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	bn := bengaliFixture()
	bn.Title = ""
	mustAddArticle(t, db, bn)
	// As a database from before 007 holds them.
	for _, q := range []string{`UPDATE claims SET terms = ''`, `UPDATE articles SET title = ''`} {
		if _, err := db.write.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if rows, err := db.SearchClaims(ctx, "troops", 10); err != nil || len(rows) != 0 {
		t.Fatalf("before the step, troops finds %d claims (%v), want none", len(rows), err)
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := fillTitlesAndTerms(ctx, tx); err != nil {
		tx.Rollback()
		t.Fatalf("fillTitlesAndTerms: %v", err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	rows, err := db.SearchClaims(ctx, "troops", 10)
	if err != nil || len(rows) != 1 || rows[0].Claim.Text != bnTroops {
		t.Errorf("after the step, troops finds %+v (%v), want the Bengali troop claim", rows, err)
	}
	var title string
	if err := db.read.QueryRowContext(ctx, `SELECT title FROM articles`).Scan(&title); err != nil {
		t.Fatal(err)
	}
	if want := "এবার পুতিন ও উত্তর কোরিয়ার প্রেসিডেন্ট কিম জং উন এর মধ্যে সম্পর্ক আরও দৃঢ় হতে চলেছে"; title != want {
		t.Errorf("title = %q, want the lead claim %q", title, want)
	}
	// The index stays consistent: an integrity check reads every row back.
	if _, err := db.write.ExecContext(ctx, `INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("claims_fts integrity: %v", err)
	}
}
