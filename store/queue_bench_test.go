package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
)

// BenchmarkQueue reports the cost of the queue page's queries (rows, counts,
// a page deep in the list by its cursor, neighbours of one row for the
// conflict page) over 50,000 open conflicts.
func BenchmarkQueue(b *testing.B) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(b.TempDir(), "queue.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	const claimsN, matchesN = 2000, 50000
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	for a := 1; a <= 2; a++ {
		tx.ExecContext(ctx, `INSERT INTO articles (id, origin, language, hash) VALUES (?, ?, 'bn', ?)`, a, fmt.Sprint(a, ".txt"), fmt.Sprint(a))
	}
	for c := 1; c <= claimsN; c++ {
		if _, err := tx.ExecContext(ctx, `INSERT INTO claims (id, article_id, ordinal, text, start, "end", clean_start, clean_end, language, score) VALUES (?, ?, ?, 'x', 0, 1, 0, 1, 'bn', ?)`,
			c, 1+c%2, c, float64(c%100)/100); err != nil {
			b.Fatal(err)
		}
	}
	for m := 0; m < matchesN; m++ {
		if _, err := tx.ExecContext(ctx, `INSERT INTO matches (relation, kind, subject, attribute, claim_a, claim_b, value_a, value_b) VALUES ('conflicts', 'quantity', 'S', ?, ?, ?, '1', '2')`,
			fmt.Sprint("a", m), 1+m%claimsN, 1+(m+1)%claimsN); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	f := QueueFilter{Status: StatusOpen}
	b.Run("rows", func(b *testing.B) {
		for b.Loop() {
			db.Queue(ctx, f, 50, 0)
		}
	})
	b.Run("counts", func(b *testing.B) {
		for b.Loop() {
			db.CountQueue(ctx, f)
		}
	})
	b.Run("counts-language", func(b *testing.B) {
		lf := f
		lf.Language = "bn"
		for b.Loop() {
			db.CountQueue(ctx, lf)
		}
	})
	deep, err := db.Queue(ctx, f, 1, 40000)
	if err != nil || len(deep) != 1 {
		b.Fatalf("queue row 40,000: %v", err)
	}
	b.Run("page-after-40000", func(b *testing.B) {
		for b.Loop() {
			db.QueueAfter(ctx, f, deep[0].MatchID, 50)
		}
	})
	items, _ := db.Queue(ctx, f, 50, 0)
	b.Run("neighbours", func(b *testing.B) {
		for b.Loop() {
			db.QueueNeighbours(ctx, f, items[25].MatchID)
		}
	})
}
