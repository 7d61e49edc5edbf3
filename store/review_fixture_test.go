package store

import (
	"context"
	"path/filepath"
	"testing"

	"golang.org/x/crypto/bcrypt"
)

func init() { BcryptCost = bcrypt.MinCost }

// reviewFixture is a database with two articles, four claims and three
// matches written directly, so review tests do not depend on the engine.
type reviewFixture struct {
	db                               *DB
	claimA, claimB, claimC, claimD   int64
	conflictHigh, conflictLow, agree int64
}

func mustReviewFixture(tb testing.TB) reviewFixture {
	tb.Helper()
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(tb.TempDir(), "review.db"))
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	exec := func(q string, args ...any) int64 {
		tb.Helper()
		res, err := db.write.ExecContext(ctx, q, args...)
		if err != nil {
			tb.Fatalf("%s: %v", q, err)
		}
		id, _ := res.LastInsertId()
		return id
	}
	src := exec(`INSERT INTO sources (name) VALUES ('Daily Bn')`)
	a1 := exec(`INSERT INTO articles (origin, title, source_id, language, body, hash) VALUES ('a1.txt', 'Troops', ?, 'bn', ?, 'h1')`, src, packBody("x", "x"))
	a2 := exec(`INSERT INTO articles (origin, title, language, body, hash) VALUES ('a2.txt', 'Sainya', 'mr', ?, 'h2')`, packBody("y", "y"))
	f := reviewFixture{db: db}
	f.claimA = exec(`INSERT INTO claims (article_id, ordinal, text, start, "end", clean_start, clean_end, language, score) VALUES (?, 1, 'দশ হাজার সেনা', 0, 1, 0, 1, 'bn', 0.9)`, a1)
	f.claimC = exec(`INSERT INTO claims (article_id, ordinal, text, start, "end", clean_start, clean_end, language, score, quantities) VALUES (?, 2, 'কিম প্রেসিডেন্ট', 1, 2, 1, 2, 'bn', 0.4, '[{"Text":"10 km","Value":10,"Unit":"km","High":"Infinity"}]')`, a1)
	f.claimB = exec(`INSERT INTO claims (article_id, ordinal, text, start, "end", clean_start, clean_end, language, score) VALUES (?, 1, '1.5 सैन्य', 0, 1, 0, 1, 'mr', 0.7)`, a2)
	f.claimD = exec(`INSERT INTO claims (article_id, ordinal, text, start, "end", clean_start, clean_end, language, score) VALUES (?, 2, 'किम नेते', 1, 2, 1, 2, 'mr', 0.3)`, a2)
	exec(`INSERT INTO flags (article_id, claim_id, kind, evidence, note) VALUES (?, ?, 'implausible-quantity', '1.5', 'too few')`, a2, f.claimB)
	f.conflictHigh = exec(`INSERT INTO matches (relation, kind, subject, attribute, claim_a, claim_b, value_a, value_b, reason) VALUES ('conflicts', 'quantity', 'North Korea', 'soldier count', ?, ?, '10000 soldier', '>=1.5 soldier', 'outside')`, f.claimA, f.claimB)
	f.conflictLow = exec(`INSERT INTO matches (relation, kind, subject, attribute, claim_a, claim_b, value_a, value_b, reason) VALUES ('conflicts', 'role', 'Kim Jong Un', 'role', ?, ?, 'president', 'leader', 'differ')`, f.claimC, f.claimD)
	f.agree = exec(`INSERT INTO matches (relation, kind, subject, attribute, claim_a, claim_b, value_a, value_b, reason) VALUES ('agrees', 'quantity', 'Dobropillia', 'distance', ?, ?, '10 km', '10 km', 'same')`, f.claimC, f.claimB)
	return f
}

func mustAddUser(tb testing.TB, db *DB, name, role string) User {
	tb.Helper()
	u, err := db.AddUser(context.Background(), name, role, "correct horse")
	if err != nil {
		tb.Fatalf("add user %s: %v", name, err)
	}
	return u
}
