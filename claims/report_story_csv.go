package claims

import (
	"io"
	"strings"
)

// Columns of the stories and facts reports: a public interface like the
// others (report_csv.go); new columns go at the end.
var (
	StoriesColumns = []string{"story_id", "title", "article", "language", "published", "joined_by"}
	FactsColumns   = []string{"fact_id", "story_id", "status", "kind", "subject", "attribute",
		"article", "claim_id", "value", "as_of", "said_by", "text",
		"reason", "values", "decision", "assigned_to", "note",
		"title", "decided_by", "decided_at", "evidence", "link"}
)

// StoryRow is one row of the stories report: an article and the story it
// belongs to.
type StoryRow struct {
	StoryID   int64
	Title     string
	Article   string // origin
	Language  string
	Published string // ISO date, "" when unknown
	JoinedBy  string // the shared signals that made it join, or "new story"
}

// FactRow is one row of the facts report: a statement and its fact.
type FactRow struct {
	FactID     int64
	StoryID    int64 // 0 for an entity fact (a person's title across stories)
	Status     string
	Kind       string
	Subject    string
	Attribute  string
	Article    string // origin
	ClaimID    int64
	Value      string
	AsOf       string
	SaidBy     string
	Text       string
	Reason     string // why the fact has its status
	Values     string // the fact's distinct values with counts: "61 ×5 · 52 ×2"
	Decision   string // open, confirmed, dismissed, mistranslation, resolved
	AssignedTo string
	Note       string
	Title      string // the statement's article's title
	DecidedBy  string // who took the fact's decision; "" while it is open
	DecidedAt  string // when, RFC 3339 UTC; "" while it is open
	Evidence   []string
	Link       string // the fact's page
}

// StoriesCSV writes the stories report.
type StoriesCSV struct{ r *reportCSV }

// WriteStoriesCSV returns a writer of the stories report to w.
func WriteStoriesCSV(w io.Writer, bom bool) *StoriesCSV {
	return &StoriesCSV{newReportCSV(w, bom, StoriesColumns)}
}

// Write writes one article of a story.
func (c *StoriesCSV) Write(row StoryRow) error {
	r := c.r
	r.record = r.record[:0]
	r.int(row.StoryID, false)
	r.text(row.Title)
	r.text(row.Article)
	r.text(row.Language)
	r.text(row.Published)
	r.text(row.JoinedBy)
	return r.write()
}

// Flush writes the header if no row came and flushes what is buffered.
func (c *StoriesCSV) Flush() error { return c.r.flush() }

// FactsCSV writes the facts report.
type FactsCSV struct{ r *reportCSV }

// WriteFactsCSV returns a writer of the facts report to w.
func WriteFactsCSV(w io.Writer, bom bool) *FactsCSV {
	return &FactsCSV{newReportCSV(w, bom, FactsColumns)}
}

// Write writes one statement of a fact.
func (c *FactsCSV) Write(row FactRow) error {
	r := c.r
	r.record = r.record[:0]
	r.int(row.FactID, false)
	r.int(row.StoryID, true)
	r.text(row.Status)
	r.text(row.Kind)
	r.text(row.Subject)
	r.text(row.Attribute)
	r.text(row.Article)
	r.int(row.ClaimID, true)
	r.text(row.Value)
	r.text(row.AsOf)
	r.text(row.SaidBy)
	r.text(row.Text)
	r.text(row.Reason)
	r.text(row.Values)
	r.text(row.Decision)
	r.text(row.AssignedTo)
	r.text(row.Note)
	r.text(row.Title)
	r.text(row.DecidedBy)
	r.text(row.DecidedAt)
	r.text(strings.Join(row.Evidence, ListSeparator))
	r.text(row.Link)
	return r.write()
}

// Flush writes the header if no row came and flushes what is buffered.
func (c *FactsCSV) Flush() error { return c.r.flush() }
