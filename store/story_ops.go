package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/claims/story"
)

// AuditStory is the audit entity of a story: moves, merges and splits.
const AuditStory = "story"

// MoveArticle puts an article in another story, as a reviewer decides: its
// statements leave the facts of its old story and join those of the new
// one, keeping the reviews given to them, and the article is pinned there,
// so rematching (a lexicon change, a re-import) never moves it back. A
// story left without articles is deleted. ENOTFOUND when the article or the story does not exist.
func (db *DB) MoveArticle(ctx context.Context, by User, articleID, storyID int64) error {
	return db.storyChange(ctx, "move article", func(tx *sql.Tx) error {
		return moveArticle(ctx, tx, by, articleID, storyID)
	})
}

// MergeStories moves every article of story from into story into, then
// deletes from.
func (db *DB) MergeStories(ctx context.Context, by User, from, into int64) error {
	if from == into {
		return claims.Errorf(claims.EINVALID, "A story cannot be merged into itself.")
	}
	return db.storyChange(ctx, "merge stories", func(tx *sql.Tx) error {
		if err := storyExists(ctx, tx, into); err != nil {
			return err
		}
		ids, err := storyArticles(ctx, tx, from)
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			return claims.Errorf(claims.ENOTFOUND, "Story %d has no articles to merge.", from)
		}
		for _, id := range ids {
			if err := moveArticle(ctx, tx, by, id, into); err != nil {
				return err
			}
		}
		return audit(ctx, tx, by, AuditStory, into, "merge", strconv.FormatInt(from, 10), strconv.FormatInt(into, 10))
	})
}

// SplitStory moves the given articles of a story into a new story and
// returns its id. At least one article must stay behind.
func (db *DB) SplitStory(ctx context.Context, by User, storyID int64, articleIDs []int64) (int64, error) {
	var id int64
	err := db.storyChange(ctx, "split story", func(tx *sql.Tx) error {
		all, err := storyArticles(ctx, tx, storyID)
		if err != nil {
			return err
		}
		in := map[int64]bool{}
		for _, a := range all {
			in[a] = true
		}
		for _, a := range articleIDs {
			if !in[a] {
				return claims.Errorf(claims.EINVALID, "Article %d is not in story %d.", a, storyID)
			}
		}
		if len(articleIDs) == 0 || len(articleIDs) >= len(all) {
			return claims.Errorf(claims.EINVALID, "Split off some of the story's articles, not none or all.")
		}
		r, err := tx.ExecContext(ctx, `INSERT INTO stories DEFAULT VALUES`)
		if err != nil {
			return err
		}
		if id, err = r.LastInsertId(); err != nil {
			return err
		}
		for _, a := range articleIDs {
			if err := moveArticle(ctx, tx, by, a, id); err != nil {
				return err
			}
		}
		return audit(ctx, tx, by, AuditStory, storyID, "split", "", strconv.FormatInt(id, 10))
	})
	return id, err
}

// storyChange runs fn in one write transaction, wrapping its errors.
func (db *DB) storyChange(ctx context.Context, what string, fn func(*sql.Tx) error) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		var ce *claims.Error
		if errors.As(err, &ce) {
			return err
		}
		return fmt.Errorf("%s: %w", what, err)
	}
	return tx.Commit()
}

func storyExists(ctx context.Context, tx *sql.Tx, id int64) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM stories WHERE id = ?`, id).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return claims.Errorf(claims.ENOTFOUND, "No story %d.", id)
	}
	return nil
}

// storyArticles returns the ids of a story's articles.
func storyArticles(ctx context.Context, tx *sql.Tx, storyID int64) ([]int64, error) {
	if err := storyExists(ctx, tx, storyID); err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT id FROM articles WHERE story_id = ? ORDER BY id`, storyID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// moveArticle moves one article to story to inside tx (MoveArticle).
func moveArticle(ctx context.Context, tx *sql.Tx, by User, articleID, to int64) error {
	if err := storyExists(ctx, tx, to); err != nil {
		return err
	}
	var from sql.NullInt64
	err := tx.QueryRowContext(ctx, `SELECT story_id FROM articles WHERE id = ?`, articleID).Scan(&from)
	if errors.Is(err, sql.ErrNoRows) {
		return claims.Errorf(claims.ENOTFOUND, "No article %d.", articleID)
	} else if err != nil {
		return err
	}
	a, fresh, err := loadStoredArticle(ctx, tx, articleID)
	if err != nil {
		return err
	}
	sigs := story.Signals(a)
	var reviews []statementReview
	if from.Valid && from.Int64 != to {
		if reviews, err = storyStatementReviews(ctx, tx, from.Int64, articleID); err != nil {
			return err
		}
		if err := leaveStory(ctx, tx, from.Int64, articleID, sigs); err != nil {
			return err
		}
	}
	joined := "moved by " + by.Name
	if by.Name == "" {
		joined = "moved by a reviewer"
	}
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET story_id = ?, story_pinned = 1, joined_by = ? WHERE id = ?`,
		to, joined, articleID); err != nil {
		return err
	}
	if from.Valid && from.Int64 == to {
		return nil
	}
	place, err := addToStory(ctx, tx, to, articleID, sigs, a.Published)
	if err != nil {
		return err
	}
	if err := storeStatements(ctx, tx, to, place, a, sigs, fresh, nil); err != nil {
		return err
	}
	if err := restoreStatementReviews(ctx, tx, to, articleID, reviews); err != nil {
		return err
	}
	old := ""
	action := "move article " + strconv.FormatInt(articleID, 10)
	if from.Valid {
		old = strconv.FormatInt(from.Int64, 10)
		// The story it left keeps the move in its history too, unless the
		// move emptied and so deleted it.
		if err := storyExists(ctx, tx, from.Int64); err == nil {
			if err := audit(ctx, tx, by, AuditStory, from.Int64, action, old, strconv.FormatInt(to, 10)); err != nil {
				return err
			}
		}
	}
	return audit(ctx, tx, by, AuditStory, to, action, old, strconv.FormatInt(to, 10))
}

// statementReview is a reviewer's word on one statement, by what the
// statement says: its claim, its facet and its value.
type statementReview struct {
	claim, facet int64
	value        string
	review       string
}

// storyStatementReviews returns the reviews of an article's statements of a
// story's facts: a move rebuilds those statements in the facts of the story
// the article joins, and a reviewer's "garbled" or "outdated" on a
// statement is about the claim, whichever story it is read in.
func storyStatementReviews(ctx context.Context, tx *sql.Tx, storyID, articleID int64) ([]statementReview, error) {
	rows, err := tx.QueryContext(ctx, `SELECT st.claim_id, COALESCE(st.facet_id, 0), st.value, st.review
		FROM statements st JOIN facts f ON f.id = st.fact_id
		WHERE st.article_id = ? AND f.story_id = ? AND st.review <> ''`, articleID, storyID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []statementReview
	for rows.Next() {
		var r statementReview
		if err := rows.Scan(&r.claim, &r.facet, &r.value, &r.review); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// restoreStatementReviews puts reviews back on the article's statements of
// the facts of the story it joined.
func restoreStatementReviews(ctx context.Context, tx *sql.Tx, storyID, articleID int64, reviews []statementReview) error {
	for _, r := range reviews {
		if _, err := tx.ExecContext(ctx, `UPDATE statements SET review = ? WHERE article_id = ? AND claim_id = ?
			AND COALESCE(facet_id, 0) = ? AND value = ? AND fact_id IN (SELECT id FROM facts WHERE story_id = ?)`,
			r.review, articleID, r.claim, r.facet, r.value, storyID); err != nil {
			return fmt.Errorf("review of claim %d: %w", r.claim, err)
		}
	}
	return nil
}

// leaveStory takes an article out of a story: its signals, its statements
// of the story's facts (which are rebuilt), and the story itself when it
// is left with no article.
func leaveStory(ctx context.Context, tx *sql.Tx, storyID, articleID int64, sigs []story.Signal) error {
	touched := map[int64]bool{}
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT st.fact_id FROM statements st JOIN facts f ON f.id = st.fact_id
		WHERE st.article_id = ? AND f.story_id = ?`, articleID, storyID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		touched[id] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM statements WHERE article_id = ?
		AND fact_id IN (SELECT id FROM facts WHERE story_id = ?)`, articleID, storyID); err != nil {
		return err
	}
	// Rebuilding each fact drops the pairs derived through the statements
	// that left, unless a reviewer decided them.
	var res RematchResult
	for id := range touched {
		if err := refold(ctx, tx, id, &res); err != nil {
			return err
		}
	}
	removed := 0.0
	for _, s := range sigs {
		var n int
		err := tx.QueryRowContext(ctx, `UPDATE story_signals SET n = n - 1 WHERE signal = ? AND story_id = ? RETURNING n`,
			s.Key, storyID).Scan(&n)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		} else if err != nil {
			return err
		}
		if n <= 0 {
			removed += s.Weight
			if _, err := tx.ExecContext(ctx, `DELETE FROM story_signals WHERE signal = ? AND story_id = ?`, s.Key, storyID); err != nil {
				return err
			}
		}
	}
	var left int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles WHERE story_id = ? AND id <> ?`, storyID, articleID).Scan(&left); err != nil {
		return err
	}
	if left == 0 {
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET story_id = NULL WHERE id = ?`, articleID); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ?`, storyID)
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE stories SET articles = ?, weight = MAX(weight - ?, 0),
		first_at = COALESCE((SELECT MIN(substr(published, 1, 10)) FROM articles WHERE story_id = ?3 AND id <> ?4 AND published IS NOT NULL), ''),
		last_at = COALESCE((SELECT MAX(substr(published, 1, 10)) FROM articles WHERE story_id = ?3 AND id <> ?4 AND published IS NOT NULL), ''),
		updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?3`, left, removed, storyID, articleID); err != nil {
		return err
	}
	_, err = retitleStory(ctx, tx, storyID)
	return err
}

// loadStoredArticle reads an article's claims and facets back, as the
// engine gave them on import: what story signals and statements are made
// of.
func loadStoredArticle(ctx context.Context, tx *sql.Tx, id int64) (*claims.Article, []facetRef, error) {
	a := &claims.Article{}
	var published string
	if err := tx.QueryRowContext(ctx, `SELECT origin, COALESCE(published, '') FROM articles WHERE id = ?`, id).
		Scan(&a.Origin, &published); err != nil {
		return nil, nil, err
	}
	a.Published = parseStamp(published)
	rows, err := tx.QueryContext(ctx, `SELECT `+claimColumns+` FROM claims c JOIN articles a ON a.id = c.article_id
		WHERE c.article_id = ? ORDER BY c.ordinal`, id)
	if err != nil {
		return nil, nil, err
	}
	var ids []int64
	for rows.Next() {
		r, err := scanClaim(rows)
		if err != nil {
			rows.Close()
			return nil, nil, err
		}
		a.Claims = append(a.Claims, r.Claim)
		ids = append(ids, r.ClaimID)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	byClaim := map[int64]*claims.Claim{}
	for i := range a.Claims {
		byClaim[ids[i]] = &a.Claims[i]
	}
	frows, err := tx.QueryContext(ctx, `SELECT id, claim_id, data FROM facets WHERE article_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, nil, err
	}
	defer frows.Close()
	var fresh []facetRef
	for frows.Next() {
		var f facetRef
		var data string
		if err := frows.Scan(&f.id, &f.ClaimID, &data); err != nil {
			return nil, nil, err
		}
		if err := unmarshalFacet([]byte(data), &f.Facet); err != nil {
			return nil, nil, fmt.Errorf("facet %d: %w", f.id, err)
		}
		f.ArticleID, f.claim = id, byClaim[f.ClaimID]
		fresh = append(fresh, f)
	}
	return a, fresh, frows.Err()
}

// ResolveArticle returns the id of the article named by its id or its
// origin; ENOTFOUND when there is none.
func (db *DB) ResolveArticle(ctx context.Context, s string) (int64, error) {
	var id int64
	n, _ := strconv.ParseInt(s, 10, 64)
	err := db.read.QueryRowContext(ctx, `SELECT id FROM articles WHERE id = ? OR origin = ? ORDER BY id LIMIT 1`, n, s).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, claims.Errorf(claims.ENOTFOUND, "No article %q.", s)
	}
	return id, err
}
