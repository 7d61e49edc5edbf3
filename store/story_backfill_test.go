package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// TestBackfillCarriesDecisions makes a database look as it did before
// stories and facts (articles without stories, no facts, pairs with a
// reviewer's decision and history) and checks that opening it places every
// article and carries the decision, note and history onto the fact.
func TestBackfillCarriesDecisions(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range seedCopies(t) {
		mustAddArticle(t, db, a)
	}
	rina, err := db.AddUser(ctx, "rina", RoleReviewer, "correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	var matchID int64
	if err := db.read.QueryRow(`SELECT id FROM matches WHERE relation = 'conflicts' AND subject = 'Kim Jong Un' ORDER BY id LIMIT 1`).Scan(&matchID); err != nil {
		t.Fatal(err)
	}
	m, err := db.MatchReview(ctx, matchID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.UpdateMatch(ctx, rina, matchID, MatchChange{Version: m.Version, SetStatus: true, Status: "confirmed",
		SetNote: true, Note: "checked with the KCNA readout"}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`UPDATE matches SET fact_id = NULL`,
		`DELETE FROM statements`, `DELETE FROM facts`,
		`UPDATE articles SET story_id = NULL, joined_by = ''`, `DELETE FROM stories`,
	} {
		if _, err := db.write.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	db, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer db.Close()
	var unplaced int
	if err := db.read.QueryRow(`SELECT COUNT(*) FROM articles WHERE story_id IS NULL`).Scan(&unplaced); err != nil || unplaced != 0 {
		t.Fatalf("%d articles without a story after the upgrade (%v)", unplaced, err)
	}
	var factID int64
	var decision, note string
	var decidedBy int64
	if err := db.read.QueryRow(`SELECT f.id, f.decision, f.note, COALESCE(f.decided_by, 0) FROM matches m JOIN facts f ON f.id = m.fact_id WHERE m.id = ?`, matchID).
		Scan(&factID, &decision, &note, &decidedBy); err != nil {
		t.Fatalf("the decided pair names no fact: %v", err)
	}
	if decision != "confirmed" || !strings.Contains(note, "KCNA") || decidedBy != rina.ID {
		t.Errorf("fact %d: decision %q, note %q, decided by %d; want confirmed, the pair's note, rina (%d)", factID, decision, note, decidedBy, rina.ID)
	}
	h, err := db.History(ctx, AuditFact, factID)
	if err != nil || len(h) == 0 {
		t.Errorf("fact %d history = %v, %v; want the pair's", factID, h, err)
	}
	// Opening again adds nothing: the history is copied once.
	db.Close()
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if h2, _ := db.History(ctx, AuditFact, factID); len(h2) != len(h) {
		t.Errorf("history grew from %d to %d on a second open", len(h), len(h2))
	}
}

// TestUpgradeFromVersion3 builds a database with the schema of migrations
// 001-003 only, as an older Claimdesk left it, with a decided pair, and
// checks that opening it upgrades the schema and keeps the pair.
func TestUpgradeFromVersion3(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v3.db")
	raw, err := sql.Open("sqlite3", "file:"+path+"?_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,
		applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))`); err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"001_init.sql", "002_review.sql", "003_lexicon.sql"} {
		body, err := migrations.ReadFile("migrations/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(string(body)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := raw.Exec(`INSERT INTO schema_migrations (version, name) VALUES (?, ?)`, i+1, name); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{
		`INSERT INTO articles (id, origin, raw, clean, hash) VALUES (1, 'a.txt', 'x', 'x', 'h1'), (2, 'b.txt', 'y', 'y', 'h2')`,
		`INSERT INTO claims (id, article_id, ordinal, text, start, "end", clean_start, clean_end) VALUES (1, 1, 1, 'x', 0, 1, 0, 1), (2, 2, 1, 'y', 0, 1, 0, 1)`,
		`INSERT INTO matches (relation, kind, subject, attribute, claim_a, claim_b, value_a, value_b, status, note)
			VALUES ('conflicts', 'role', 'Kim Jong Un', 'role', 1, 2, 'president', 'leader', 'confirmed', 'seen')`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	raw.Close()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("upgrade: %v", err)
	}
	defer db.Close()
	var status, note string
	if err := db.read.QueryRow(`SELECT status, note FROM matches WHERE claim_a = 1 AND claim_b = 2`).Scan(&status, &note); err != nil {
		t.Fatalf("the decided pair is gone: %v", err)
	}
	if status != "confirmed" || note != "seen" {
		t.Errorf("pair = %s %q, want confirmed %q", status, note, "seen")
	}
	var stories int
	if err := db.read.QueryRow(`SELECT COUNT(DISTINCT story_id) FROM articles`).Scan(&stories); err != nil || stories == 0 {
		t.Errorf("articles in %d stories after the upgrade (%v)", stories, err)
	}
}
