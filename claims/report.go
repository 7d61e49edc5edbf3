package claims

import "time"

// ReportFilter narrows a report (CSV export, report download). Empty fields
// do not filter.
type ReportFilter struct {
	Article  string // an article's origin, or its numeric id
	Language string // ISO 639-1
	Relation string // Agrees or Conflicts (matches)
	Kind     string // match kind or flag kind
	Status   string // fact status: single, agreed, disputed, evolving, revised (facts)
	Story    int64  // a story's id (facts); 0 does not filter
	// The queue of facts' own filters, so "Download this view" gives exactly
	// the facts the queue lists (facts; every statement of each).
	View         string // "" every fact; open (the queue's default: open facts, disputed, revised or evolving unless Status says), decided, all
	FactLanguage string // facts with a statement in this language
	Source       string // facts with a statement from this outlet name or origin
	AssignedTo   string // a user name
	DecidedBy    string // a user name
	// LinkBase is not a filter: the address the reports' link column
	// starts with (the server's base URL); "" leaves links as paths
	// ("/facts/12") for the reader to put behind their own address.
	LinkBase string
}

// ClaimRow is one row of the claims report.
type ClaimRow struct {
	ClaimID   int64
	ArticleID int64
	Article   string // origin
	Title     string // the article's title ("" when it has none)
	Claim     Claim
}

// MatchRow is one row of the matches report: a match as stored, with its
// review state.
type MatchRow struct {
	MatchID    int64
	Match      Match
	Status     string // open, confirmed, dismissed, mistranslation
	RaisedBy   string // reviewer who flagged it by hand; "" when the engine found it
	AssignedTo string
	Note       string
	// TitleA and TitleB are the titles of the two claims' articles.
	TitleA, TitleB string
	FactID         int64  // the fact the match was derived from; 0 for a pair raised by hand
	DecidedBy      string // who set its review status last; "" while it is open
	DecidedAt      string // when, RFC 3339 UTC; "" while it is open
	Evidence       []string
	Link           string // the pair's page (a derived pair's leads to its fact)
}

// FlagRow is one row of the flags report.
type FlagRow struct {
	FlagID    int64
	ArticleID int64
	Article   string // origin
	Title     string // the article's title
	ClaimID   int64  // 0 for an article-level flag
	Flag      Flag
}

// VerdictRow is one row of the verdicts report: a reviewer's verdict on a claim.
type VerdictRow struct {
	VerdictID int64
	ClaimID   int64
	Article   string // origin
	Title     string // the article's title
	ClaimText string
	Verdict   string // supported, refuted, misleading, unverifiable, mistranslated
	Rationale string
	Evidence  []string // URLs
	Reviewer  string
	UpdatedAt time.Time
}
