package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/claimdesk/claimdesk/claims"
)

// storeFlag inserts one flag; claimID is nil for an article-level flag.
func (w *articleWriter) storeFlag(ctx context.Context, articleID int64, claimID any, f claims.Flag) error {
	if _, err := w.flag.ExecContext(ctx, articleID, claimID, f.Kind, f.Evidence, f.Note, f.Start, f.End); err != nil {
		return fmt.Errorf("insert flag %s: %w", f.Kind, err)
	}
	return nil
}

// optionalID is id as a query argument, NULL when it is 0 (none).
func optionalID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// ExportFlags streams the flags report in flag id order, one callback per
// row and constant memory, honouring the filter's Article, Language (the
// claim's, or the article's for an article-level flag) and Kind (the flag
// kind). Relation does not apply to flags.
func (db *DB) ExportFlags(ctx context.Context, f claims.ReportFilter, fn func(claims.FlagRow) error) error {
	var where conds
	where.article(f.Article, "a")
	where.add(f.Language != "", "COALESCE(c.language, a.language) = ?", f.Language)
	where.add(f.Kind != "", "fl.kind = ?", f.Kind)
	err := db.stream(ctx, `SELECT fl.id, fl.article_id, a.origin, COALESCE(fl.claim_id, 0),
		fl.kind, fl.evidence, fl.note, fl.start, fl."end", a.title
		FROM flags fl JOIN articles a ON a.id = fl.article_id
		LEFT JOIN claims c ON c.id = fl.claim_id`+where.sql()+` ORDER BY fl.id`, where.args,
		func(rows *sql.Rows) error {
			var r claims.FlagRow
			if err := rows.Scan(&r.FlagID, &r.ArticleID, &r.Article, &r.ClaimID,
				&r.Flag.Kind, &r.Flag.Evidence, &r.Flag.Note, &r.Flag.Start, &r.Flag.End, &r.Title); err != nil {
				return err
			}
			return fn(r)
		})
	if err != nil {
		return fmt.Errorf("export flags: %w", err)
	}
	return nil
}
