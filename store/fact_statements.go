package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
)

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

// StatementQuery picks a page of a fact's statements: those after the
// statement After (0 for the first page), of one Value when it is not "",
// at most Limit (capped at MaxStatementPage).
type StatementQuery struct {
	Value string
	After int64
	Limit int
}

// MaxStatementPage bounds a page of statements: each comes with its
// claim's context and flags, so a fact stated by thousands of articles is
// read a page at a time, never whole.
const MaxStatementPage = 100

// StatementPage is one page of a fact's statements: in the order they were
// stored, or for one value earliest first.
type StatementPage struct {
	Statements []FactStatement
	// Next is the statement the next page starts after; 0 on the last page.
	Next int64
}

// FactStatements returns a page of a fact's statements, in the order they
// were stored or, for one value, earliest first; ENOTFOUND when there is no
// such fact. The page seeks statements_fact (statements_fact_value for one
// value) to its first row, so the last page costs what the first does.
func (db *DB) FactStatements(ctx context.Context, factID int64, q StatementQuery) (StatementPage, error) {
	if q.Limit <= 0 || q.Limit > MaxStatementPage {
		q.Limit = MaxStatementPage
	}
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return StatementPage{}, fmt.Errorf("statements of fact %d: %w", factID, err)
	}
	defer tx.Rollback()
	var one int
	if err := tx.QueryRowContext(ctx, `SELECT 1 FROM facts WHERE id = ?`, factID).Scan(&one); err != nil {
		if err == sql.ErrNoRows {
			return StatementPage{}, claims.Errorf(claims.ENOTFOUND, "No fact %d.", factID)
		}
		return StatementPage{}, fmt.Errorf("statements of fact %d: %w", factID, err)
	}
	ids, err := statementPageIDs(ctx, tx, factID, q)
	if err != nil {
		return StatementPage{}, fmt.Errorf("statements of fact %d: %w", factID, err)
	}
	var p StatementPage
	if len(ids) > q.Limit {
		ids = ids[:q.Limit]
		p.Next = ids[q.Limit-1].(int64)
	}
	if len(ids) == 0 {
		return p, nil
	}
	order := " ORDER BY st.id"
	if q.Value != "" {
		order = " ORDER BY st.as_of, st.id"
	}
	// The claims around each one come in the same query, its flags in one
	// more for the whole page: a page of statements is a few queries, not
	// one per statement.
	rows, err := tx.QueryContext(ctx, `SELECT st.id, st.claim_id, st.article_id, st.value, st.as_of, st.said_by, st.revision, st.review,
		COALESCE(fc.data, ''), c.text, c.language, c.score,
		COALESCE((SELECT p.text FROM claims p WHERE p.article_id = c.article_id AND p.ordinal = c.ordinal - 1), ''),
		COALESCE((SELECT n.text FROM claims n WHERE n.article_id = c.article_id AND n.ordinal = c.ordinal + 1), ''),
		a.title, COALESCE(so.name, ''), a.origin, COALESCE(substr(a.published, 1, 10), '')
		FROM statements st JOIN claims c ON c.id = st.claim_id JOIN articles a ON a.id = st.article_id
		LEFT JOIN sources so ON so.id = a.source_id LEFT JOIN facets fc ON fc.id = st.facet_id
		WHERE st.id IN (?`+strings.Repeat(", ?", len(ids)-1)+`)`+order, ids...)
	if err != nil {
		return StatementPage{}, fmt.Errorf("statements of fact %d: %w", factID, err)
	}
	var out []FactStatement
	for rows.Next() {
		var s FactStatement
		var facet string
		if err := rows.Scan(&s.ID, &s.ClaimID, &s.ArticleID, &s.Value, &s.AsOf, &s.SaidBy, &s.Revision, &s.Review,
			&facet, &s.Text, &s.Language, &s.Score, &s.Before, &s.After, &s.Title, &s.Source, &s.Origin, &s.Published); err != nil {
			rows.Close()
			return StatementPage{}, fmt.Errorf("statements of fact %d: %w", factID, err)
		}
		if facet != "" {
			var f claims.Facet
			if err := unmarshalFacet([]byte(facet), &f); err != nil {
				rows.Close()
				return StatementPage{}, fmt.Errorf("statement %d facet: %w", s.ID, err)
			}
			s.Facet = &f
		}
		out = append(out, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return StatementPage{}, fmt.Errorf("statements of fact %d: %w", factID, err)
	}
	if err := statementFlags(ctx, tx, out); err != nil {
		return StatementPage{}, fmt.Errorf("statements of fact %d flags: %w", factID, err)
	}
	p.Statements = out
	return p, nil
}

// statementPageIDs returns the ids of up to q.Limit+1 statements of a page
// (one past it says there is a next page). They are read from the index
// alone: statements_fact by id, or one value's entries of
// statements_fact_value by date and id. After a statement of a value, the
// page is those of its date after it, then those of later dates: two
// seeks, since SQLite seeks a row value over (as_of, id) only as far as
// as_of, and a value of 10,000 undated statements would read every one
// before the cursor.
func statementPageIDs(ctx context.Context, tx *sql.Tx, factID int64, q StatementQuery) ([]any, error) {
	type part struct {
		where string
		args  []any
	}
	var parts []part
	switch {
	case q.Value == "":
		parts = []part{{`fact_id = ? AND id > ? ORDER BY id`, []any{factID, q.After}}}
	case q.After == 0:
		parts = []part{{`fact_id = ? AND value = ? ORDER BY as_of, id`, []any{factID, q.Value}}}
	default:
		var asOf string
		err := tx.QueryRowContext(ctx, `SELECT as_of FROM statements WHERE id = ?`, q.After).Scan(&asOf)
		if err != nil && err != sql.ErrNoRows {
			return nil, err
		}
		parts = []part{
			{`fact_id = ? AND value = ? AND as_of = ? AND id > ? ORDER BY id`, []any{factID, q.Value, asOf, q.After}},
			{`fact_id = ? AND value = ? AND as_of > ? ORDER BY as_of, id`, []any{factID, q.Value, asOf}},
		}
	}
	var ids []any
	for _, p := range parts {
		want := q.Limit + 1 - len(ids)
		if want <= 0 {
			break
		}
		rows, err := tx.QueryContext(ctx, `SELECT id FROM statements WHERE `+p.where+` LIMIT ?`, append(p.args, want)...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, err
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

// statementFlags reads the engine's flags on the claims of a page of
// statements in one query.
func statementFlags(ctx context.Context, tx *sql.Tx, out []FactStatement) error {
	if len(out) == 0 {
		return nil
	}
	at := map[int64][]int{} // claim id -> its statements on the page
	var ids []any
	for i, s := range out {
		if _, seen := at[s.ClaimID]; !seen {
			ids = append(ids, s.ClaimID)
		}
		at[s.ClaimID] = append(at[s.ClaimID], i)
	}
	rows, err := tx.QueryContext(ctx, `SELECT f.claim_id, f.kind, f.evidence, f.note, f.start, f."end" FROM flags f
		WHERE f.claim_id IN (?`+strings.Repeat(", ?", len(ids)-1)+`) ORDER BY f.id`, ids...)
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
