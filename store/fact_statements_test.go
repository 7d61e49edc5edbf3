package store

import (
	"context"
	"reflect"
	"testing"
)

// TestFactStatementsContext checks that each statement of a fact page
// carries the claims around it and its flags, as the claim page reads them
// one claim at a time.
func TestFactStatementsContext(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	for _, a := range seedCopies(t) {
		mustAddArticle(t, db, a)
	}
	q, err := db.FactQueue(ctx, FactFilter{View: ViewAll}, "", 1000)
	if err != nil {
		t.Fatal(err)
	}
	var flagged, withContext int
	for _, f := range q.Items {
		page, err := db.FactStatements(ctx, f.ID, StatementQuery{})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range page.Statements {
			var ordinal int
			if err := db.read.QueryRowContext(ctx, `SELECT ordinal FROM claims WHERE id = ?`, s.ClaimID).Scan(&ordinal); err != nil {
				t.Fatal(err)
			}
			before, after, err := claimContext(ctx, db.read, s.ArticleID, ordinal)
			if err != nil {
				t.Fatal(err)
			}
			flags, err := claimFlags(ctx, db.read, s.ClaimID)
			if err != nil {
				t.Fatal(err)
			}
			if s.Before != before || s.After != after || !reflect.DeepEqual(s.Flags, flags) {
				t.Errorf("fact %d statement %d: context (%q, %q) flags %v, want (%q, %q) %v", f.ID, s.ID, s.Before, s.After, s.Flags, before, after, flags)
			}
			if len(flags) > 0 {
				flagged++
			}
			if before != "" || after != "" {
				withContext++
			}
		}
	}
	if flagged == 0 || withContext == 0 {
		t.Errorf("%d statements with flags, %d with context: the seeds should give both", flagged, withContext)
	}
}
