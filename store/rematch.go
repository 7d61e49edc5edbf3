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
	var published string
	var body []byte
	err := db.read.QueryRowContext(ctx, `SELECT a.origin, a.body, a.title, COALESCE(s.name, ''), a.url, a.language,
		COALESCE(a.published, '') FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?`, id).
		Scan(&a.Origin, &body, &a.Meta.Title, &a.Meta.Source, &a.Meta.URL, &a.Meta.Language, &published)
	if errors.Is(err, sql.ErrNoRows) {
		return a, claims.Errorf(claims.ENOTFOUND, "No article %d.", id)
	} else if err != nil {
		return a, fmt.Errorf("article %d: %w", id, err)
	}
	raw, _, err := unpackBody(body)
	if err != nil {
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
	// The facts the article states now: replacing its claims takes with
	// them the statements of claims that do not survive.
	before, err := factsOfArticle(ctx, tx, id)
	if err != nil {
		return res, fmt.Errorf("rematch article %d: %w", id, err)
	}
	fresh, err := replaceClaims(ctx, tx, w, id, a, &res)
	if err != nil {
		return res, fmt.Errorf("rematch article %d: %w", id, err)
	}
	if _, err := w.storeFacets(ctx, fresh); err != nil {
		return res, fmt.Errorf("rematch article %d: %w", id, err)
	}
	res.Facets = len(fresh)
	if err := restate(ctx, tx, id, a, fresh, before, &res); err != nil {
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
	facetsOf := claims.ArticleFacets(a) // fills Quantity.Of before the claims are stored
	for i := range a.Claims {
		c := &a.Claims[i]
		facets := facetsOf[i]
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
				ArticleID: articleID, ClaimID: id, Origin: a.Origin, Text: c.Text, Score: c.Score}, claim: c})
		}
	}
	return fresh, nil
}

// updateClaim rewrites what the engine extracted for a surviving claim.
func updateClaim(ctx context.Context, tx *sql.Tx, id int64, c *claims.Claim) error {
	lists, err := claimLists(c)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE claims SET start = ?, "end" = ?, clean_start = ?, clean_end = ?, language = ?,
		score = ?, score_reasons = ?, quantities = ?, dates = ?, entities = ?, roles = ?, terms = ? WHERE id = ?`,
		c.Start, c.End, c.CleanStart, c.CleanEnd, c.Language, c.Score, strings.Join(c.ScoreReasons, "; "),
		lists[0], lists[1], lists[2], lists[3], claims.SearchTerms(c), id)
	return err
}
