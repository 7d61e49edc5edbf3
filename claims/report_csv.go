package claims

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"
)

// The column names of the CSV reports. They are a public interface: scripts
// and spreadsheets read them by name, so never rename or reorder these; new
// columns go at the end.
var (
	ClaimsColumns = []string{"claim_id", "article", "language", "ordinal", "text",
		"quantities", "dates", "entities", "roles", "flags",
		"score", "start", "end", "title"}
	MatchesColumns = []string{"match_id", "relation", "kind", "subject", "attribute",
		"article_a", "claim_a", "value_a", "text_a",
		"article_b", "claim_b", "value_b", "text_b",
		"status", "reason", "raised_by", "assigned_to", "note", "title_a", "title_b", "fact_id",
		"decided_by", "decided_at", "evidence", "link"}
	FlagsColumns    = []string{"flag_id", "article", "claim_id", "kind", "evidence", "note", "title"}
	VerdictsColumns = []string{"verdict_id", "claim_id", "article", "claim_text", "verdict",
		"rationale", "evidence", "reviewer", "updated_at", "title"}
)

// ListSeparator joins the items of a list cell (quantities, entities, ...).
const ListSeparator = "; "

// csvBOM is the UTF-8 byte-order mark: Excel needs it to read Bengali and
// Devanagari in a CSV file as UTF-8 rather than as the local code page.
const csvBOM = "\ufeff"

// reportCSV streams one report: the optional BOM and the header go out
// before the first row (or at Flush when there are no rows), then one record
// per Write. Memory stays constant: encoding/csv buffers a few KB at most.
type reportCSV struct {
	out     io.Writer
	w       *csv.Writer
	bom     bool
	header  []string
	started bool
	err     error
	record  []string // reused between rows
}

func newReportCSV(w io.Writer, withBOM bool, header []string) *reportCSV {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // RFC 4180 ends records with CRLF; Excel expects it
	return &reportCSV{out: w, w: cw, bom: withBOM, header: header,
		record: make([]string, 0, len(header))}
}

// start writes the BOM and the header once.
func (r *reportCSV) start() error {
	if r.started {
		return r.err
	}
	r.started = true
	if r.bom {
		// Straight to the underlying writer: csv.Writer would quote nothing
		// here, but the BOM is not a cell and must precede its buffer.
		if _, err := io.WriteString(r.out, csvBOM); err != nil {
			r.err = err
			return err
		}
	}
	r.err = r.w.Write(r.header)
	return r.err
}

// write writes one record built by the caller into r.record.
func (r *reportCSV) write() error {
	if err := r.start(); err != nil {
		return err
	}
	return r.w.Write(r.record)
}

// flush writes the header if no row came, and flushes buffered rows.
func (r *reportCSV) flush() error {
	if err := r.start(); err != nil {
		return err
	}
	r.w.Flush()
	return r.w.Error()
}

// text appends a free-text cell, defused against formula injection.
func (r *reportCSV) text(s string) { r.record = append(r.record, SafeCell(s)) }

// int appends a numeric cell; 0 stands for "none" when zeroEmpty is set
// (an article-level flag has no claim).
func (r *reportCSV) int(n int64, zeroEmpty bool) {
	if n == 0 && zeroEmpty {
		r.record = append(r.record, "")
		return
	}
	r.record = append(r.record, strconv.FormatInt(n, 10))
}

// SafeCell defuses a spreadsheet formula: a cell starting with =, +, -, @, a
// tab or a carriage return is prefixed with a single quote, which Excel,
// LibreOffice and Google Sheets read as "text, not a formula" (OWASP's CSV
// injection advice). Figures such as "-5 km" are free text in a report
// (quantities, values) and get the quote too: a spreadsheet must never
// evaluate a cell that came from a scraped page. Numeric columns the writer
// formats itself (ids, ordinals, offsets, scores) are never negative and are
// not passed through SafeCell.
func SafeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// ClaimsCSV writes the claims report. Make one with WriteClaimsCSV, call
// Write for each row as the store streams it, then Flush.
type ClaimsCSV struct{ r *reportCSV }

// WriteClaimsCSV returns a writer of the claims report to w, starting with the
// UTF-8 BOM when bom is set. Nothing is written before the first Write or
// Flush.
func WriteClaimsCSV(w io.Writer, bom bool) *ClaimsCSV {
	return &ClaimsCSV{newReportCSV(w, bom, ClaimsColumns)}
}

// Write writes one claim.
func (c *ClaimsCSV) Write(row ClaimRow) error {
	r, cl := c.r, &row.Claim
	r.record = r.record[:0]
	r.int(row.ClaimID, false)
	r.text(row.Article)
	r.text(cl.Language)
	r.int(int64(cl.Ordinal), false)
	r.text(cl.Text)
	r.text(QuantitiesCell(cl.Quantities))
	r.text(DatesCell(cl.Dates))
	r.text(EntitiesCell(cl.Entities))
	r.text(RolesCell(cl.Roles))
	r.text(FlagKindsCell(cl.Flags))
	r.record = append(r.record, strconv.FormatFloat(cl.Score, 'f', 2, 64))
	r.int(int64(cl.Start), false)
	r.int(int64(cl.End), false)
	r.text(row.Title)
	return r.write()
}

// Flush writes the header if no row came and flushes what is buffered; its
// error is the first error of any Write.
func (c *ClaimsCSV) Flush() error { return c.r.flush() }

// MatchesCSV writes the matches report: one row per agreement or conflict.
type MatchesCSV struct{ r *reportCSV }

// WriteMatchesCSV returns a writer of the matches report to w.
func WriteMatchesCSV(w io.Writer, bom bool) *MatchesCSV {
	return &MatchesCSV{newReportCSV(w, bom, MatchesColumns)}
}

// Write writes one match.
func (c *MatchesCSV) Write(row MatchRow) error {
	r, m := c.r, &row.Match
	r.record = r.record[:0]
	r.int(row.MatchID, false)
	r.text(m.Relation)
	r.text(m.Kind)
	r.text(m.Subject)
	r.text(m.Attribute)
	for _, side := range [2]*FacetRef{&m.A, &m.B} {
		r.text(side.Origin)
		r.int(side.ClaimID, true)
		r.text(side.Value)
		r.text(side.Text)
	}
	r.text(row.Status)
	r.text(m.Reason)
	r.text(row.RaisedBy)
	r.text(row.AssignedTo)
	r.text(row.Note)
	r.text(row.TitleA)
	r.text(row.TitleB)
	r.int(row.FactID, true)
	r.text(row.DecidedBy)
	r.text(row.DecidedAt)
	r.text(strings.Join(row.Evidence, ListSeparator))
	r.text(row.Link)
	return r.write()
}

// Flush writes the header if no row came and flushes what is buffered.
func (c *MatchesCSV) Flush() error { return c.r.flush() }

// FlagsCSV writes the flags report.
type FlagsCSV struct{ r *reportCSV }

// WriteFlagsCSV returns a writer of the flags report to w.
func WriteFlagsCSV(w io.Writer, bom bool) *FlagsCSV {
	return &FlagsCSV{newReportCSV(w, bom, FlagsColumns)}
}

// Write writes one flag; claim_id is empty for an article-level flag.
func (c *FlagsCSV) Write(row FlagRow) error {
	r := c.r
	r.record = r.record[:0]
	r.int(row.FlagID, false)
	r.text(row.Article)
	r.int(row.ClaimID, true)
	r.text(row.Flag.Kind)
	r.text(row.Flag.Evidence)
	r.text(row.Flag.Note)
	r.text(row.Title)
	return r.write()
}

// Flush writes the header if no row came and flushes what is buffered.
func (c *FlagsCSV) Flush() error { return c.r.flush() }

// VerdictsCSV writes the verdicts report.
type VerdictsCSV struct{ r *reportCSV }

// WriteVerdictsCSV returns a writer of the verdicts report to w.
func WriteVerdictsCSV(w io.Writer, bom bool) *VerdictsCSV {
	return &VerdictsCSV{newReportCSV(w, bom, VerdictsColumns)}
}

// Write writes one verdict; updated_at is RFC 3339 in UTC.
func (c *VerdictsCSV) Write(row VerdictRow) error {
	r := c.r
	r.record = r.record[:0]
	r.int(row.VerdictID, false)
	r.int(row.ClaimID, false)
	r.text(row.Article)
	r.text(row.ClaimText)
	r.text(row.Verdict)
	r.text(row.Rationale)
	r.text(strings.Join(row.Evidence, ListSeparator))
	r.text(row.Reviewer)
	if row.UpdatedAt.IsZero() {
		r.record = append(r.record, "")
	} else {
		r.record = append(r.record, row.UpdatedAt.UTC().Format(time.RFC3339))
	}
	r.text(row.Title)
	return r.write()
}

// Flush writes the header if no row came and flushes what is buffered.
func (c *VerdictsCSV) Flush() error { return c.r.flush() }
