package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/claims/story"
)

// ExportMatches streams the matches report in match id order, one callback
// per row and constant memory, honouring the filter's Article and Language
// (either side), Relation and Kind.
func (db *DB) ExportMatches(ctx context.Context, f claims.ReportFilter, fn func(claims.MatchRow) error) error {
	if err := validMatchFilter(f); err != nil {
		return err
	}
	where := matchesReportWhere(f)
	err := db.stream(ctx, matchesReportQuery(where), where.args,
		func(rows *sql.Rows) error {
			var r claims.MatchRow
			m := &r.Match
			var dataA, dataB, evidence, decided string
			if err := rows.Scan(&r.MatchID, &m.Relation, &m.Kind, &m.Subject, &m.Attribute, &m.Reason, &r.Status,
				&r.RaisedBy, &r.AssignedTo, &r.Note, &r.FactID,
				&m.A.Value, &dataA, &m.A.ClaimID, &m.A.ArticleID, &m.A.Origin, &m.A.Text, &m.A.Score,
				&m.B.Value, &dataB, &m.B.ClaimID, &m.B.ArticleID, &m.B.Origin, &m.B.Text, &m.B.Score,
				&r.TitleA, &r.TitleB, &evidence, &decided); err != nil {
				return err
			}
			// Who decided a pair is the last change of its status in the
			// audit log (the table keeps no decider of its own).
			r.DecidedBy, r.DecidedAt, _ = strings.Cut(decided, "\x1f")
			r.Evidence = splitLines(evidence)
			r.Link = fmt.Sprintf("%s/conflicts/%d", f.LinkBase, r.MatchID)
			for _, side := range []struct {
				data string
				ref  *claims.FacetRef
			}{{dataA, &m.A}, {dataB, &m.B}} {
				if err := fillFacet(side.ref, side.data, m); err != nil {
					return fmt.Errorf("match %d: %w", r.MatchID, err)
				}
			}
			return fn(r)
		})
	if err != nil {
		return fmt.Errorf("export matches: %w", err)
	}
	return nil
}

// matchesReportWhere is the matches report's filter under f.
func matchesReportWhere(f claims.ReportFilter) conds {
	var where conds
	where.article(f.Article, "aa", "ab")
	where.add(f.Language != "", "(ca.language = ? OR cb.language = ?)", f.Language, f.Language)
	// The report streams in id order: +m.relation, +m.kind and +m.status
	// keep the planner from reading a relation's or a status's matches from
	// matches_rank or matches_queue, which would sort them all (every column
	// of millions of rows) before the first byte goes out; the id-order scan
	// filters them as it streams (TestMatchesReportPlan).
	where.add(f.Relation != "", "+m.relation = ?", f.Relation)
	where.add(f.Kind != "", "+m.kind = ?", f.Kind)
	where.add(f.Status != "", "+m.status = ?", f.Status)
	return where
}

// matchesReportQuery is the matches report's query under where, in match
// id order.
func matchesReportQuery(where conds) string {
	return `SELECT m.id, m.relation, m.kind, m.subject, m.attribute, m.reason, m.status,
		COALESCE(ur.name, ''), COALESCE(ua.name, ''), m.note, COALESCE(m.fact_id, 0),
		m.value_a, COALESCE(fa.data, ''), ca.id, ca.article_id, aa.origin, ca.text, ca.score,
		m.value_b, COALESCE(fb.data, ''), cb.id, cb.article_id, ab.origin, cb.text, cb.score,
		aa.title, ab.title, m.evidence,
		CASE WHEN m.status = 'open' THEN '' ELSE COALESCE((SELECT l.username || char(31) || l.at FROM audit_log l
			WHERE l.entity = 'match' AND l.entity_id = m.id AND l.action = 'status' ORDER BY l.id DESC LIMIT 1), '') END
		FROM matches m
		JOIN claims ca ON ca.id = m.claim_a JOIN articles aa ON aa.id = ca.article_id
		JOIN claims cb ON cb.id = m.claim_b JOIN articles ab ON ab.id = cb.article_id
		LEFT JOIN facets fa ON fa.id = m.facet_a
		LEFT JOIN facets fb ON fb.id = m.facet_b
		LEFT JOIN users ua ON ua.id = m.assigned_to
		LEFT JOIN users ur ON ur.id = m.raised_by` + where.sql() + ` ORDER BY m.id`
}

// validMatchFilter refuses a relation or kind no match can have, so a typo
// ("conflict") says so instead of giving an empty report.
func validMatchFilter(f claims.ReportFilter) error {
	switch f.Relation {
	case "", claims.Agrees, claims.Conflicts, story.Differs:
	default:
		return claims.Errorf(claims.EINVALID, "Unknown relation %q: use %s, %s or %s.", f.Relation, claims.Agrees, claims.Conflicts, story.Differs)
	}
	switch f.Kind {
	case "", claims.KindQuantity, claims.KindRole, claims.KindDate, claims.KindPlace, claims.KindName:
	default:
		return claims.Errorf(claims.EINVALID, "Unknown match kind %q: use %s, %s, %s, %s or %s.", f.Kind,
			claims.KindQuantity, claims.KindRole, claims.KindDate, claims.KindPlace, claims.KindName)
	}
	// For matches, status is the review status of the pair.
	if f.Status != "" && !validStatus(f.Status) {
		return claims.Errorf(claims.EINVALID, "Unknown match status %q: use %s.", f.Status, strings.Join(Statuses, ", "))
	}
	return nil
}

// fillFacet completes one side of a match: from the stored facet when the
// engine found it, from the match row when a reviewer raised it by hand. The
// value stays the one the match recorded.
func fillFacet(ref *claims.FacetRef, data string, m *claims.Match) error {
	value := ref.Value
	if data != "" {
		if err := unmarshalFacet([]byte(data), &ref.Facet); err != nil {
			return err
		}
	} else {
		ref.Facet = claims.Facet{Kind: m.Kind, Subject: m.Subject, Attribute: m.Attribute}
	}
	ref.Value = value
	return nil
}
