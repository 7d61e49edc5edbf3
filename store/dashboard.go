package store

import (
	"context"
	"database/sql"
	"fmt"
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

// Dashboard is the workbench at a glance.
type Dashboard struct {
	Counts
	ConflictsByStatus []NamedCount // every status of store.Statuses, in that order
	Verdicts          []NamedCount // every verdict of store.Verdicts, in that order
	Reviewers         []ReviewerCount
	HandRaised        int
	Chart             []SourceFact
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

// sourceFacts reads, for each source and fact, the matches its claims take
// part in, as kept on write (source_facts, migration 011). A conflict a
// reviewer dismissed is not a conflict and is left out.
func sourceFacts(ctx context.Context, tx *sql.Tx) ([]SourceFact, error) {
	rows, err := tx.QueryContext(ctx, `SELECT source, label, subject, attribute, conflicts, agreements
		FROM source_facts WHERE matches > 0 ORDER BY source, subject, attribute`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []SourceFact
	for rows.Next() {
		var f SourceFact
		if err := rows.Scan(&f.SourceKey, &f.Source, &f.Subject, &f.Attribute, &f.Conflicts, &f.Agreements); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}
