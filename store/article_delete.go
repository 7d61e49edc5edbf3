package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/claims/story"
)

// AuditArticle is the audit entity of an article: its deletion is the one
// change recorded about it.
const AuditArticle = "article"

// ArticleFootprint is what deleting an article takes with it, for the
// confirmation page and the history line.
type ArticleFootprint struct {
	ID                     int64
	Origin, Title          string
	Claims, Matches, Flags int
	Verdicts, Reviewed     int // verdicts on its claims; matches a reviewer decided or noted
}

// String is the history line: what the article was and what went with it.
func (f ArticleFootprint) String() string {
	name := f.Origin
	if f.Title != "" {
		name = f.Title + " (" + f.Origin + ")"
	}
	return fmt.Sprintf("%s: %d claims, %d matches (%d reviewed), %d flags, %d verdicts",
		name, f.Claims, f.Matches, f.Reviewed, f.Flags, f.Verdicts)
}

// ArticleFootprint counts what deleting an article would remove; ENOTFOUND
// when there is no such article.
func (db *DB) ArticleFootprint(ctx context.Context, id int64) (ArticleFootprint, error) {
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return ArticleFootprint{}, fmt.Errorf("article %d: %w", id, err)
	}
	defer tx.Rollback()
	return articleFootprint(ctx, tx, id)
}

func articleFootprint(ctx context.Context, tx *sql.Tx, id int64) (ArticleFootprint, error) {
	f := ArticleFootprint{ID: id}
	err := tx.QueryRowContext(ctx, `SELECT a.origin, a.title,
		(SELECT COUNT(*) FROM claims WHERE article_id = a.id),
		(SELECT COUNT(*) FROM flags WHERE article_id = a.id),
		(SELECT COUNT(*) FROM verdicts v JOIN claims c ON c.id = v.claim_id WHERE c.article_id = a.id)
		FROM articles a WHERE a.id = ?`, id).Scan(&f.Origin, &f.Title, &f.Claims, &f.Flags, &f.Verdicts)
	if errors.Is(err, sql.ErrNoRows) {
		return f, claims.Errorf(claims.ENOTFOUND, "No article %d.", id)
	} else if err != nil {
		return f, fmt.Errorf("article %d: %w", id, err)
	}
	err = tx.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(SUM(m.status <> 'open' OR m.note <> ''), 0) FROM matches m
		WHERE m.claim_a IN (SELECT id FROM claims WHERE article_id = ?1)
		   OR m.claim_b IN (SELECT id FROM claims WHERE article_id = ?1)`, id).Scan(&f.Matches, &f.Reviewed)
	if err != nil {
		return f, fmt.Errorf("article %d: %w", id, err)
	}
	return f, nil
}

// DeleteArticle removes an article with everything derived from it (claims,
// residue, flags, facets, verdicts, matches on its claims, its statements)
// and leaves the rest as if it had never been imported: its story and the
// facts it stated are rebuilt without it, an emptied story goes. The
// history keeps one line saying who deleted what. ENOTFOUND when there is
// no such article.
func (db *DB) DeleteArticle(ctx context.Context, by User, id int64) (ArticleFootprint, error) {
	var f ArticleFootprint
	err := db.storyChange(ctx, fmt.Sprintf("delete article %d", id), func(tx *sql.Tx) error {
		var err error
		if f, err = articleFootprint(ctx, tx, id); err != nil {
			return err
		}
		var storyID sql.NullInt64
		if err := tx.QueryRowContext(ctx, `SELECT story_id FROM articles WHERE id = ?`, id).Scan(&storyID); err != nil {
			return err
		}
		if storyID.Valid {
			a, _, err := loadStoredArticle(ctx, tx, id)
			if err != nil {
				return err
			}
			if err := leaveStory(ctx, tx, storyID.Int64, id, story.Signals(a)); err != nil {
				return err
			}
		}
		// Facts across stories (a person's title) still hold its
		// statements: they are rebuilt once the cascade has removed them.
		touched, err := factsOfArticle(ctx, tx, id)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE id = ?`, id); err != nil {
			return err
		}
		var res RematchResult
		for fact := range touched {
			if err := refold(ctx, tx, fact, &res); err != nil {
				return err
			}
		}
		return audit(ctx, tx, by, AuditArticle, id, "delete", f.String(), "")
	})
	return f, err
}
