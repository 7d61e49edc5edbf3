package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
)

// Review statuses of a match.
const (
	StatusOpen           = "open"
	StatusConfirmed      = "confirmed"
	StatusDismissed      = "dismissed"
	StatusMistranslation = "mistranslation"
)

// Statuses lists the review statuses in the order pages show them.
var Statuses = []string{StatusOpen, StatusConfirmed, StatusDismissed, StatusMistranslation}

// QueueFilter narrows the review queue. Empty fields do not filter.
type QueueFilter struct {
	Relation   string // claims.Conflicts (the default queue) or claims.Agrees
	Kind       string // claims.KindQuantity, ...
	Language   string // either claim's language
	Source     string // either article's outlet name or origin
	Status     string // StatusOpen, ...
	AssignedTo int64  // a user's id
	// Subject and Attribute narrow the queue to one fact ("North Korea",
	// "soldier count"), as a dashboard cell links to it.
	Subject, Attribute string
}

// QueueSide is one of the two claims of a queue row.
type QueueSide struct {
	ClaimID   int64
	ArticleID int64
	Origin    string
	Source    string // outlet name; "" when unknown
	Title     string // the article's title; "" when it has none
	Language  string
	Text      string
	Value     string // the canonical value this claim states
	Score     float64
}

// QueueItem is one row of the review queue: a match between two claims.
type QueueItem struct {
	MatchID    int64
	Relation   string
	Kind       string
	Subject    string
	Attribute  string
	Status     string
	AssignedTo string
	RaisedBy   string
	Version    int
	Worth      float64 // the higher check-worthiness of the two claims
	A, B       QueueSide
}

// queueFrom joins a match to both claims, their articles and outlets, and the
// users named on it; every queue query shares it so filters mean the same.
const queueFrom = ` FROM matches m
	JOIN claims ca ON ca.id = m.claim_a
	JOIN articles aa ON aa.id = ca.article_id
	LEFT JOIN sources sa ON sa.id = aa.source_id
	JOIN claims cb ON cb.id = m.claim_b
	JOIN articles ab ON ab.id = cb.article_id
	LEFT JOIN sources sb ON sb.id = ab.source_id
	LEFT JOIN users ua ON ua.id = m.assigned_to
	LEFT JOIN users ur ON ur.id = m.raised_by`

// queueOrder puts open items first, then the most check-worthy, in the
// ascending keys of the matches_rank index (not_open is status <> 'open',
// neg_worth minus m.worth, the higher score of the two claims, kept on the
// match), so a page is read from the index in order.
const queueOrder = ` ORDER BY m.not_open, m.neg_worth, m.id`

// where builds the WHERE clause; skip names a field left out, so counts per
// status can ignore the status filter.
func (f QueueFilter) where(skip string) (string, []any) {
	conds := []string{"m.relation = ?"}
	rel := f.Relation
	if rel == "" {
		rel = claims.Conflicts
	}
	args := []any{rel}
	if f.Kind != "" && skip != "kind" {
		conds = append(conds, "m.kind = ?")
		args = append(args, f.Kind)
	}
	if f.Status != "" && skip != "status" {
		// not_open says the same to the matches_rank index, which then
		// seeks to the status's half of the queue.
		conds = append(conds, "m.status = ?", "m.not_open = ?")
		args = append(args, f.Status, f.Status != StatusOpen)
	}
	if f.Language != "" {
		conds = append(conds, "(ca.language = ? OR cb.language = ?)")
		args = append(args, f.Language, f.Language)
	}
	if f.Source != "" {
		conds = append(conds, "(sa.name = ? OR sb.name = ? OR aa.origin = ? OR ab.origin = ?)")
		args = append(args, f.Source, f.Source, f.Source, f.Source)
	}
	if f.AssignedTo != 0 {
		conds = append(conds, "m.assigned_to = ?")
		args = append(args, f.AssignedTo)
	}
	if f.Subject != "" {
		conds = append(conds, "m.subject = ?")
		args = append(args, f.Subject)
	}
	if f.Attribute != "" {
		conds = append(conds, "m.attribute = ?")
		args = append(args, f.Attribute)
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// Queue returns up to limit queue rows after skipping offset, open first and
// ranked by check-worthiness.
func (db *DB) Queue(ctx context.Context, f QueueFilter, limit, offset int) ([]QueueItem, error) {
	where, args := f.where("")
	q := queueColumns + queueFrom + where + queueOrder + ` LIMIT ? OFFSET ?`
	return db.queueRows(ctx, q, append(args, limit, offset))
}

// QueueAfter returns up to limit queue rows that follow the match after in
// the queue's order (from the top when after is 0), and whether more rows
// follow them. It reads one page from the matches_rank index, skipping
// nothing and counting nothing, however deep the page: the cursor is the
// row-value of after's index keys, and "more" is one row past the page.
func (db *DB) QueueAfter(ctx context.Context, f QueueFilter, after int64, limit int) ([]QueueItem, bool, error) {
	var rank []any
	if after != 0 {
		var notOpen int
		var negWorth float64
		err := db.read.QueryRowContext(ctx, `SELECT not_open, neg_worth FROM matches WHERE id = ?`, after).Scan(&notOpen, &negWorth)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, false, claims.Errorf(claims.ENOTFOUND, "No conflict %d to page after.", after)
		} else if err != nil {
			return nil, false, fmt.Errorf("queue after %d: %w", after, err)
		}
		rank = []any{notOpen, negWorth, after}
	}
	q, args := f.pageQuery(rank, limit+1)
	items, err := db.queueRows(ctx, q, args)
	if err != nil {
		return nil, false, err
	}
	if len(items) > limit {
		return items[:limit], true, nil
	}
	return items, false, nil
}

// pageQuery is QueueAfter's query: limit rows of the queue under f, after
// rank (the keys of the matches_rank index: not open, minus worth, id) when
// rank is not nil.
func (f QueueFilter) pageQuery(rank []any, limit int) (string, []any) {
	where, args := f.where("")
	if rank != nil {
		cond, rargs := f.beyond(">", rank)
		where += cond
		args = append(args, rargs...)
	}
	return queueColumns + queueFrom + where + queueOrder + ` LIMIT ?`, append(args, limit)
}

func (db *DB) queueRows(ctx context.Context, q string, args []any) ([]QueueItem, error) {
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	defer rows.Close()
	var out []QueueItem
	for rows.Next() {
		var it QueueItem
		if err := scanQueueItem(rows, &it); err != nil {
			return nil, fmt.Errorf("queue: %w", err)
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// queueColumns selects what a QueueItem holds, in scanQueueItem's order;
// queueFrom supplies the joins.
const queueColumns = `SELECT m.id, m.relation, m.kind, m.subject, m.attribute, m.status, m.version,
		COALESCE(ua.name, ''), COALESCE(ur.name, ''), MAX(ca.score, cb.score),
		ca.id, aa.id, aa.origin, COALESCE(sa.name, ''), ca.language, ca.text, m.value_a, ca.score,
		cb.id, ab.id, ab.origin, COALESCE(sb.name, ''), cb.language, cb.text, m.value_b, cb.score,
		aa.title, ab.title`

// rowScanner is what *sql.Row and *sql.Rows offer.
type rowScanner interface {
	Scan(dest ...any) error
}

// scanQueueItem reads into it one row selected by queueColumns, and into
// extra any columns the query added after them.
func scanQueueItem(row rowScanner, it *QueueItem, extra ...any) error {
	dest := append([]any{&it.MatchID, &it.Relation, &it.Kind, &it.Subject, &it.Attribute, &it.Status, &it.Version,
		&it.AssignedTo, &it.RaisedBy, &it.Worth,
		&it.A.ClaimID, &it.A.ArticleID, &it.A.Origin, &it.A.Source, &it.A.Language, &it.A.Text, &it.A.Value, &it.A.Score,
		&it.B.ClaimID, &it.B.ArticleID, &it.B.Origin, &it.B.Source, &it.B.Language, &it.B.Text, &it.B.Value, &it.B.Score,
		&it.A.Title, &it.B.Title},
		extra...)
	return row.Scan(dest...)
}

// QueueCounts is how many queue rows each status and kind holds under a
// filter (each count ignores its own field's filter, so the numbers say what
// choosing that value would show).
type QueueCounts struct {
	Total    int
	ByStatus map[string]int
	ByKind   map[string]int
}

// keptCounts reports whether the counts under f are kept: when it narrows
// by nothing but relation, kind, status and a language (queue_counts) or a
// source (queue_source_counts).
func (f QueueFilter) keptCounts() bool {
	return (f.Source == "" || f.Language == "") && f.AssignedTo == 0 && f.Subject == "" && f.Attribute == ""
}

// countFrom is what counting needs to join: the claims and articles only
// when the filter looks at them, so plain counts run on the matches index.
func (f QueueFilter) countFrom() string {
	if f.Language != "" || f.Source != "" {
		return queueFrom
	}
	return ` FROM matches m`
}

// CountQueue counts the queue under f. Under the filters a reviewer picks
// most (relation, kind, status, and a language or a source) it reads the
// counts the database keeps on write, the same few rows at any size; a
// narrower filter (a language and a source, an assignee, one fact) counts
// its rows.
func (db *DB) CountQueue(ctx context.Context, f QueueFilter) (QueueCounts, error) {
	if f.keptCounts() {
		return db.keptQueueCounts(ctx, f)
	}
	return db.countQueueRows(ctx, f)
}

// keptQueueCounts reads the counts under f from queue_counts, or from
// queue_source_counts under a source: each row is one kind and status, so
// each tab's count leaves out its own field's filter by summing over it.
func (db *DB) keptQueueCounts(ctx context.Context, f QueueFilter) (QueueCounts, error) {
	c := QueueCounts{ByStatus: map[string]int{}, ByKind: map[string]int{}}
	rel := f.Relation
	if rel == "" {
		rel = claims.Conflicts
	}
	q, key := `SELECT kind, status, n FROM queue_counts WHERE relation = ? AND language = ? AND n > 0`, f.Language
	if f.Source != "" {
		q, key = `SELECT kind, status, n FROM queue_source_counts WHERE relation = ? AND source = ? AND n > 0`, f.Source
	}
	rows, err := db.read.QueryContext(ctx, q, rel, key)
	if err != nil {
		return c, fmt.Errorf("count queue: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var kind, status string
		var n int
		if err := rows.Scan(&kind, &status, &n); err != nil {
			return c, fmt.Errorf("count queue: %w", err)
		}
		kindOK, statusOK := f.Kind == "" || kind == f.Kind, f.Status == "" || status == f.Status
		if kindOK {
			c.ByStatus[status] += n
		}
		if statusOK {
			c.ByKind[kind] += n
		}
		if kindOK && statusOK {
			c.Total += n
		}
	}
	if err := rows.Err(); err != nil {
		return c, fmt.Errorf("count queue: %w", err)
	}
	return c, nil
}

// countQueueRows counts the queue's rows under f.
func (db *DB) countQueueRows(ctx context.Context, f QueueFilter) (QueueCounts, error) {
	c := QueueCounts{ByStatus: map[string]int{}, ByKind: map[string]int{}}
	from := f.countFrom()
	for _, g := range []struct {
		field string
		into  map[string]int
	}{{"status", c.ByStatus}, {"kind", c.ByKind}} {
		where, args := f.where(g.field)
		rows, err := db.read.QueryContext(ctx, `SELECT m.`+g.field+`, COUNT(*)`+from+where+` GROUP BY m.`+g.field, args...)
		if err != nil {
			return c, fmt.Errorf("count queue: %w", err)
		}
		for rows.Next() {
			var k string
			var n int
			if err := rows.Scan(&k, &n); err != nil {
				rows.Close()
				return c, fmt.Errorf("count queue: %w", err)
			}
			g.into[k] = n
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return c, fmt.Errorf("count queue: %w", err)
		}
	}
	where, args := f.where("")
	if err := db.read.QueryRowContext(ctx, `SELECT COUNT(*)`+from+where, args...).Scan(&c.Total); err != nil {
		return c, fmt.Errorf("count queue: %w", err)
	}
	return c, nil
}

// QueueNeighbours returns the match ids before and after id in the queue
// under f (0 when there is none, or when id is not in that queue). Each side
// is a top-1 read of the matches_rank index from the row's keys (not open,
// minus worth, id), forwards or backwards, so nothing is numbered or sorted.
func (db *DB) QueueNeighbours(ctx context.Context, f QueueFilter, id int64) (prev, next int64, err error) {
	where, args := f.where("")
	var notOpen int
	var negWorth float64
	err = db.read.QueryRowContext(ctx, `SELECT m.not_open, m.neg_worth`+queueFrom+where+` AND m.id = ?`,
		append(args, id)...).Scan(&notOpen, &negWorth)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, nil
	} else if err != nil {
		return 0, 0, fmt.Errorf("queue neighbours of %d: %w", id, err)
	}
	for _, into := range []*int64{&next, &prev} {
		q, qargs := f.neighbourQuery([]any{notOpen, negWorth, id}, into == &prev)
		err := db.read.QueryRowContext(ctx, q, qargs...).Scan(into)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return 0, 0, fmt.Errorf("queue neighbours of %d: %w", id, err)
		}
	}
	return prev, next, nil
}

// neighbourQuery is QueueNeighbours' query for one side: the id of the row
// right after rank (the keys of the matches_rank index) in the queue's
// order under f, or right before it when before is set.
func (f QueueFilter) neighbourQuery(rank []any, before bool) (string, []any) {
	where, args := f.where("")
	cmp, order := ">", queueOrder
	if before {
		cmp, order = "<", ` ORDER BY m.not_open DESC, m.neg_worth DESC, m.id DESC`
	}
	cond, rargs := f.beyond(cmp, rank)
	return `SELECT m.id` + queueFrom + where + cond + order + ` LIMIT 1`, append(args, rargs...)
}

// beyond is the condition that a row comes after (cmp ">") or before ("<")
// rank in the queue's order, in the form the matches_rank index seeks by: a
// row value over the index's columns that follow those the filter holds
// equal (a status filter holds not_open).
func (f QueueFilter) beyond(cmp string, rank []any) (string, []any) {
	if f.Status != "" {
		return ` AND (m.neg_worth, m.id) ` + cmp + ` (?, ?)`, rank[1:]
	}
	return ` AND (m.not_open, m.neg_worth, m.id) ` + cmp + ` (?, ?, ?)`, rank
}

// SourceChoice is one choice of the source filter: Value is what the filter
// matches (the outlet's name, or the origin of an article without one), Label
// what a reviewer reads (the outlet, or that article's title).
type SourceChoice struct {
	Value, Label string
}

// maxUnsourcedChoices bounds the articles without an outlet that the
// source filter lists by origin: the newest ones. Older origins still
// filter when given (a link from a report or the dashboard).
const maxUnsourcedChoices = 500

// QueueSources lists the sources the source filter accepts, by label: every
// outlet, and the origins of the newest articles without one. It reads the
// sources table and an index, never every article.
func (db *DB) QueueSources(ctx context.Context) ([]SourceChoice, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT value, MIN(label) FROM (
			SELECT name AS value, name AS label FROM sources
			UNION ALL
			SELECT origin, COALESCE(NULLIF(title, ''), origin) FROM (
				SELECT origin, title FROM articles WHERE source_id IS NULL ORDER BY id DESC LIMIT ?))
		GROUP BY value ORDER BY 2, 1`, maxUnsourcedChoices)
	if err != nil {
		return nil, fmt.Errorf("queue sources: %w", err)
	}
	defer rows.Close()
	var out []SourceChoice
	for rows.Next() {
		var s SourceChoice
		if err := rows.Scan(&s.Value, &s.Label); err != nil {
			return nil, fmt.Errorf("queue sources: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
