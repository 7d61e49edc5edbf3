package web

import (
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// ReportsView is the model of the reports page.
type ReportsView struct {
	Filter    claims.ReportFilter
	InForce   []string // the filters in force, in words
	BOM       bool
	Links     []ReportLink
	Languages []Option
	Relations []Option
	Statuses  []Option // a pair's review status or a fact's status
	Kinds     []string // suggestions for the kind box
}

// ReportLink is one download, its address carrying the filters in force.
type ReportLink struct {
	Name, Href, About, Filters string
}

// reportNames are the downloads, in the order the page lists them.
var reportNames = []struct{ Name, About, Filters string }{
	{"facts.csv", "Every fact with each statement of it, its status, decision, decider, evidence and link. The queue's “Download this view” gives the facts it lists.", "article, language, kind, status (fact)"},
	{"claims.csv", "Every claim with its figures, dates, names, roles, flags and check-worthiness.", "article, language"},
	{"matches.csv", "Every agreement and conflict between sources, with its review status, raiser, assignee and note.", "article, language, relation, kind, status (review)"},
	{"flags.csv", "Translation garble and implausible figures, per article and claim.", "article, language, kind (flag kind)"},
	{"verdicts.csv", "Reviewers' verdicts with rationale, evidence links, reviewer and time.", "article, language, kind (verdict)"},
	{"claimreview.jsonld", "The verdicts as schema.org ClaimReview JSON-LD, for search engines and partners.", "article, language, kind (verdict)"},
	{"stories.csv", "Every article with the story it belongs to and how it joined.", "article, language"},
}

// reportsPage lists the downloads with the filters in force and a form to
// change them.
func (s *Server) reportsPage(w http.ResponseWriter, r *http.Request) {
	f, bom, err := reportFilter(r.URL.Query())
	if err != nil {
		s.error(w, r, err)
		return
	}
	v := ReportsView{Filter: f, BOM: bom, Languages: languageOptions(f.Language)}
	v.Languages[0].Label = "Any language"
	v.Relations = options([]string{claims.Conflicts, claims.Agrees}, f.Relation, "Any relation")
	v.Statuses = reportStatusOptions(f.Status)
	v.Kinds = append(append(append([]string{}, matchKinds...), flagKinds...), store.Verdicts...)
	q := reportQuery(f, bom)
	for _, n := range reportNames {
		href := "/reports/" + n.Name
		q := q
		if statusApplies(n.Name, f.Status) {
			q = maps.Clone(q)
			q.Set("status", f.Status)
		}
		if enc := q.Encode(); enc != "" {
			href += "?" + enc
		}
		v.Links = append(v.Links, ReportLink{Name: n.Name, Href: href, About: n.About, Filters: n.Filters})
	}
	for _, c := range []struct{ label, value string }{
		{"article", f.Article}, {"language", languageName(f.Language)}, {"relation", f.Relation}, {"kind", f.Kind}, {"status", f.Status},
	} {
		if c.value != "" {
			v.InForce = append(v.InForce, c.label+": "+c.value)
		}
	}
	s.render(w, r, http.StatusOK, "Reports", ReportsPage(v))
}

// reportStatusOptions offers both kinds of status in one choice: a pair's
// review status (matches.csv) and a fact's status (facts.csv). Their names
// do not overlap, so one value says which report it narrows.
func reportStatusOptions(selected string) []Option {
	out := []Option{{Value: "", Label: "Any status", Selected: selected == ""}}
	for _, st := range store.FactStatuses {
		out = append(out, Option{Value: st, Label: "fact " + st, Selected: st == selected})
	}
	for _, st := range store.Statuses {
		out = append(out, Option{Value: st, Label: "pair " + st, Selected: st == selected})
	}
	return out
}

// statusApplies says whether the report name narrows by status: each link
// carries the status only to the report that knows it, so a fact status
// does not turn matches.csv into an error.
func statusApplies(name, status string) bool {
	switch {
	case status == "":
		return false
	case name == "facts.csv":
		return slices.Contains(store.FactStatuses, status)
	case name == "matches.csv":
		return slices.Contains(store.Statuses, status)
	}
	return false
}

// flagKinds are the flag kinds the engine raises, offered as kind filters.
var flagKinds = []string{claims.FlagMixedScript, claims.FlagOrphanMark, claims.FlagRunTogether,
	claims.FlagGarbledName, claims.FlagImplausible, claims.FlagUnknownName}

// reportFilter reads the filters of a report URL. A language or relation the
// workbench does not know is EINVALID rather than an empty report, so a
// mistyped link says so; bom is on unless bom=0 (Excel needs it to read
// Bengali and Devanagari).
func reportFilter(q url.Values) (f claims.ReportFilter, bom bool, err error) {
	f = claims.ReportFilter{
		Article:  strings.TrimSpace(q.Get("article")),
		Language: strings.TrimSpace(q.Get("language")),
		Relation: strings.TrimSpace(q.Get("relation")),
		Kind:     strings.TrimSpace(q.Get("kind")),
		// The facts report's own filters (the queue's "Download this view").
		Status:       strings.TrimSpace(q.Get("status")),
		View:         strings.TrimSpace(q.Get("view")),
		FactLanguage: strings.TrimSpace(q.Get("fact_language")),
		Source:       strings.TrimSpace(q.Get("source")),
		AssignedTo:   strings.TrimSpace(q.Get("assigned_to")),
		DecidedBy:    strings.TrimSpace(q.Get("decided_by")),
	}
	if s := q.Get("story"); s != "" {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil || id <= 0 {
			return f, true, claims.Errorf(claims.EINVALID, "story must be a story's number, not %q.", s)
		}
		f.Story = id
	}
	if f.Language != "" && languageName(f.Language) == f.Language {
		return f, true, claims.Errorf(claims.EINVALID, "Unknown language %q: use bn, mr, hi or en.", f.Language)
	}
	if f.Relation != "" && f.Relation != claims.Conflicts && f.Relation != claims.Agrees {
		return f, true, claims.Errorf(claims.EINVALID, "Unknown relation %q: use conflicts or agrees.", f.Relation)
	}
	if len(f.Article) > 500 || len(f.Kind) > 64 {
		return f, true, claims.Errorf(claims.EINVALID, "The article or kind filter is too long.")
	}
	switch q.Get("bom") {
	case "", "1", "true", "on":
		bom = true
	case "0", "false", "off":
		bom = false
	default:
		return f, true, claims.Errorf(claims.EINVALID, "bom must be 1 or 0.")
	}
	return f, bom, nil
}

// reportQuery encodes the filters back into a URL query, leaving out empty
// ones and the default BOM so links stay short and stable.
func reportQuery(f claims.ReportFilter, bom bool) url.Values {
	q := url.Values{}
	for k, v := range map[string]string{"article": f.Article, "language": f.Language, "relation": f.Relation, "kind": f.Kind} {
		if v != "" {
			q.Set(k, v)
		}
	}
	if !bom {
		q.Set("bom", "0")
	}
	return q
}
