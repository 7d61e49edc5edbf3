package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/claimdesk/claimdesk/claims"
)

// maxFactStatements bounds the statements a fact page shows: a fact stated
// by thousands of articles shows its first ones, and says how many more.
const maxFactStatements = 200

// FactStatement is one statement of a fact with what the fact page shows
// beside it: its claim, the claim's context and flags, and its article.
type FactStatement struct {
	ID        int64
	ClaimID   int64
	ArticleID int64
	Value     string
	AsOf      string
	SaidBy    string
	Revision  bool
	Review    string // StatementReviews, "" when unreviewed
	Facet     *claims.Facet
	Text      string // the claim
	Language  string
	Score     float64
	Before    string // the claims just before and after it in its article
	After     string
	Title     string // the article's title
	Source    string // its outlet, "" when unknown
	Origin    string // the file or URL it came from
	Published string // ISO date, "" when unknown
	Flags     []claims.Flag
}

// FactStatements returns up to maxFactStatements statements of a fact in
// the order they were stored, and how many it has in all.
func (db *DB) FactStatements(ctx context.Context, factID int64) ([]FactStatement, int, error) {
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, fmt.Errorf("statements of fact %d: %w", factID, err)
	}
	defer tx.Rollback()
	var total int
	if err := tx.QueryRowContext(ctx, `SELECT statements FROM facts WHERE id = ?`, factID).Scan(&total); err != nil {
		if err == sql.ErrNoRows {
			return nil, 0, claims.Errorf(claims.ENOTFOUND, "No fact %d.", factID)
		}
		return nil, 0, fmt.Errorf("statements of fact %d: %w", factID, err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT st.id, st.claim_id, st.article_id, st.value, st.as_of, st.said_by, st.revision, st.review,
		COALESCE(fc.data, ''), c.text, c.language, c.score, c.ordinal,
		a.title, COALESCE(so.name, ''), a.origin, COALESCE(substr(a.published, 1, 10), '')
		FROM statements st JOIN claims c ON c.id = st.claim_id JOIN articles a ON a.id = st.article_id
		LEFT JOIN sources so ON so.id = a.source_id LEFT JOIN facets fc ON fc.id = st.facet_id
		WHERE st.fact_id = ? ORDER BY st.id LIMIT ?`, factID, maxFactStatements)
	if err != nil {
		return nil, 0, fmt.Errorf("statements of fact %d: %w", factID, err)
	}
	var out []FactStatement
	var ordinals []int
	for rows.Next() {
		var s FactStatement
		var facet string
		var ordinal int
		if err := rows.Scan(&s.ID, &s.ClaimID, &s.ArticleID, &s.Value, &s.AsOf, &s.SaidBy, &s.Revision, &s.Review,
			&facet, &s.Text, &s.Language, &s.Score, &ordinal, &s.Title, &s.Source, &s.Origin, &s.Published); err != nil {
			rows.Close()
			return nil, 0, fmt.Errorf("statements of fact %d: %w", factID, err)
		}
		if facet != "" {
			var f claims.Facet
			if err := unmarshalFacet([]byte(facet), &f); err != nil {
				rows.Close()
				return nil, 0, fmt.Errorf("statement %d facet: %w", s.ID, err)
			}
			s.Facet = &f
		}
		out = append(out, s)
		ordinals = append(ordinals, ordinal)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("statements of fact %d: %w", factID, err)
	}
	for i := range out {
		if out[i].Before, out[i].After, err = claimContext(ctx, tx, out[i].ArticleID, ordinals[i]); err != nil {
			return nil, 0, fmt.Errorf("statement %d context: %w", out[i].ID, err)
		}
		if out[i].Flags, err = claimFlags(ctx, tx, out[i].ClaimID); err != nil {
			return nil, 0, fmt.Errorf("statement %d flags: %w", out[i].ID, err)
		}
	}
	return out, total, nil
}
