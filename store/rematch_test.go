package store

import (
	"context"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

func claimIDAt(tb testing.TB, db *DB, articleID int64, ordinal int) int64 {
	tb.Helper()
	var id int64
	if err := db.read.QueryRow(`SELECT id FROM claims WHERE article_id = ? AND ordinal = ?`, articleID, ordinal).Scan(&id); err != nil {
		tb.Fatalf("claim %d of article %d: %v", ordinal, articleID, err)
	}
	return id
}

func countRows(tb testing.TB, db *DB, query string, args ...any) int {
	tb.Helper()
	var n int
	if err := db.read.QueryRow(query, args...).Scan(&n); err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	return n
}

// marathiWithoutKimRole is the Marathi fixture as the engine read it before
// an admin taught the lexicon that नेते is a title: Putin's role only.
func marathiWithoutKimRole() *claims.Article {
	a := marathiFixture()
	c := &a.Claims[0]
	var roles []claims.Role
	for _, r := range c.Roles {
		if r.Person != "Kim Jong Un" {
			roles = append(roles, r)
		}
	}
	c.Roles = roles
	return a
}

func TestRematch(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	ada := mustAddUser(t, db, "ada", RoleReviewer)
	bn := mustAddArticle(t, db, bengaliFixture())
	mr := mustAddArticle(t, db, marathiWithoutKimRole())
	kimConflicts := func() int {
		return countRows(t, db, `SELECT COUNT(*) FROM matches WHERE kind = 'role' AND subject = 'Kim Jong Un' AND relation = 'conflicts'`)
	}
	if n := kimConflicts(); n != 0 {
		t.Fatalf("before the rematch: %d Kim role conflicts, want 0", n)
	}
	troops := claimIDAt(t, db, mr.ArticleID, 2)
	if _, err := db.SetVerdict(ctx, ada, troops, VerdictChange{Verdict: "refuted", Rationale: "garbled"}); err != nil {
		t.Fatal(err)
	}
	hand, err := db.FlagPair(ctx, ada, ManualPair{ClaimA: troops, ClaimB: claimIDAt(t, db, bn.ArticleID, 3),
		Relation: claims.Conflicts, Kind: "other", ValueA: "sent troops", ValueB: "visited"})
	if err != nil {
		t.Fatal(err)
	}

	res, err := db.Rematch(ctx, mr.ArticleID, marathiFixture())
	if err != nil {
		t.Fatalf("Rematch: %v", err)
	}
	if res.Kept != 2 || res.Claims != 2 || res.NewConflicts < 1 {
		t.Errorf("Rematch = %+v, want 2 claims kept and the Kim role conflict new", res)
	}
	if n := kimConflicts(); n != 1 {
		t.Errorf("after the rematch: %d Kim role conflicts, want 1", n)
	}
	if v, _ := db.Verdict(ctx, troops); v.Verdict != "refuted" {
		t.Errorf("verdict on the surviving claim = %q, want refuted kept", v.Verdict)
	}
	if _, err := db.MatchReview(ctx, hand); err != nil {
		t.Errorf("the hand-raised pair on a surviving claim is gone: %v", err)
	}

	// A second run finds the same and changes nothing.
	before := countRows(t, db, `SELECT COUNT(*) FROM matches`)
	facets := countRows(t, db, `SELECT COUNT(*) FROM facets`)
	again, err := db.Rematch(ctx, mr.ArticleID, marathiFixture())
	if err != nil {
		t.Fatal(err)
	}
	if again.NewConflicts+again.NewAgreements+again.DroppedMatches != 0 {
		t.Errorf("second Rematch = %+v, want nothing new and nothing dropped", again)
	}
	if got := countRows(t, db, `SELECT COUNT(*) FROM matches`); got != before {
		t.Errorf("matches after a second rematch = %d, want %d", got, before)
	}
	if got := countRows(t, db, `SELECT COUNT(*) FROM facets`); got != facets {
		t.Errorf("facets after a second rematch = %d, want %d", got, facets)
	}

	// A reviewer's decision on an engine match outlives the engine losing it.
	var kimMatch int64
	db.read.QueryRow(`SELECT id FROM matches WHERE kind = 'role' AND subject = 'Kim Jong Un'`).Scan(&kimMatch)
	m, _ := db.MatchReview(ctx, kimMatch)
	if _, err := db.UpdateMatch(ctx, ada, kimMatch, MatchChange{Version: m.Version, SetStatus: true, Status: StatusConfirmed}); err != nil {
		t.Fatal(err)
	}
	lost, err := db.Rematch(ctx, mr.ArticleID, marathiWithoutKimRole())
	if err != nil {
		t.Fatal(err)
	}
	if lost.ReviewedMatches != 1 || kimConflicts() != 1 {
		t.Errorf("Rematch without the role = %+v, %d Kim conflicts; want the confirmed one kept", lost, kimConflicts())
	}

	// A claim whose text changed is a new claim: the old one goes with its
	// verdict and the pair raised on it.
	changed := marathiFixture()
	changed.Claims[1].Text = "किमान 2 सैन्य पाठविले."
	changed.Claims[1].Quantities = nil
	res, err = db.Rematch(ctx, mr.ArticleID, changed)
	if err != nil {
		t.Fatal(err)
	}
	if res.Kept != 1 {
		t.Errorf("Rematch with a changed claim kept %d, want 1", res.Kept)
	}
	if v, _ := db.Verdict(ctx, troops); v.Version != 0 {
		t.Errorf("verdict on the replaced claim = %+v, want none", v)
	}
	if _, err := db.MatchReview(ctx, hand); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("hand-raised pair on the replaced claim: err %v, want ENOTFOUND", err)
	}
	if n := countRows(t, db, `SELECT COUNT(*) FROM claims WHERE article_id = ?`, mr.ArticleID); n != 2 {
		t.Errorf("claims of the article = %d, want 2", n)
	}
}

func TestStoredArticle(t *testing.T) {
	db := mustOpenImportDB(t)
	res := mustAddArticle(t, db, marathiFixture())
	got, err := db.StoredArticle(context.Background(), res.ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Origin != "003_fixture.txt" || got.Meta.Source != "Fixture Marathi" || got.Meta.Language != "mr" || got.Meta.Published.IsZero() || len(got.Raw) == 0 {
		t.Errorf("StoredArticle = %+v, want origin, source, language, date and raw text", got)
	}
	if _, err := db.StoredArticle(context.Background(), 999); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("StoredArticle(999) err = %v, want ENOTFOUND", err)
	}
}

// TestRematchSeedsIsStable reruns the real pipeline on every stored seed
// article: with the lexicon unchanged, nothing may change.
func TestRematchSeedsIsStable(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	var ids []int64
	for _, a := range seedCopies(t) {
		ids = append(ids, mustAddArticle(t, db, a).ArticleID)
	}
	matches := countRows(t, db, `SELECT COUNT(*) FROM matches`)
	facets := countRows(t, db, `SELECT COUNT(*) FROM facets`)
	for i, a := range processedSeeds(t) {
		fresh := *a
		fresh.Claims = append([]claims.Claim(nil), a.Claims...)
		res, err := db.Rematch(ctx, ids[i], &fresh)
		if err != nil {
			t.Fatalf("Rematch %s: %v", a.Origin, err)
		}
		if res.Kept != res.Claims || res.Claims != len(a.Claims) || res.NewConflicts+res.NewAgreements+res.DroppedMatches != 0 {
			t.Errorf("Rematch %s = %+v, want every claim kept and no match added or dropped", a.Origin, res)
		}
	}
	if got := countRows(t, db, `SELECT COUNT(*) FROM matches`); got != matches {
		t.Errorf("matches = %d after rerunning the seeds, want %d", got, matches)
	}
	if got := countRows(t, db, `SELECT COUNT(*) FROM facets`); got != facets {
		t.Errorf("facets = %d after rerunning the seeds, want %d", got, facets)
	}
}
