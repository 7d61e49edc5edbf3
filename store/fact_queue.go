package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/claims/story"
)

// Decisions a reviewer takes on a fact (facts.decision).
const (
	DecisionOpen      = "open"
	DecisionConfirmed = "confirmed" // the engine's reading stands: a dispute is real, an agreement holds
	DecisionDismissed = "dismissed" // not a conflict (same thing counted differently, other scope)
	DecisionMistrans  = "mistranslation"
	DecisionResolved  = "resolved" // resolved with the value the evidence supports
)

// FactDecisions lists the decisions in the order pages show them.
var FactDecisions = []string{DecisionOpen, DecisionConfirmed, DecisionDismissed, DecisionMistrans, DecisionResolved}

// FactStatuses lists fact statuses in the order the queue ranks them.
var FactStatuses = []string{story.Disputed, story.Revised, story.Evolving, story.Agreed, story.Single}

// Views of the queue by decision.
const (
	ViewOpen    = ""        // open facts; without a status, only those needing a decision
	ViewDecided = "decided" // facts a reviewer decided
	ViewAll     = "all"
)

// FactFilter narrows the queue of facts. Empty fields do not filter.
type FactFilter struct {
	Story      int64
	Status     string // a fact status; "" under ViewOpen means disputed, revised or evolving
	Kind       string
	Language   string // facts with a statement in this language
	Source     string // facts with a statement from this outlet name or origin
	AssignedTo int64
	DecidedBy  int64
	View       string // ViewOpen, ViewDecided, ViewAll
}

// Validate refuses a status or view no fact can have.
func (f FactFilter) Validate() error {
	if err := validFactStatus(f.Status); err != nil {
		return err
	}
	switch f.View {
	case ViewOpen, ViewDecided, ViewAll:
		return nil
	}
	return claims.Errorf(claims.EINVALID, "Unknown view %q: use decided or all.", f.View)
}

// NeedsDecision reports whether the filter shows only what still needs a
// reviewer: open facts whose sources do not simply agree.
func (f FactFilter) NeedsDecision() bool { return f.View == ViewOpen && f.Status == "" }

// conds builds the WHERE terms over facts f.
func (f FactFilter) conds() conds {
	var c conds
	switch f.View {
	case ViewOpen:
		c.add(true, "f.decision = 'open'")
		c.add(f.Status == "", "f.rank <= 2")
	case ViewDecided:
		c.add(true, "f.decision <> 'open'")
	}
	c.add(f.Status != "", "f.status = ?", f.Status)
	c.add(f.Story != 0, "f.story_id = ?", f.Story)
	c.add(f.Kind != "", "f.kind = ?", f.Kind)
	c.add(f.Language != "", "instr(' ' || f.langs || ' ', ' ' || ? || ' ') > 0", f.Language)
	c.add(f.Source != "", `EXISTS (SELECT 1 FROM statements qs JOIN articles qa ON qa.id = qs.article_id
		LEFT JOIN sources qo ON qo.id = qa.source_id WHERE qs.fact_id = f.id AND (qo.name = ? OR qa.origin = ?))`, f.Source, f.Source)
	c.add(f.AssignedTo != 0, "f.assigned_to = ?", f.AssignedTo)
	c.add(f.DecidedBy != 0, "f.decided_by = ?", f.DecidedBy)
	return c
}

// FactItem is one row of the queue of facts.
type FactItem struct {
	ID         int64
	StoryID    int64 // 0 for an entity fact
	StoryTitle string
	Kind       string
	Subject    string // "" for the story's own event ("people killed")
	Attribute  string
	Status     string
	Reason     string
	Values     string // "61 person ×5 · 52 person ×2"
	Languages  []string
	Statements int
	Dissent    int // statements outside the main group
	Worth      float64
	Decision   string
	AssignedID int64
	AssignedTo string
	DecidedBy  string
	DecidedAt  time.Time
	Resolution string
	Note       string
	Evidence   []string
	Version    int
	rank       int
}

// Cursor is where a page of the queue ends: the next page starts after it.
func (it FactItem) Cursor() string {
	return fmt.Sprintf("%d.%d.%s.%d", it.rank, it.Dissent, strconv.FormatFloat(it.Worth, 'g', -1, 64), it.ID)
}

// factCursor is a parsed Cursor.
type factCursor struct {
	rank, dissent int
	worth         float64
	id            int64
}

func parseFactCursor(s string) (factCursor, bool) {
	parts := strings.Split(s, ".")
	if len(parts) < 4 {
		return factCursor{}, false
	}
	// The worth may hold a dot of its own: the id is the last part.
	var c factCursor
	var err1, err2, err3, err4 error
	c.rank, err1 = strconv.Atoi(parts[0])
	c.dissent, err2 = strconv.Atoi(parts[1])
	c.worth, err3 = strconv.ParseFloat(strings.Join(parts[2:len(parts)-1], "."), 64)
	c.id, err4 = strconv.ParseInt(parts[len(parts)-1], 10, 64)
	return c, errors.Join(err1, err2, err3, err4) == nil
}

// factOrder is the queue's order: disputed first, then the facts most
// sources disagree on, then the most check-worthy; the facts_review index
// holds it, so a page reads its rows without sorting.
const factOrder = ` ORDER BY f.rank, f.dissent DESC, f.worth DESC, f.id`

const reverseFactOrder = ` ORDER BY f.rank DESC, f.dissent, f.worth, f.id DESC`

// keysetParts split "after c" (or "before c") in the queue's order into
// disjoint conditions, each an equality prefix and one range of
// facts_review, so every one seeks straight to its rows: a single OR of
// them would make SQLite read every row between the start of the view and
// the cursor. Read in turn, they give the rows in order.
func keysetParts(c factCursor, forward bool) []conds {
	cmp := func(fwd, back string) string {
		if forward {
			return fwd
		}
		return back
	}
	var parts [4]conds
	parts[0].add(true, "f.rank = ? AND f.dissent = ? AND f.worth = ? AND f.id "+cmp(">", "<")+" ?", c.rank, c.dissent, c.worth, c.id)
	parts[1].add(true, "f.rank = ? AND f.dissent = ? AND f.worth "+cmp("<", ">")+" ?", c.rank, c.dissent, c.worth)
	parts[2].add(true, "f.rank = ? AND f.dissent "+cmp("<", ">")+" ?", c.rank, c.dissent)
	parts[3].add(true, "f.rank "+cmp(">", "<")+" ?", c.rank)
	return parts[:]
}

// walkFacts reads up to limit rows of sel (a SELECT ... FROM facts f ...)
// under f, after (or before) cursor c when c is not nil, in the queue's
// order (reversed before c), calling scan on each.
func (db *DB) walkFacts(ctx context.Context, sel string, f FactFilter, c *factCursor, forward bool, limit int, scan func(*sql.Rows) error) error {
	order := factOrder
	if !forward {
		order = reverseFactOrder
	}
	parts := []conds{{}}
	if c != nil {
		parts = keysetParts(*c, forward)
	}
	for _, part := range parts {
		if limit <= 0 {
			return nil
		}
		where := f.conds()
		where.terms = append(where.terms, part.terms...)
		where.args = append(where.args, part.args...)
		rows, err := db.read.QueryContext(ctx, sel+where.sql()+order+` LIMIT ?`, append(where.args, limit)...)
		if err != nil {
			return err
		}
		for rows.Next() {
			if err := scan(rows); err != nil {
				rows.Close()
				return err
			}
			limit--
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

const factColumns = `SELECT f.id, COALESCE(f.story_id, 0), COALESCE(s.title, ''), f.kind, f.subject, f.attribute,
	f.status, f.reason, f.vals, f.langs, f.statements, f.dissent, f.worth, f.decision,
	COALESCE(f.assigned_to, 0), COALESCE(ua.name, ''), COALESCE(ud.name, ''), f.decided_at,
	f.resolution, f.note, f.evidence, f.version, f.rank
	FROM facts f LEFT JOIN stories s ON s.id = f.story_id
	LEFT JOIN users ua ON ua.id = f.assigned_to LEFT JOIN users ud ON ud.id = f.decided_by`

func scanFactItem(row rowScanner, it *FactItem) error {
	var langs, decided, evidence string
	if err := row.Scan(&it.ID, &it.StoryID, &it.StoryTitle, &it.Kind, &it.Subject, &it.Attribute,
		&it.Status, &it.Reason, &it.Values, &langs, &it.Statements, &it.Dissent, &it.Worth, &it.Decision,
		&it.AssignedID, &it.AssignedTo, &it.DecidedBy, &decided, &it.Resolution, &it.Note, &evidence, &it.Version, &it.rank); err != nil {
		return err
	}
	it.Languages = strings.Fields(langs)
	it.DecidedAt = parseStamp(decided)
	it.Evidence = splitLines(evidence)
	return nil
}

// FactPage is one page of the queue of facts.
type FactPage struct {
	Items []FactItem
	// Next is the cursor of the page after this one; "" on the last page.
	Next string
}

// FactQueue returns up to limit facts under f after cursor ("" for the
// first page), in the queue's order.
func (db *DB) FactQueue(ctx context.Context, f FactFilter, after string, limit int) (FactPage, error) {
	if err := f.Validate(); err != nil {
		return FactPage{}, err
	}
	var cur *factCursor
	if after != "" {
		c, ok := parseFactCursor(after)
		if !ok {
			return FactPage{}, claims.Errorf(claims.EINVALID, "This page link is damaged: start again from the first page.")
		}
		cur = &c
	}
	var p FactPage
	err := db.walkFacts(ctx, factColumns, f, cur, true, limit+1, func(rows *sql.Rows) error {
		var it FactItem
		if err := scanFactItem(rows, &it); err != nil {
			return err
		}
		p.Items = append(p.Items, it)
		return nil
	})
	if err != nil {
		return FactPage{}, fmt.Errorf("queue of facts: %w", err)
	}
	if len(p.Items) > limit {
		p.Items = p.Items[:limit]
		p.Next = p.Items[limit-1].Cursor()
	}
	return p, nil
}

// Fact returns one fact's queue row; ENOTFOUND when there is none.
func (db *DB) Fact(ctx context.Context, id int64) (FactItem, error) {
	return factItem(ctx, db.read, id)
}

func factItem(ctx context.Context, q queryer, id int64) (FactItem, error) {
	var it FactItem
	err := scanFactItem(q.QueryRowContext(ctx, factColumns+` WHERE f.id = ?`, id), &it)
	if errors.Is(err, sql.ErrNoRows) {
		return FactItem{}, claims.Errorf(claims.ENOTFOUND, "No fact %d.", id)
	} else if err != nil {
		return FactItem{}, fmt.Errorf("fact %d: %w", id, err)
	}
	return it, nil
}

// FactNeighbours returns the facts just before and after it under f (0 when
// there is none). It works from it's place in the order whether or not it is
// still under f, so after a decision takes a fact out of the open view, next
// is the fact that followed it.
//
// Both are read in one statement: each direction is the first row of
// keysetParts' four seeks, tried in turn, where a query for each seek
// made the fact page prepare and run up to eight statements.
func (db *DB) FactNeighbours(ctx context.Context, f FactFilter, it FactItem) (prev, next int64, err error) {
	c, _ := parseFactCursor(it.Cursor())
	q, args := factNeighboursQuery(f, c)
	if err := db.read.QueryRowContext(ctx, q, args...).Scan(&prev, &next); err != nil {
		return 0, 0, fmt.Errorf("facts beside %d: %w", it.ID, err)
	}
	return prev, next, nil
}

// factNeighboursQuery reads the ids of the facts before and after c under f.
func factNeighboursQuery(f FactFilter, c factCursor) (string, []any) {
	var sel []string
	var args []any
	for _, forward := range []bool{false, true} {
		order := factOrder
		if !forward {
			order = reverseFactOrder
		}
		var arms []string
		for _, part := range keysetParts(c, forward) {
			where := f.conds()
			where.terms = append(where.terms, part.terms...)
			where.args = append(where.args, part.args...)
			arms = append(arms, `(SELECT f.id FROM facts f`+where.sql()+order+` LIMIT 1)`)
			args = append(args, where.args...)
		}
		// COALESCE is the first seek that finds a fact; SQLite runs a
		// seek only when the ones before it found none.
		sel = append(sel, `COALESCE(`+strings.Join(arms, `, `)+`, 0)`)
	}
	return `SELECT ` + strings.Join(sel, ", "), args
}

// NextOpenFact returns the first fact under f other than id: where a
// reviewer goes when the facts after id are done; 0 when none is left.
func (db *DB) NextOpenFact(ctx context.Context, f FactFilter, id int64) (int64, error) {
	where := f.conds()
	where.add(true, "f.id <> ?", id)
	var next int64
	err := db.read.QueryRowContext(ctx, `SELECT f.id FROM facts f`+where.sql()+factOrder+` LIMIT 1`, where.args...).Scan(&next)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	} else if err != nil {
		return 0, fmt.Errorf("next open fact: %w", err)
	}
	return next, nil
}

// FactCounts is how many facts each status and decision holds, as kept by
// the database on every write (fact_counts): reading it costs the same at
// any size.
type FactCounts struct {
	Open    map[string]int // open facts by status
	Decided map[string]int // decided facts by status
}

// NeedsDecision is how many open facts are disputed, revised or evolving.
func (c FactCounts) NeedsDecision() int {
	return c.Open[story.Disputed] + c.Open[story.Revised] + c.Open[story.Evolving]
}

// CountFacts returns the kept counts of facts.
func (db *DB) CountFacts(ctx context.Context) (FactCounts, error) {
	c := FactCounts{Open: map[string]int{}, Decided: map[string]int{}}
	rows, err := db.read.QueryContext(ctx, `SELECT status, decision, n FROM fact_counts WHERE n > 0`)
	if err != nil {
		return c, fmt.Errorf("count facts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var status, decision string
		var n int
		if err := rows.Scan(&status, &decision, &n); err != nil {
			return c, fmt.Errorf("count facts: %w", err)
		}
		if decision == DecisionOpen {
			c.Open[status] += n
		} else {
			c.Decided[status] += n
		}
	}
	return c, rows.Err()
}
