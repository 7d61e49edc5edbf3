package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/claims/story"
)

// rescope moves a story's statements to the facts its new scope gives them
// (story.FactOf). A story's main place and country are known only as its
// articles come: the first report of an earthquake in Nepal may name India
// as often as Nepal, so its toll "in Nepal" is filed under Nepal; once Nepal
// is the story's country that toll joins the story's own, and a toll that
// was folded in under a place that no longer is the story's (Kathmandu,
// once the country is known) goes back to a fact of its own. Only the
// statements whose facet names a place of the old or the new scope are
// read, and only the facts they leave or join are rebuilt. That read does
// grow with the story, which is why a scope settles (story.SettleScope):
// past a story's first articles it changes at most once more per part.
func rescope(ctx context.Context, tx *sql.Tx, storyID int64, old, now story.Scope) error {
	var names []string
	for _, n := range []string{old.Place, old.Country, old.Site, now.Place, now.Country, now.Site} {
		if n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	if old.Place != now.Place {
		// A figure "in the state" (राज्यात) is the story's own only while
		// its place is a state (story.FactOf).
		names = append(names, claims.RegionSubject)
	}
	// A new start moves the counts since a day between the event's toll
	// and a fact of their own (story.FactOf).
	since := old.Start != now.Start
	if len(names) == 0 && !since {
		return nil
	}
	args := []any{storyID, since, "%" + claims.SinceScope + "%"}
	in := "0"
	if len(names) > 0 {
		marks := make([]string, len(names))
		for i, n := range names {
			marks[i] = fmt.Sprintf("?%d", len(args)+1)
			args = append(args, n)
		}
		in = "fc.subject IN (" + strings.Join(marks, ", ") + ")"
	}
	rows, err := tx.QueryContext(ctx, `SELECT st.id, st.fact_id, f.key, st.claim_id, st.article_id, st.facet_id, st.value,
		st.as_of, st.said_by, st.revision, fc.data, COALESCE(a.published, '')
		FROM statements st JOIN facts f ON f.id = st.fact_id JOIN facets fc ON fc.id = st.facet_id
		JOIN articles a ON a.id = st.article_id
		WHERE f.story_id = ?1 AND (`+in+` OR (?2 AND fc.attribute LIKE ?3)) ORDER BY st.id`, args...)
	if err != nil {
		return fmt.Errorf("story %d statements to rescope: %w", storyID, err)
	}
	type move struct {
		st        story.Statement
		from      int64
		key       story.FactKey
		published time.Time
	}
	var moves []move
	for rows.Next() {
		var m move
		var key, data, published string
		if err := rows.Scan(&m.st.ID, &m.from, &key, &m.st.ClaimID, &m.st.ArticleID, &m.st.FacetID, &m.st.Value,
			&m.st.AsOf, &m.st.SaidBy, &m.st.Revision, &data, &published); err != nil {
			rows.Close()
			return err
		}
		if err := unmarshalFacet([]byte(data), &m.st.Facet); err != nil {
			rows.Close()
			return fmt.Errorf("statement %d: %w", m.st.ID, err)
		}
		if t, err := time.Parse(time.RFC3339, published); err == nil {
			m.published = t
		}
		k, ok := story.FactOf(m.st, storyID, now, m.published)
		if ok && k.Key != key {
			m.key = k
			moves = append(moves, m)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if len(moves) == 0 {
		return nil
	}
	fs := newFactSet(tx)
	touched := map[int64]bool{}
	for _, m := range moves {
		to, err := fs.get(ctx, m.key)
		if err != nil {
			return err
		}
		r, err := tx.ExecContext(ctx, `UPDATE OR IGNORE statements SET fact_id = ? WHERE id = ?`, to.id, m.st.ID)
		if err != nil {
			return fmt.Errorf("statement %d to fact %d: %w", m.st.ID, to.id, err)
		}
		if n, err := r.RowsAffected(); err == nil && n == 0 {
			// The claim states the fact it moves to already.
			if _, err := tx.ExecContext(ctx, `DELETE FROM statements WHERE id = ?`, m.st.ID); err != nil {
				return err
			}
		}
		touched[m.from], touched[to.id] = true, true
	}
	ids := make([]int64, 0, len(touched))
	for id := range touched {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var res RematchResult
	for _, id := range ids {
		if err := refold(ctx, tx, id, &res); err != nil {
			return err
		}
	}
	return nil
}
