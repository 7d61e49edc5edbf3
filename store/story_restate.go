package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/claims/story"
)

// statementKey is what makes a statement the same after a rematch: the
// fact, the claim and the value it states.
type statementKey struct {
	fact, claim int64
	value       string
}

// restate brings an article's statements in line with its facets after a
// rematch. The article stays in its story (a reviewer may have put it
// there). A statement found again keeps its row, so the facts it is in keep
// their order and their match rows; statements no longer made go, new ones
// are added; then each fact touched is rebuilt from its statements (Fold):
// its rows found again keep their review state, open engine rows no longer
// found are dropped, decided ones are kept.
// touched holds the facts the article stated before its claims were
// replaced.
func restate(ctx context.Context, tx *sql.Tx, articleID int64, a *claims.Article, fresh []facetRef, touched map[int64]bool, res *RematchResult) error {
	var storyID sql.NullInt64
	var place story.Scope
	if err := tx.QueryRowContext(ctx, `SELECT a.story_id, COALESCE(s.main_place, ''), COALESCE(s.main_country, ''),
		COALESCE(s.main_site, ''), COALESCE(s.main_point, 0), COALESCE(s.event_start, '') FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE a.id = ?`,
		articleID).Scan(&storyID, &place.Place, &place.Country, &place.Site, &place.Point, &place.Start); err != nil {
		return err
	}
	sid := storyID.Int64
	if !storyID.Valid {
		var err error
		if sid, place, err = joinStory(ctx, tx, articleID, a); err != nil {
			return err
		}
	}
	old := map[statementKey]int64{}
	rows, err := tx.QueryContext(ctx, `SELECT id, fact_id, claim_id, value FROM statements WHERE article_id = ?`, articleID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		var k statementKey
		if err := rows.Scan(&id, &k.fact, &k.claim, &k.value); err != nil {
			rows.Close()
			return err
		}
		old[k] = id
		touched[k.fact] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	fs := newFactSet(tx)
	place = place.ForArticle(story.Signals(a))
	kept := map[int64]bool{}
	day := story.ReportDay(a)
	for _, f := range fresh {
		if f.claim == nil {
			continue
		}
		st := story.OnReportDay(story.NewStatement(f.claim, f.Facet, a.Published), day, a.Published)
		key, ok := story.FactOf(st, sid, place, a.Published)
		if !ok {
			continue
		}
		fact, err := fs.get(ctx, key)
		if err != nil {
			return err
		}
		touched[fact.id] = true
		if id, ok := old[statementKey{fact.id, f.ClaimID, st.Value}]; ok {
			kept[id] = true
			if _, err := tx.ExecContext(ctx, `UPDATE statements SET facet_id = ?, as_of = ?, said_by = ?, revision = ? WHERE id = ?`,
				f.id, st.AsOf, st.SaidBy, st.Revision, id); err != nil {
				return err
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO statements (fact_id, claim_id, article_id, facet_id, value, as_of, said_by, revision)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fact_id, claim_id) DO NOTHING`,
			fact.id, f.ClaimID, articleID, f.id, st.Value, st.AsOf, st.SaidBy, st.Revision); err != nil {
			return err
		}
	}
	for _, id := range old {
		if !kept[id] {
			if _, err := tx.ExecContext(ctx, `DELETE FROM statements WHERE id = ?`, id); err != nil {
				return err
			}
		}
	}
	for id := range touched {
		if err := refold(ctx, tx, id, res); err != nil {
			return err
		}
	}
	return nil
}

// refold rebuilds a fact from its statements: its summary and status, and
// its derived match rows.
func refold(ctx context.Context, tx *sql.Tx, factID int64, res *RematchResult) error {
	f := &factState{id: factID, changed: true}
	var storyID sql.NullInt64
	err := tx.QueryRowContext(ctx, `SELECT story_id, key, kind, subject, attribute FROM facts WHERE id = ?`, factID).
		Scan(&storyID, &f.key.Key, &f.key.Kind, &f.key.Subject, &f.key.Attribute)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	} else if err != nil {
		return err
	}
	f.key.Story = storyID.Int64
	stmts, err := factStatements(ctx, tx, factID)
	if err != nil {
		return err
	}
	if len(stmts) == 0 {
		_, err := tx.ExecContext(ctx, `DELETE FROM facts WHERE id = ?`, factID)
		return err
	}
	summary, rows := story.Fold(stmts, f.key.Kind == claims.KindQuantity && claims.IsRunning(f.key.Attribute))
	f.summary = summary
	found := map[int64]bool{}
	for _, row := range rows {
		var stored bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM matches WHERE claim_a = ? AND claim_b = ? AND kind = ? AND subject = ? AND attribute = ?)`,
			row.A.Claim, row.B.Claim, f.key.Kind, f.key.Subject, f.key.Attribute).Scan(&stored); err != nil {
			return err
		}
		id, err := storeFactMatch(ctx, tx, f, row)
		if err != nil {
			return err
		}
		if !stored && id != 0 {
			switch row.Relation {
			case claims.Conflicts:
				res.NewConflicts++
			case claims.Agrees:
				res.NewAgreements++
			}
		}
		found[id] = true
	}
	q, err := tx.QueryContext(ctx, `SELECT id, status, note FROM matches WHERE fact_id = ? AND raised_by IS NULL`, factID)
	if err != nil {
		return err
	}
	var drop []int64
	for q.Next() {
		var id int64
		var status, note string
		if err := q.Scan(&id, &status, &note); err != nil {
			q.Close()
			return err
		}
		switch {
		case found[id]:
		case status == StatusOpen && note == "":
			drop = append(drop, id)
		default:
			res.ReviewedMatches++
		}
	}
	q.Close()
	if err := q.Err(); err != nil {
		return err
	}
	for _, id := range drop {
		if _, err := tx.ExecContext(ctx, `DELETE FROM matches WHERE id = ?`, id); err != nil {
			return err
		}
	}
	res.DroppedMatches += len(drop)
	fs := &factSet{tx: tx, order: []*factState{f}}
	return fs.flush(ctx)
}

// factStatements reads a fact's statements in the order they were stored,
// with their structured values.
func factStatements(ctx context.Context, tx *sql.Tx, factID int64) ([]story.Statement, error) {
	rows, err := tx.QueryContext(ctx, `SELECT st.id, st.claim_id, st.article_id, COALESCE(st.facet_id, 0), st.value,
		st.as_of, st.said_by, st.revision, COALESCE(fc.data, '')
		FROM statements st LEFT JOIN facets fc ON fc.id = st.facet_id WHERE st.fact_id = ? ORDER BY st.id`, factID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []story.Statement
	for rows.Next() {
		var s story.Statement
		var data string
		if err := rows.Scan(&s.ID, &s.ClaimID, &s.ArticleID, &s.FacetID, &s.Value, &s.AsOf, &s.SaidBy, &s.Revision, &data); err != nil {
			return nil, err
		}
		if data == "" {
			continue // its facet is gone: nothing left to compare
		}
		if err := unmarshalFacet([]byte(data), &s.Facet); err != nil {
			return nil, fmt.Errorf("statement %d: %w", s.ID, err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// factsOfArticle returns the facts an article's statements are in.
func factsOfArticle(ctx context.Context, tx *sql.Tx, articleID int64) (map[int64]bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT fact_id FROM statements WHERE article_id = ?`, articleID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out[id] = true
	}
	return out, rows.Err()
}
