package store

import (
	"context"
	"testing"
)

// BenchmarkFillTitlesAndTerms is migration 007's Go step on a corpus of
// 1,000 generated articles: how fast an older database gets its search terms
// (each claim rewritten through claims_fts) and titles. Reported in claims
// per second, to size the one-off upgrade of a large database.
func BenchmarkFillTitlesAndTerms(b *testing.B) {
	ctx := context.Background()
	db := corpusDB(b, 1000)
	n, err := db.Counts(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		tx, err := db.write.BeginTx(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		// As before 007; rolled back with the step, so the corpus stays.
		if _, err := tx.ExecContext(ctx, `UPDATE claims SET terms = ''`); err != nil {
			b.Fatal(err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET title = ''`); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := fillTitlesAndTerms(ctx, tx); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		tx.Rollback()
		b.StartTimer()
	}
	b.ReportMetric(float64(n.Claims)*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
}
