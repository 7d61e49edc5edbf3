package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

// storyOf returns each article's story by origin prefix (first 3 letters).
func storiesByArticle(tb testing.TB, db *DB) map[string]int64 {
	tb.Helper()
	out := map[string]int64{}
	err := db.ExportStories(context.Background(), claims.ReportFilter{}, func(r claims.StoryRow) error {
		out[r.Article[:3]] = r.StoryID
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// factStories returns the stories of the facts the article's statements
// are in (0 for entity facts).
func factStories(tb testing.TB, db *DB, prefix string) map[int64]bool {
	tb.Helper()
	out := map[int64]bool{}
	err := db.ExportFacts(context.Background(), claims.ReportFilter{}, func(r claims.FactRow) error {
		if r.Article[:3] == prefix {
			out[r.StoryID] = true
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func TestSeedStories(t *testing.T) {
	db := mustOpenImportDB(t)
	for _, a := range seedCopies(t) {
		mustAddArticle(t, db, a)
	}
	got := storiesByArticle(t, db)
	if len(got) != 5 {
		t.Fatalf("%d articles in stories, want all 5: %v", len(got), got)
	}
	if got["002"] != got["003"] {
		t.Errorf("002 and 003 (August 2025, the troops) are in stories %d and %d, want one", got["002"], got["003"])
	}
}

func TestMoveMergeSplit(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	for _, a := range seedCopies(t) {
		mustAddArticle(t, db, a)
	}
	by := User{Name: "rina"}
	before := storiesByArticle(t, db)
	to := before["000"]
	id, err := db.ResolveArticle(ctx, "003_c2713db5242469b2.txt")
	if err != nil {
		t.Fatal(err)
	}
	if to == before["003"] {
		t.Fatalf("000 and 003 start in one story: the test needs them apart")
	}
	if err := db.MoveArticle(ctx, by, id, to); err != nil {
		t.Fatalf("MoveArticle: %v", err)
	}
	var left int
	if err := db.read.QueryRow(`SELECT COUNT(*) FROM matches m JOIN facts f ON f.id = m.fact_id
		WHERE f.story_id = ?1 AND (m.claim_a IN (SELECT id FROM claims WHERE article_id = ?2)
			OR m.claim_b IN (SELECT id FROM claims WHERE article_id = ?2))`, before["003"], id).Scan(&left); err != nil || left != 0 {
		t.Errorf("%d pairs of the old story's facts still name 003's claims (%v)", left, err)
	}
	if h, err := db.History(ctx, AuditStory, before["003"]); err != nil || len(h) == 0 {
		t.Errorf("the story 003 left has no history of the move (%v, %v)", h, err)
	}
	after := storiesByArticle(t, db)
	if after["003"] != to {
		t.Errorf("003 in story %d after the move, want %d", after["003"], to)
	}
	for s := range factStories(t, db, "003") {
		if s != 0 && s != to {
			t.Errorf("003 still states a fact of story %d", s)
		}
	}
	// The reviewer's move sticks when the article is matched again.
	if _, err := db.Rematch(ctx, id, seedCopies(t)[3]); err != nil {
		t.Fatalf("Rematch: %v", err)
	}
	if got := storiesByArticle(t, db)["003"]; got != to {
		t.Errorf("003 in story %d after a rematch, want it to stay in %d", got, to)
	}
	// Split 003 off again, then merge the new story back.
	split, err := db.SplitStory(ctx, by, to, []int64{id})
	if err != nil {
		t.Fatalf("SplitStory: %v", err)
	}
	if got := storiesByArticle(t, db)["003"]; got != split {
		t.Errorf("003 in story %d after the split, want %d", got, split)
	}
	if err := db.MergeStories(ctx, by, split, to); err != nil {
		t.Fatalf("MergeStories: %v", err)
	}
	if got := storiesByArticle(t, db)["003"]; got != to {
		t.Errorf("003 in story %d after the merge, want %d", got, to)
	}
	history, err := db.History(ctx, AuditStory, to)
	if err != nil || len(history) < 2 {
		t.Errorf("history of story %d = %v, %v; want the move and the merge", to, history, err)
	}
	for _, tt := range []struct {
		name string
		err  error
		code string
	}{
		{"move to no story", db.MoveArticle(ctx, by, id, 9999), claims.ENOTFOUND},
		{"merge into itself", db.MergeStories(ctx, by, to, to), claims.EINVALID},
		{"split off every article", func() error { _, err := db.SplitStory(ctx, by, split, []int64{id}); return err }(), ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var ce *claims.Error
			if tt.err == nil || (tt.code != "" && (!errors.As(tt.err, &ce) || ce.Code != tt.code)) {
				t.Errorf("err = %v, want code %q", tt.err, tt.code)
			}
		})
	}
}

// TestShortNameThroughStory checks that a short name its own article does
// not resolve is resolved through the full names of the story it joins.
func TestShortNameThroughStory(t *testing.T) {
	db := mustOpenImportDB(t)
	first := "---\npublished: 2024-06-19\n---\nRussian President Vladimir Putin arrived in Pyongyang on June 19, 2024 for talks with North Korean leader Kim Jong Un.\nKim Jong Un greeted Putin at the airport in Pyongyang.\nThe two leaders signed a defence pact in Pyongyang."
	second := "---\npublished: 2024-06-20\n---\nPutin and Kim signed a mutual defence treaty in Pyongyang on June 19, 2024.\nKim called the treaty the strongest in the history of the two countries.\nPutin left Pyongyang for Hanoi on Thursday."
	for i, raw := range []string{first, second} {
		a, err := claims.Process(fmt.Sprintf("a%d.txt", i), []byte(raw), claims.Meta{}, claims.Options{})
		if err != nil {
			t.Fatal(err)
		}
		mustAddArticle(t, db, a)
	}
	if s := storiesByArticle(t, db); s["a0."] != s["a1."] {
		t.Fatalf("the two articles are in stories %v: the test needs them together", s)
	}
	found := false
	err := db.ExportClaims(context.Background(), claims.ReportFilter{Article: "a1.txt"}, func(r claims.ClaimRow) error {
		if strings.HasPrefix(r.Claim.Text, "Kim called") {
			for _, e := range r.Claim.Entities {
				found = found || e.Name == "Kim Jong Un"
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !found {
		t.Errorf("\"Kim\" in the second article is not Kim Jong Un, the story's Kim")
	}
}

// TestMoveKeepsStatementReviews: a reviewer's word on single statements
// (correct, garbled, outdated, out of scope) stays on them when their
// article moves to another story and its statements join that story's
// facts.
func TestMoveKeepsStatementReviews(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	for _, a := range seedCopies(t) {
		mustAddArticle(t, db, a)
	}
	by := User{Name: "rina"}
	stories := storiesByArticle(t, db)
	from, to := stories["003"], stories["000"]
	id, err := db.ResolveArticle(ctx, "003_c2713db5242469b2.txt")
	if err != nil {
		t.Fatal(err)
	}
	type said struct {
		claim int64
		value string
	}
	// statementsOf returns the article's statements of a story's facts:
	// their review by what they say, and their ids by fact.
	statementsOf := func(storyID int64) (map[said]string, map[int64][]int64) {
		t.Helper()
		rows, err := db.read.QueryContext(ctx, `SELECT st.id, st.fact_id, st.claim_id, st.value, st.review
			FROM statements st JOIN facts f ON f.id = st.fact_id WHERE st.article_id = ? AND f.story_id = ? ORDER BY st.id`, id, storyID)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		reviews, byFact := map[said]string{}, map[int64][]int64{}
		for rows.Next() {
			var sid, fact int64
			var s said
			var review string
			if err := rows.Scan(&sid, &fact, &s.claim, &s.value, &review); err != nil {
				t.Fatal(err)
			}
			reviews[s] = review
			byFact[fact] = append(byFact[fact], sid)
		}
		return reviews, byFact
	}
	_, byFact := statementsOf(from)
	i := 0
	for fact, ids := range byFact {
		item, err := db.Fact(ctx, fact)
		if err != nil {
			t.Fatal(err)
		}
		ch := FactChange{Version: item.Version, Reviews: map[int64]string{}}
		for _, sid := range ids {
			ch.Reviews[sid] = StatementReviews[i%len(StatementReviews)]
			i++
		}
		if _, err := db.UpdateFact(ctx, by, fact, ch); err != nil {
			t.Fatalf("UpdateFact %d: %v", fact, err)
		}
	}
	if i < 2 {
		t.Fatalf("003 states %d statements in its story: the test needs some", i)
	}
	want, _ := statementsOf(from)
	if err := db.MoveArticle(ctx, by, id, to); err != nil {
		t.Fatalf("MoveArticle: %v", err)
	}
	got, _ := statementsOf(to)
	for s, review := range want {
		if got[s] != review {
			t.Errorf("statement of claim %d (%s) after the move: review %q, want %q", s.claim, s.value, got[s], review)
		}
	}
}
