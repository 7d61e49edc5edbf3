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
	// The claims around each one come in the same query, its flags in one
	// more for the whole page: a page of 200 statements is two queries, not
	// four hundred.
	rows, err := tx.QueryContext(ctx, `SELECT st.id, st.claim_id, st.article_id, st.value, st.as_of, st.said_by, st.revision, st.review,
		COALESCE(fc.data, ''), c.text, c.language, c.score,
		COALESCE((SELECT p.text FROM claims p WHERE p.article_id = c.article_id AND p.ordinal = c.ordinal - 1), ''),
		COALESCE((SELECT n.text FROM claims n WHERE n.article_id = c.article_id AND n.ordinal = c.ordinal + 1), ''),
		a.title, COALESCE(so.name, ''), a.origin, COALESCE(substr(a.published, 1, 10), '')
		FROM statements st JOIN claims c ON c.id = st.claim_id JOIN articles a ON a.id = st.article_id
		LEFT JOIN sources so ON so.id = a.source_id LEFT JOIN facets fc ON fc.id = st.facet_id
		WHERE st.fact_id = ? ORDER BY st.id LIMIT ?`, factID, maxFactStatements)
	if err != nil {
		return nil, 0, fmt.Errorf("statements of fact %d: %w", factID, err)
	}
	var out []FactStatement
	for rows.Next() {
		var s FactStatement
		var facet string
		if err := rows.Scan(&s.ID, &s.ClaimID, &s.ArticleID, &s.Value, &s.AsOf, &s.SaidBy, &s.Revision, &s.Review,
			&facet, &s.Text, &s.Language, &s.Score, &s.Before, &s.After, &s.Title, &s.Source, &s.Origin, &s.Published); err != nil {
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
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("statements of fact %d: %w", factID, err)
	}
	if err := statementFlags(ctx, tx, factID, out); err != nil {
		return nil, 0, fmt.Errorf("statements of fact %d flags: %w", factID, err)
	}
	return out, total, nil
}

// statementFlags reads the engine's flags on the claims of a page of a
// fact's statements (out, the first of the fact's statements in order) in
// one query.
func statementFlags(ctx context.Context, tx *sql.Tx, factID int64, out []FactStatement) error {
	if len(out) == 0 {
		return nil
	}
	at := map[int64][]int{} // claim id -> its statements on the page
	for i, s := range out {
		at[s.ClaimID] = append(at[s.ClaimID], i)
	}
	rows, err := tx.QueryContext(ctx, `SELECT f.claim_id, f.kind, f.evidence, f.note, f.start, f."end" FROM flags f
		WHERE f.claim_id IN (SELECT claim_id FROM statements WHERE fact_id = ? AND id <= ?) ORDER BY f.id`,
		factID, out[len(out)-1].ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var claimID int64
		var f claims.Flag
		if err := rows.Scan(&claimID, &f.Kind, &f.Evidence, &f.Note, &f.Start, &f.End); err != nil {
			return err
		}
		for _, i := range at[claimID] {
			out[i].Flags = append(out[i].Flags, f)
		}
	}
	return rows.Err()
}
