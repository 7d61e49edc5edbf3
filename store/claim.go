package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
)

const claimInsertSQL = `INSERT INTO claims (article_id, ordinal, text, start, "end", clean_start, clean_end,
	language, score, score_reasons, quantities, dates, entities, roles, terms)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// storeClaim inserts one claim (its flags go separately) and returns its id.
func (w *articleWriter) storeClaim(ctx context.Context, articleID int64, c *claims.Claim) (int64, error) {
	lists, err := claimLists(c)
	if err != nil {
		return 0, err
	}
	r, err := w.claim.ExecContext(ctx, articleID, c.Ordinal, c.Text, c.Start, c.End, c.CleanStart, c.CleanEnd,
		c.Language, c.Score, strings.Join(c.ScoreReasons, "; "), lists[0], lists[1], lists[2], lists[3],
		claims.SearchTerms(c))
	if err != nil {
		return 0, fmt.Errorf("insert claim: %w", err)
	}
	return r.LastInsertId()
}

// claimColumns selects what scanClaim reads, from claims c joined to
// articles a; the claim's flags come as one JSON array so a report needs no
// query per row.
const claimColumns = `c.id, c.article_id, a.origin, c.ordinal, c.text, c.start, c."end",
	c.clean_start, c.clean_end, c.language, c.score, c.score_reasons,
	c.quantities, c.dates, c.entities, c.roles,
	(SELECT json_group_array(json_object('Kind', f.kind, 'Evidence', f.evidence, 'Note', f.note,
		'Start', f.start, 'End', f."end")) FROM flags f WHERE f.claim_id = c.id),
	a.title`

// scanClaim reads one row of claimColumns.
func scanClaim(rows *sql.Rows) (claims.ClaimRow, error) {
	var r claims.ClaimRow
	c := &r.Claim
	var reasons, quantities, dates, entities, roles, flags string
	if err := rows.Scan(&r.ClaimID, &r.ArticleID, &r.Article, &c.Ordinal, &c.Text, &c.Start, &c.End,
		&c.CleanStart, &c.CleanEnd, &c.Language, &c.Score, &reasons,
		&quantities, &dates, &entities, &roles, &flags, &r.Title); err != nil {
		return r, err
	}
	if reasons != "" {
		c.ScoreReasons = strings.Split(reasons, "; ")
	}
	if err := readClaimLists(c, quantities, dates, entities, roles); err != nil {
		return r, fmt.Errorf("claim %d: %w", r.ClaimID, err)
	}
	if err := unmarshalList(flags, &c.Flags); err != nil {
		return r, fmt.Errorf("claim %d flags: %w", r.ClaimID, err)
	}
	return r, nil
}

// unmarshalList decodes a JSON array column, leaving dst nil when it is
// empty so a claim read back equals the claim stored. Dates, entities and
// roles may be in their positional form (claim_compact.go).
func unmarshalList(src string, dst any) error {
	if src == "" || src == "[]" || src == "null" {
		return nil
	}
	if isCompact(src) {
		var err error
		switch d := dst.(type) {
		case *[]claims.Date:
			*d, err = readCompact(src, dateOf)
		case *[]claims.Entity:
			*d, err = readCompact(src, entityOf)
		case *[]claims.Role:
			*d, err = readCompact(src, roleOf)
		default:
			return fmt.Errorf("no positional form for %T", dst)
		}
		return err
	}
	return json.Unmarshal([]byte(src), dst)
}

// ExportClaims streams the claims report in claim id order, one callback per
// row and constant memory, honouring the filter's Article (origin or id) and
// Language (the claim's). Relation and Kind do not apply to claims.
func (db *DB) ExportClaims(ctx context.Context, f claims.ReportFilter, fn func(claims.ClaimRow) error) error {
	var where conds
	where.article(f.Article, "a")
	where.add(f.Language != "", "c.language = ?", f.Language)
	err := db.stream(ctx, `SELECT `+claimColumns+` FROM claims c JOIN articles a ON a.id = c.article_id`+
		where.sql()+` ORDER BY c.id`, where.args, func(rows *sql.Rows) error {
		r, err := scanClaim(rows)
		if err != nil {
			return err
		}
		return fn(r)
	})
	if err != nil {
		return fmt.Errorf("export claims: %w", err)
	}
	return nil
}
