package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/claimdesk/claimdesk/claims"
)

// StoredArticle is what the pipeline needs to process a stored article again:
// its origin, raw text and the metadata it was imported with.
type StoredArticle struct {
	ID     int64
	Origin string
	Raw    []byte
	Meta   claims.Meta
}

// StoredArticle returns an article's raw text and metadata; ENOTFOUND when
// there is no such article.
func (db *DB) StoredArticle(ctx context.Context, id int64) (StoredArticle, error) {
	a := StoredArticle{ID: id}
	var raw, published string
	err := db.read.QueryRowContext(ctx, `SELECT a.origin, a.raw, a.title, COALESCE(s.name, ''), a.url, a.language,
		COALESCE(a.published, '') FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?`, id).
		Scan(&a.Origin, &raw, &a.Meta.Title, &a.Meta.Source, &a.Meta.URL, &a.Meta.Language, &published)
	if errors.Is(err, sql.ErrNoRows) {
		return a, claims.Errorf(claims.ENOTFOUND, "No article %d.", id)
	} else if err != nil {
		return a, fmt.Errorf("article %d: %w", id, err)
	}
	a.Raw = []byte(raw)
	a.Meta.Published = parseStamp(published)
	return a, nil
}

// RematchResult says what rerunning the pipeline on one article changed.
type RematchResult struct {
	ArticleID       int64
	Claims          int // claims now
	Kept            int // claims that survived (same ordinal and text): their verdicts and hand-raised pairs stay
	Facets          int
	NewConflicts    int
	NewAgreements   int
	DroppedMatches  int // open engine matches no longer found
	ReviewedMatches int // engine matches a reviewer had decided, kept although no longer found
}

// Rematch replaces a stored article's claims, facets, flags and engine
// matches with those of a, the same article processed again (after a lexicon
// change), in one transaction. A claim that survives (same ordinal, same
// text) keeps its id, so its verdict, its history and the pairs reviewers
// raised by hand stay with it; other old claims go, with what hangs on them.
// Engine matches found again keep their review state; open ones no longer
// found are dropped; decided ones are kept, since a reviewer's decision is
// work the engine must not undo.
func (db *DB) Rematch(ctx context.Context, id int64, a *claims.Article) (RematchResult, error) {
	res := RematchResult{ArticleID: id}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("rematch article %d: %w", id, err)
	}
	defer tx.Rollback()
	w, err := newArticleWriter(ctx, tx)
	if err != nil {
		return res, fmt.Errorf("rematch article %d: %w", id, err)
	}
	defer w.close()
	fresh, err := replaceClaims(ctx, tx, w, id, a, &res)
	if err != nil {
		return res, fmt.Errorf("rematch article %d: %w", id, err)
	}
	stored, err := w.candidates(ctx, id, fresh)
	if err != nil {
		return res, fmt.Errorf("rematch article %d: %w", id, err)
	}
	ids, err := w.storeFacets(ctx, fresh)
	if err != nil {
		return res, fmt.Errorf("rematch article %d: %w", id, err)
	}
	res.Facets = len(fresh)
	for _, f := range stored {
		ids[refKey(f)] = f.id
	}
	if err := rematchMatches(ctx, tx, id, claims.MatchFacets(refs(fresh), refs(stored)), ids, &res); err != nil {
		return res, fmt.Errorf("rematch article %d: %w", id, err)
	}
	return res, tx.Commit()
}

// replaceClaims updates surviving claims in place, deletes the others,
// inserts new ones, and replaces the article's flags and facets; it returns
// the new facets (not yet stored).
func replaceClaims(ctx context.Context, tx *sql.Tx, w *articleWriter, articleID int64, a *claims.Article, res *RematchResult) ([]facetRef, error) {
	type old struct {
		id   int64
		text string
	}
	byOrdinal := map[int]old{}
	rows, err := tx.QueryContext(ctx, `SELECT id, ordinal, text FROM claims WHERE article_id = ?`, articleID)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var o old
		var n int
		if err := rows.Scan(&o.id, &n, &o.text); err != nil {
			rows.Close()
			return nil, err
		}
		byOrdinal[n] = o
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Facets and flags are all derived: drop them and store the new ones.
	for _, q := range []string{`DELETE FROM facets WHERE article_id = ?`, `DELETE FROM flags WHERE article_id = ?`} {
		if _, err := tx.ExecContext(ctx, q, articleID); err != nil {
			return nil, err
		}
	}
	survivor := map[int]int64{}
	for i := range a.Claims {
		c := &a.Claims[i]
		c.Text = norm.NFC.String(c.Text)
		if o, ok := byOrdinal[c.Ordinal]; ok && o.text == c.Text {
			survivor[c.Ordinal] = o.id
		}
	}
	for n, o := range byOrdinal {
		if survivor[n] != o.id {
			// Cascades to its verdict, facets, flags and every match on it.
			if _, err := tx.ExecContext(ctx, `DELETE FROM claims WHERE id = ?`, o.id); err != nil {
				return nil, err
			}
		}
	}
	for _, f := range a.Flags {
		if err := w.storeFlag(ctx, articleID, nil, f); err != nil {
			return nil, err
		}
	}
	var fresh []facetRef
	for i := range a.Claims {
		c := &a.Claims[i]
		facets := claims.FindFacets(c) // fills Quantity.Of before the claim is stored
		id, ok := survivor[c.Ordinal]
		if ok {
			if err := updateClaim(ctx, tx, id, c); err != nil {
				return nil, fmt.Errorf("claim %d: %w", c.Ordinal, err)
			}
			res.Kept++
		} else if id, err = w.storeClaim(ctx, articleID, c); err != nil {
			return nil, fmt.Errorf("claim %d: %w", c.Ordinal, err)
		}
		res.Claims++
		for _, f := range c.Flags {
			if err := w.storeFlag(ctx, articleID, id, f); err != nil {
				return nil, fmt.Errorf("claim %d: %w", c.Ordinal, err)
			}
		}
		for _, f := range facets {
			if f.Key == "" {
				continue
			}
			fresh = append(fresh, facetRef{FacetRef: claims.FacetRef{Facet: f,
				ArticleID: articleID, ClaimID: id, Origin: a.Origin, Text: c.Text, Score: c.Score}})
		}
	}
	return fresh, nil
}

// updateClaim rewrites what the engine extracted for a surviving claim.
func updateClaim(ctx context.Context, tx *sql.Tx, id int64, c *claims.Claim) error {
	quantities, err := marshalQuantities(c.Quantities)
	if err != nil {
		return err
	}
	var lists [3]string
	for i, v := range []any{c.Dates, c.Entities, c.Roles} {
		if lists[i], err = jsonList(v); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `UPDATE claims SET start = ?, "end" = ?, clean_start = ?, clean_end = ?, language = ?,
		score = ?, score_reasons = ?, quantities = ?, dates = ?, entities = ?, roles = ?, terms = ? WHERE id = ?`,
		c.Start, c.End, c.CleanStart, c.CleanEnd, c.Language, c.Score, strings.Join(c.ScoreReasons, "; "),
		quantities, lists[0], lists[1], lists[2], claims.SearchTerms(c), id)
	return err
}

// rematchMatches stores the engine's new findings for the article: a pair
// already stored (in either order) gets its facet links back and keeps its
// review state; a new pair is inserted; an open engine match on the
// article that was not found again is dropped.
func rematchMatches(ctx context.Context, tx *sql.Tx, articleID int64, ms []claims.Match, ids map[facetID]int64, res *RematchResult) error {
	found := map[int64]bool{}
	for _, m := range ms {
		if m.A.ClaimID == m.B.ClaimID || m.A.ClaimID == 0 || m.B.ClaimID == 0 {
			continue
		}
		fa := optionalID(ids[facetID{m.A.ClaimID, m.A.Key, m.A.Value}])
		fb := optionalID(ids[facetID{m.B.ClaimID, m.B.Key, m.B.Value}])
		var existing, claimA int64
		err := tx.QueryRowContext(ctx, `SELECT id, claim_a FROM matches
			WHERE kind = ? AND subject = ? AND attribute = ? AND raised_by IS NULL
			AND ((claim_a = ? AND claim_b = ?) OR (claim_a = ? AND claim_b = ?))`,
			m.Kind, m.Subject, m.Attribute, m.A.ClaimID, m.B.ClaimID, m.B.ClaimID, m.A.ClaimID).Scan(&existing, &claimA)
		switch {
		case err == nil:
			va, vb := m.A.Value, m.B.Value
			if claimA != m.A.ClaimID {
				fa, fb, va, vb = fb, fa, vb, va
			}
			// An open match takes the engine's new reading; a decided one
			// keeps the values the reviewer decided on.
			if _, err := tx.ExecContext(ctx, `UPDATE matches SET facet_a = ?, facet_b = ?,
				relation = CASE WHEN status = 'open' THEN ? ELSE relation END,
				value_a = CASE WHEN status = 'open' THEN ? ELSE value_a END,
				value_b = CASE WHEN status = 'open' THEN ? ELSE value_b END,
				reason = CASE WHEN status = 'open' THEN ? ELSE reason END
				WHERE id = ?`, fa, fb, m.Relation, va, vb, m.Reason, existing); err != nil {
				return err
			}
			found[existing] = true
			continue
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		r, err := tx.ExecContext(ctx, `INSERT INTO matches (relation, kind, subject, attribute, claim_a, claim_b,
			facet_a, facet_b, value_a, value_b, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (claim_a, claim_b, kind, subject, attribute) DO NOTHING`,
			m.Relation, m.Kind, m.Subject, m.Attribute, m.A.ClaimID, m.B.ClaimID, fa, fb, m.A.Value, m.B.Value, m.Reason)
		if err != nil {
			return fmt.Errorf("insert match %s %s: %w", m.Relation, m.Attribute, err)
		}
		if n, _ := r.RowsAffected(); n == 0 {
			continue
		}
		newID, err := r.LastInsertId()
		if err != nil {
			return err
		}
		found[newID] = true
		if m.Relation == claims.Conflicts {
			res.NewConflicts++
		} else {
			res.NewAgreements++
		}
	}
	rows, err := tx.QueryContext(ctx, `SELECT m.id, m.status FROM matches m
		WHERE m.raised_by IS NULL AND (m.claim_a IN (SELECT id FROM claims WHERE article_id = ?1)
			OR m.claim_b IN (SELECT id FROM claims WHERE article_id = ?1))`, articleID)
	if err != nil {
		return err
	}
	var drop []int64
	for rows.Next() {
		var id int64
		var status string
		if err := rows.Scan(&id, &status); err != nil {
			rows.Close()
			return err
		}
		switch {
		case found[id]:
		case status == StatusOpen:
			drop = append(drop, id)
		default:
			res.ReviewedMatches++
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range drop {
		if _, err := tx.ExecContext(ctx, `DELETE FROM matches WHERE id = ?`, id); err != nil {
			return err
		}
	}
	res.DroppedMatches = len(drop)
	return nil
}
