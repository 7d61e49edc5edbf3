package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/claims/story"
)

// ExportStories streams the stories report, one row per article in story
// order, honouring the filter's Article, Language and Story.
func (db *DB) ExportStories(ctx context.Context, f claims.ReportFilter, fn func(claims.StoryRow) error) error {
	var where conds
	where.add(true, "a.story_id IS NOT NULL")
	where.article(f.Article, "a")
	where.add(f.Language != "", "a.language = ?", f.Language)
	where.add(f.Story != 0, "a.story_id = ?", f.Story)
	err := db.stream(ctx, `SELECT s.id, s.title, a.origin, a.language, COALESCE(a.published, ''), a.joined_by
		FROM articles a JOIN stories s ON s.id = a.story_id`+where.sql()+` ORDER BY s.id, a.id`, where.args,
		func(rows *sql.Rows) error {
			var r claims.StoryRow
			if err := rows.Scan(&r.StoryID, &r.Title, &r.Article, &r.Language, &r.Published, &r.JoinedBy); err != nil {
				return err
			}
			if len(r.Published) > 10 {
				r.Published = r.Published[:10]
			}
			return fn(r)
		})
	if err != nil {
		return fmt.Errorf("export stories: %w", err)
	}
	return nil
}

// ExportFacts streams the facts report, one row per statement in fact
// order, honouring the filter's Status, Story, Kind, Article and Language.
func (db *DB) ExportFacts(ctx context.Context, f claims.ReportFilter, fn func(claims.FactRow) error) error {
	if err := validFactStatus(f.Status); err != nil {
		return err
	}
	var where conds
	where.add(f.Status != "", "f.status = ?", f.Status)
	where.add(f.Story != 0, "f.story_id = ?", f.Story)
	where.add(f.Kind != "", "f.kind = ?", f.Kind)
	where.article(f.Article, "a")
	where.add(f.Language != "", "c.language = ?", f.Language)
	if err := db.queueConds(ctx, f, &where); err != nil {
		return err
	}
	err := db.stream(ctx, `SELECT f.id, COALESCE(f.story_id, 0), f.status, f.kind, f.subject, f.attribute,
		a.origin, st.claim_id, st.value, st.as_of, st.said_by, c.text,
		f.reason, f.vals, f.decision, COALESCE(u.name, ''), f.note,
		a.title, COALESCE(ud.name, ''), f.decided_at, f.evidence
		FROM facts f JOIN statements st ON st.fact_id = f.id
		JOIN claims c ON c.id = st.claim_id JOIN articles a ON a.id = st.article_id
		LEFT JOIN users u ON u.id = f.assigned_to
		LEFT JOIN users ud ON ud.id = f.decided_by`+where.sql()+` ORDER BY f.id, st.id`, where.args,
		func(rows *sql.Rows) error {
			var r claims.FactRow
			var evidence string
			if err := rows.Scan(&r.FactID, &r.StoryID, &r.Status, &r.Kind, &r.Subject, &r.Attribute,
				&r.Article, &r.ClaimID, &r.Value, &r.AsOf, &r.SaidBy, &r.Text,
				&r.Reason, &r.Values, &r.Decision, &r.AssignedTo, &r.Note,
				&r.Title, &r.DecidedBy, &r.DecidedAt, &evidence); err != nil {
				return err
			}
			if r.Decision == DecisionOpen {
				// A reopened fact keeps who decided it last in its history,
				// not in the report: it is undecided now.
				r.DecidedBy, r.DecidedAt = "", ""
			}
			r.Evidence = splitLines(evidence)
			r.Link = fmt.Sprintf("%s/facts/%d", f.LinkBase, r.FactID)
			return fn(r)
		})
	if err != nil {
		return fmt.Errorf("export facts: %w", err)
	}
	return nil
}

// validFactStatus refuses a status no fact can have, so a typo says so.
func validFactStatus(s string) error {
	switch s {
	case "", story.Single, story.Agreed, story.Disputed, story.Evolving, story.Revised:
		return nil
	}
	return claims.Errorf(claims.EINVALID, "Unknown fact status %q: use %s, %s, %s, %s or %s.", s,
		story.Disputed, story.Evolving, story.Revised, story.Agreed, story.Single)
}
