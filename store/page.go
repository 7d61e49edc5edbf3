package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
)

// ClaimPage is everything the claim page shows about one claim.
type ClaimPage struct {
	claims.ClaimRow
	Title          string // the article's title
	Source         string // the article's outlet; "" when unknown
	Before, After  string // the claims just before and after it in its article
	Matches        []QueueItem
	Verdict        Verdict
	ArticleFlagged int // article-level flags on the claim's article
}

// ClaimPage returns one claim with its context, facets, flags, matches and
// verdict; ENOTFOUND when there is no such claim.
func (db *DB) ClaimPage(ctx context.Context, id int64) (ClaimPage, error) {
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return ClaimPage{}, fmt.Errorf("claim %d: %w", id, err)
	}
	defer tx.Rollback()
	var p ClaimPage
	var reasons, quantities, dates, entities, roles string
	c := &p.Claim
	err = tx.QueryRowContext(ctx, `SELECT c.id, c.article_id, a.origin, COALESCE(a.title, ''), COALESCE(s.name, ''),
		c.ordinal, c.text, c.start, c."end", c.clean_start, c.clean_end, c.language, c.score,
		COALESCE(c.score_reasons, ''), COALESCE(c.quantities, ''), COALESCE(c.dates, ''), COALESCE(c.entities, ''), COALESCE(c.roles, '')
		FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN sources s ON s.id = a.source_id
		WHERE c.id = ?`, id).
		Scan(&p.ClaimID, &p.ArticleID, &p.Article, &p.Title, &p.Source,
			&c.Ordinal, &c.Text, &c.Start, &c.End, &c.CleanStart, &c.CleanEnd, &c.Language, &c.Score,
			&reasons, &quantities, &dates, &entities, &roles)
	if errors.Is(err, sql.ErrNoRows) {
		return ClaimPage{}, claims.Errorf(claims.ENOTFOUND, "No claim %d.", id)
	} else if err != nil {
		return ClaimPage{}, fmt.Errorf("claim %d: %w", id, err)
	}
	if reasons != "" {
		c.ScoreReasons = strings.Split(reasons, "; ")
	}
	if err := readClaimLists(c, quantities, dates, entities, roles); err != nil {
		return ClaimPage{}, fmt.Errorf("claim %d: %w", id, err)
	}
	if p.Before, p.After, err = claimContext(ctx, tx, p.ArticleID, c.Ordinal); err != nil {
		return ClaimPage{}, fmt.Errorf("claim %d: %w", id, err)
	}
	if c.Flags, err = claimFlags(ctx, tx, id); err != nil {
		return ClaimPage{}, fmt.Errorf("claim %d: %w", id, err)
	}
	if p.Matches, err = claimMatches(ctx, tx, id); err != nil {
		return ClaimPage{}, fmt.Errorf("claim %d: %w", id, err)
	}
	if p.Verdict, err = verdict(ctx, tx, id); err != nil {
		return ClaimPage{}, fmt.Errorf("claim %d: %w", id, err)
	}
	return p, nil
}

// ClaimContext returns the texts of the claims just before and after a claim
// in its article: the context a reviewer reads it in.
func (db *DB) ClaimContext(ctx context.Context, claimID int64) (before, after string, err error) {
	var articleID int64
	var ordinal int
	err = db.read.QueryRowContext(ctx, `SELECT article_id, ordinal FROM claims WHERE id = ?`, claimID).Scan(&articleID, &ordinal)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", claims.Errorf(claims.ENOTFOUND, "No claim %d.", claimID)
	} else if err != nil {
		return "", "", fmt.Errorf("context of claim %d: %w", claimID, err)
	}
	return claimContext(ctx, db.read, articleID, ordinal)
}

type rowsQueryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func claimContext(ctx context.Context, q rowsQueryer, articleID int64, ordinal int) (before, after string, err error) {
	rows, err := q.QueryContext(ctx, `SELECT ordinal, text FROM claims WHERE article_id = ? AND ordinal IN (?, ?)`, articleID, ordinal-1, ordinal+1)
	if err != nil {
		return "", "", err
	}
	defer rows.Close()
	for rows.Next() {
		var n int
		var text string
		if err := rows.Scan(&n, &text); err != nil {
			return "", "", err
		}
		if n < ordinal {
			before = text
		} else {
			after = text
		}
	}
	return before, after, rows.Err()
}

func claimFlags(ctx context.Context, q rowsQueryer, claimID int64) ([]claims.Flag, error) {
	rows, err := q.QueryContext(ctx, `SELECT kind, evidence, note, start, "end" FROM flags WHERE claim_id = ? ORDER BY id`, claimID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []claims.Flag
	for rows.Next() {
		var f claims.Flag
		if err := rows.Scan(&f.Kind, &f.Evidence, &f.Note, &f.Start, &f.End); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// claimMatches lists the matches a claim takes part in, conflicts first,
// oriented so side A is always this claim.
func claimMatches(ctx context.Context, q rowsQueryer, claimID int64) ([]QueueItem, error) {
	rows, err := q.QueryContext(ctx, queueColumns+queueFrom+`
		WHERE m.claim_a = ? OR m.claim_b = ? ORDER BY m.relation = 'conflicts' DESC, m.id`, claimID, claimID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []QueueItem
	for rows.Next() {
		var it QueueItem
		if err := scanQueueItem(rows, &it); err != nil {
			return nil, err
		}
		if it.A.ClaimID != claimID {
			it.A, it.B = it.B, it.A
		}
		out = append(out, it)
	}
	return out, rows.Err()
}
