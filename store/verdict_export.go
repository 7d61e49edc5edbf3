package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// ClaimReviewRow is a verdict with what schema.org's ClaimReview needs about
// the claim's article: where it appeared and who published it when.
type ClaimReviewRow struct {
	claims.VerdictRow
	ArticleID  int64
	ArticleURL string    // "" when the article has none
	Source     string    // outlet name; "" when unknown
	Published  time.Time // the article's date; zero when unknown
	Language   string    // the claim's
	CreatedAt  time.Time // when the verdict was first given
}

// ExportClaimReviews streams every verdict with its article's URL, outlet
// and date, in verdict id order, honouring the filter as ExportVerdicts
// does: Article (origin or id), Language (the claim's) and Kind (the
// verdict).
func (db *DB) ExportClaimReviews(ctx context.Context, f claims.ReportFilter, fn func(ClaimReviewRow) error) error {
	var where conds
	where.article(f.Article, "a")
	where.add(f.Language != "", "c.language = ?", f.Language)
	where.add(f.Kind != "", "v.verdict = ?", f.Kind)
	err := db.stream(ctx, `SELECT v.id, v.claim_id, a.origin, c.text, v.verdict, v.rationale, v.evidence,
		COALESCE(u.name, ''), v.updated_at, v.created_at, a.id, a.url, COALESCE(s.name, ''), COALESCE(a.published, ''), c.language
		FROM verdicts v JOIN claims c ON c.id = v.claim_id JOIN articles a ON a.id = c.article_id
		LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN users u ON u.id = v.reviewer`+where.sql()+` ORDER BY v.id`,
		where.args, func(rows *sql.Rows) error {
			var r ClaimReviewRow
			var evidence, updated, created, published string
			if err := rows.Scan(&r.VerdictID, &r.ClaimID, &r.Article, &r.ClaimText, &r.Verdict, &r.Rationale, &evidence,
				&r.Reviewer, &updated, &created, &r.ArticleID, &r.ArticleURL, &r.Source, &published, &r.Language); err != nil {
				return err
			}
			r.Evidence = splitLines(evidence)
			r.UpdatedAt, r.CreatedAt, r.Published = parseStamp(updated), parseStamp(created), parseStamp(published)
			return fn(r)
		})
	if err != nil {
		return fmt.Errorf("export claim reviews: %w", err)
	}
	return nil
}
