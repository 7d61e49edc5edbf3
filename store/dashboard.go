package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// NamedCount is one bar of a breakdown: a label and how many.
type NamedCount struct {
	Name  string
	Count int
}

// ReviewerCount is how many verdicts one reviewer gave, by verdict.
type ReviewerCount struct {
	Reviewer  string // "" for verdicts of a removed user
	Total     int
	ByVerdict map[string]int
}

// SourceFact is one cell of the sources-against-facts chart: how often a
// source's claims agree and conflict with other sources on one fact.
type SourceFact struct {
	Source     string // outlet name, or the title (else origin) of an article without one
	SourceKey  string // what the queue's source filter matches: the outlet name, or the origin
	Subject    string // the facet's subject: "Kim Jong Un"
	Attribute  string // the facet's attribute: "role", "soldier count"
	Conflicts  int    // conflicts not dismissed by a reviewer
	Agreements int
}

// Chart limits: beyond these the sources-against-facts chart stops being
// readable, so it shows the sources and facts with the most conflicts,
// then the most matches.
const (
	ChartMaxSources = 16
	ChartMaxFacts   = 14
)

// SourceFactChart is what the sources-against-facts chart draws: the
// busiest sources and the most disputed facts, in that order, the cells
// where they meet, and the largest counts of those cells, which shading
// is measured against.
type SourceFactChart struct {
	Sources                     []ChartSource
	Facts                       []ChartFact
	MoreSources, MoreFacts      int // how many were left out
	Cells                       []SourceFact
	MaxConflicts, MaxAgreements int
}

// ChartSource is one source down the side of the chart.
type ChartSource struct {
	Key   string // what the queue's source filter matches
	Label string // what a reviewer reads
}

// ChartFact is one fact across the top of the chart.
type ChartFact struct {
	Subject, Attribute string
}

// Dashboard is the workbench at a glance.
type Dashboard struct {
	Counts
	ConflictsByStatus []NamedCount // every status of store.Statuses, in that order
	Verdicts          []NamedCount // every verdict of store.Verdicts, in that order
	Reviewers         []ReviewerCount
	HandRaised        int
	Chart             SourceFactChart
}

// Dashboard returns the counts, breakdowns and chart cells of the dashboard,
// read in one consistent snapshot from what the database keeps on write.
func (db *DB) Dashboard(ctx context.Context) (Dashboard, error) {
	var d Dashboard
	var err error
	if d.Counts, err = db.Counts(ctx); err != nil {
		return d, err
	}
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return d, fmt.Errorf("dashboard: %w", err)
	}
	defer tx.Rollback()
	if d.ConflictsByStatus, err = countsIn(ctx, tx, Statuses,
		`SELECT status, SUM(n) FROM match_counts WHERE relation = 'conflicts' GROUP BY status`); err != nil {
		return d, fmt.Errorf("dashboard: %w", err)
	}
	if d.Verdicts, err = countsIn(ctx, tx, Verdicts, `SELECT verdict, COUNT(*) FROM verdicts GROUP BY verdict`); err != nil {
		return d, fmt.Errorf("dashboard: %w", err)
	}
	if d.Reviewers, err = reviewerCounts(ctx, tx); err != nil {
		return d, fmt.Errorf("dashboard: %w", err)
	}
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(SUM(n), 0) FROM match_counts WHERE raised = 1`).Scan(&d.HandRaised); err != nil {
		return d, fmt.Errorf("dashboard: %w", err)
	}
	if d.Chart, err = sourceFacts(ctx, tx); err != nil {
		return d, fmt.Errorf("dashboard: %w", err)
	}
	return d, nil
}

// countsIn runs a two-column (name, count) query and returns a count for
// every name of order, zero when the query has none.
func countsIn(ctx context.Context, tx *sql.Tx, order []string, query string) ([]NamedCount, error) {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	got := map[string]int{}
	for rows.Next() {
		var name string
		var n int
		if err := rows.Scan(&name, &n); err != nil {
			return nil, err
		}
		got[name] = n
	}
	out := make([]NamedCount, len(order))
	for i, name := range order {
		out[i] = NamedCount{Name: name, Count: got[name]}
	}
	return out, rows.Err()
}

func reviewerCounts(ctx context.Context, tx *sql.Tx) ([]ReviewerCount, error) {
	rows, err := tx.QueryContext(ctx, `SELECT COALESCE(u.name, ''), v.verdict, COUNT(*)
		FROM verdicts v LEFT JOIN users u ON u.id = v.reviewer
		GROUP BY 1, 2 ORDER BY 1, 2`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ReviewerCount
	for rows.Next() {
		var name, verdict string
		var n int
		if err := rows.Scan(&name, &verdict, &n); err != nil {
			return nil, err
		}
		if len(out) == 0 || out[len(out)-1].Reviewer != name {
			out = append(out, ReviewerCount{Reviewer: name, ByVerdict: map[string]int{}})
		}
		r := &out[len(out)-1]
		r.ByVerdict[verdict] += n
		r.Total += n
	}
	return out, rows.Err()
}

// sourceFacts reads the chart from what is kept on write: sources and
// facts ranked by their conflicts, then all their matches, then name, from
// their totals (chart_sources, chart_facts, migration 026) in the order of
// their rank indexes; then only the cells where the chosen ones meet
// (source_facts, migration 011), whose largest counts scale the colours. A
// conflict a reviewer dismissed is not a conflict and is left out.
func sourceFacts(ctx context.Context, tx *sql.Tx) (SourceFactChart, error) {
	var ch SourceFactChart
	var sources, facts int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM chart_sources WHERE cells > 0),
		(SELECT COUNT(*) FROM chart_facts WHERE cells > 0)`).Scan(&sources, &facts); err != nil {
		return ch, err
	}
	err := scanAll(ctx, tx, `SELECT source, label FROM chart_sources WHERE cells > 0
		ORDER BY conflicts DESC, conflicts + agreements DESC, source LIMIT ?`, []any{ChartMaxSources},
		func(rows *sql.Rows) error {
			var c ChartSource
			if err := rows.Scan(&c.Key, &c.Label); err != nil {
				return err
			}
			ch.Sources = append(ch.Sources, c)
			return nil
		})
	if err != nil {
		return ch, err
	}
	err = scanAll(ctx, tx, `SELECT subject, attribute FROM chart_facts WHERE cells > 0
		ORDER BY conflicts DESC, conflicts + agreements DESC, subject || ' · ' || attribute LIMIT ?`, []any{ChartMaxFacts},
		func(rows *sql.Rows) error {
			var f ChartFact
			if err := rows.Scan(&f.Subject, &f.Attribute); err != nil {
				return err
			}
			ch.Facts = append(ch.Facts, f)
			return nil
		})
	if err != nil || len(ch.Sources) == 0 || len(ch.Facts) == 0 {
		return ch, err
	}
	ch.MoreSources, ch.MoreFacts = sources-len(ch.Sources), facts-len(ch.Facts)
	var args []any
	for _, src := range ch.Sources {
		args = append(args, src.Key)
	}
	for _, f := range ch.Facts {
		args = append(args, f.Subject, f.Attribute)
	}
	err = scanAll(ctx, tx, `SELECT source, label, subject, attribute, conflicts, agreements FROM source_facts
		WHERE matches > 0 AND source IN (?`+strings.Repeat(", ?", len(ch.Sources)-1)+`)
		AND (subject, attribute) IN (VALUES (?, ?)`+strings.Repeat(", (?, ?)", len(ch.Facts)-1)+`)`, args,
		func(rows *sql.Rows) error {
			var c SourceFact
			if err := rows.Scan(&c.SourceKey, &c.Source, &c.Subject, &c.Attribute, &c.Conflicts, &c.Agreements); err != nil {
				return err
			}
			ch.Cells = append(ch.Cells, c)
			ch.MaxConflicts, ch.MaxAgreements = max(ch.MaxConflicts, c.Conflicts), max(ch.MaxAgreements, c.Agreements)
			return nil
		})
	return ch, err
}

// scanAll runs query and calls scan on each row.
func scanAll(ctx context.Context, tx *sql.Tx, query string, args []any, scan func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
