package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
)

// conds builds the WHERE clause of a report query from the filter fields
// that are set; an empty filter selects everything.
type conds struct {
	terms []string
	args  []any
}

// add appends term with its arguments when on is true.
func (c *conds) add(on bool, term string, args ...any) {
	if on {
		c.terms = append(c.terms, term)
		c.args = append(c.args, args...)
	}
}

// article restricts to the articles a ReportFilter names: an origin, or a
// numeric id (which is also tried as an origin, since origins are free text).
// alias names the articles table in the query; more than one alias means any
// of them.
func (c *conds) article(article string, aliases ...string) {
	if article == "" {
		return
	}
	id, err := strconv.ParseInt(article, 10, 64)
	var alts []string
	for _, a := range aliases {
		if err == nil {
			alts = append(alts, a+".origin = ? OR "+a+".id = ?")
			c.args = append(c.args, article, id)
		} else {
			alts = append(alts, a+".origin = ?")
			c.args = append(c.args, article)
		}
	}
	c.terms = append(c.terms, "("+strings.Join(alts, " OR ")+")")
}

// sql returns the WHERE clause, or "" when nothing filters.
func (c *conds) sql() string {
	if len(c.terms) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(c.terms, " AND ")
}

// stream runs query in a read-only transaction and calls each for every row
// as it arrives, so a report of any size holds one row in memory.
func (db *DB) stream(ctx context.Context, query string, args []any, each func(*sql.Rows) error) error {
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := each(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Counts is the size of the workbench's content, for the dashboard and the
// import summary.
type Counts struct {
	Articles          int
	Claims            int
	Flags             int
	Agreements        int
	OpenConflicts     int // conflicts no reviewer has decided yet
	ResolvedConflicts int // confirmed, dismissed or marked as mistranslation
}

// Counts returns how many articles, claims, flags, agreements and open and
// resolved conflicts are stored, read in one consistent snapshot.
func (db *DB) Counts(ctx context.Context) (Counts, error) {
	var n Counts
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return n, fmt.Errorf("counts: %w", err)
	}
	defer tx.Rollback()
	// Kept on write (migration 011): reading them costs the same at any size.
	err = tx.QueryRowContext(ctx, `SELECT
		COALESCE((SELECT n FROM tallies WHERE name = 'articles'), 0),
		COALESCE((SELECT n FROM tallies WHERE name = 'claims'), 0),
		COALESCE((SELECT n FROM tallies WHERE name = 'flags'), 0),
		(SELECT COALESCE(SUM(n), 0) FROM match_counts WHERE relation = 'agrees'),
		(SELECT COALESCE(SUM(n), 0) FROM match_counts WHERE relation = 'conflicts' AND status = 'open'),
		(SELECT COALESCE(SUM(n), 0) FROM match_counts WHERE relation = 'conflicts' AND status <> 'open')`).
		Scan(&n.Articles, &n.Claims, &n.Flags, &n.Agreements, &n.OpenConflicts, &n.ResolvedConflicts)
	if err != nil {
		return n, fmt.Errorf("counts: %w", err)
	}
	return n, nil
}
