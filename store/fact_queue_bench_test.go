package store

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkFactQueue reads the queue's first page, a page deep in it, the
// kept counts and a fact's neighbours over facts=N generated facts (no
// articles behind them: the queue reads facts alone). Each op should cost
// the same at every N.
func BenchmarkFactQueue(b *testing.B) {
	for _, n := range []int{1000, 200000} {
		b.Run(fmt.Sprintf("facts=%d", n), func(b *testing.B) {
			ctx := context.Background()
			db := mustOpenImportDB(b)
			if _, err := db.write.ExecContext(ctx, `INSERT INTO stories (title) VALUES ('generated')`); err != nil {
				b.Fatal(err)
			}
			_, err := db.write.ExecContext(ctx, `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
				INSERT INTO facts (story_id, key, kind, subject, attribute, status, vals, statements, worth, dissent, langs)
				SELECT 1, 'k' || i, 'quantity', 'S' || (i % 97), 'count',
					CASE i % 5 WHEN 0 THEN 'disputed' WHEN 1 THEN 'agreed' WHEN 2 THEN 'evolving' WHEN 3 THEN 'single' ELSE 'revised' END,
					'1 ×2 · 2 ×1', 3, (i % 100) / 100.0, i % 7, CASE i % 3 WHEN 0 THEN 'bn en' WHEN 1 THEN 'mr' ELSE 'hi bn' END FROM n`, n)
			if err != nil {
				b.Fatal(err)
			}
			first, err := db.FactQueue(ctx, FactFilter{}, "", 50)
			if err != nil || len(first.Items) != 50 {
				b.Fatalf("first page: %v, %d", err, len(first.Items))
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				p, err := db.FactQueue(ctx, FactFilter{}, "", 50)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := db.FactQueue(ctx, FactFilter{Language: "mr"}, p.Next, 50); err != nil {
					b.Fatal(err)
				}
				if _, err := db.CountFacts(ctx); err != nil {
					b.Fatal(err)
				}
				if _, _, err := db.FactNeighbours(ctx, FactFilter{}, p.Items[25]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
