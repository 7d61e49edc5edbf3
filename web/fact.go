package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/claims/story"
	"github.com/claimdesk/claimdesk/store"
)

// FactView is the model of a fact page.
type FactView struct {
	Flashes []string
	Errors  []string
	Stale   string
	Clash   *ConflictClash
	Fact    store.FactItem
	Label   string // the subject, or the story's title for its own event
	// Disputed and Agreed pick the page's buttons and colours: an agreement
	// has no "confirm conflict" and no red.
	Disputed, Agreed bool
	Statements       []StatementCard
	// Values are the fact's distinct values, each a link to its statements;
	// MoreValues counts those not listed.
	Values     []ValueChip
	MoreValues int
	AllHref    string // every statement, when the page shows one value
	Shown      string // which statements the page shows, in words
	// NextStatements and FirstStatements page through the statements.
	NextStatements  string
	FirstStatements string
	Page            statementParams
	Line            *NumberLine
	LineNarrow      *NumberLine // the same line drawn for a phone
	Back            string
	QueueHref       string
	StoryHref       string
	PrevHref        string
	NextHref        string
	NextOpen        string
	Note            string
	Evidence        string
	Resolution      string
	ResolutionHint  string // the placeholder: the fact's most stated value, as the box takes it
	Assignees       []Option
	History         []HistoryRow
}

// StatementCard is one statement on the fact page.
type StatementCard struct {
	store.FactStatement
	Parts       []TextPart
	Gloss       string
	Flags       []string // the engine's flags on its claim, in words
	Colour      string
	Main        bool // it gives the most stated value
	Outlier     bool // it stands outside the most stated value of a dispute
	Review      string
	ArticleHref string
	ClaimHref   string
	Byline      string
}

// statementReviewLabels say the statement reviews in a reviewer's words.
var statementReviewLabels = []struct{ Value, Label string }{
	{store.ReviewNone, "not reviewed"},
	{store.ReviewCorrect, "correct"},
	{store.ReviewGarbled, "garbled or mistranslated"},
	{store.ReviewOutdated, "outdated"},
	{store.ReviewOutOfScope, "out of scope"},
}

// factPage shows every statement of a fact side by side, its number line,
// and the decisions.
func (s *Server) factPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	q := r.URL.Query()
	v, err := s.factView(r.Context(), id, parseFactParams(q), parseStatementParams(q))
	if err != nil {
		s.error(w, r, err)
		return
	}
	v.Flashes = s.takeFlashes(w, r)
	s.render(w, r, http.StatusOK, factTitle(v), FactPageView(v))
}

func factTitle(v FactView) string { return v.Label + " · " + v.Fact.Attribute }

func (s *Server) factView(ctx context.Context, id int64, p factParams, sp statementParams) (FactView, error) {
	u, _ := userFrom(ctx)
	f, err := s.db.Fact(ctx, id)
	if err != nil {
		return FactView{}, err
	}
	page, err := s.db.FactStatements(ctx, id, store.StatementQuery{Value: sp.Value, After: sp.After, Limit: factStatementsPage})
	if err != nil {
		return FactView{}, err
	}
	stmts := page.Statements
	vals, nvals, err := s.db.FactValues(ctx, id)
	if err != nil {
		return FactView{}, err
	}
	users, err := s.db.Users(ctx)
	if err != nil {
		return FactView{}, err
	}
	v := FactView{Fact: f, Label: factLabel(f), Disputed: f.Status == story.Disputed,
		Agreed: f.Status == story.Agreed || f.Status == story.Single,
		Back:   p.back(), QueueHref: p.url("/"), Note: f.Note, Evidence: strings.Join(f.Evidence, "\n"),
		Resolution: f.Resolution, Page: sp, MoreValues: nvals - len(vals)}
	if f.StoryID != 0 {
		v.StoryHref = fmt.Sprintf("/stories/%d", f.StoryID)
	}
	main := mainValue(f.Values)
	v.Values = factValueChips(f, vals, v.Back, sp, main)
	v.describePage(f, vals, len(stmts), page.Next)
	if first, _, _ := strings.Cut(f.Values, " ×"); first != "" {
		v.ResolutionHint = "e.g. " + first
	}
	about := ""
	if f.Subject == "" {
		about = f.StoryTitle
	}
	for _, st := range stmts {
		c := StatementCard{FactStatement: st, Gloss: gloss(st.Facet, st.Value, about), Colour: languageColour(st.Language),
			Review: st.Review, ArticleHref: fmt.Sprintf("/articles/%d", st.ArticleID), ClaimHref: fmt.Sprintf("/claims/%d", st.ClaimID),
			Byline: articleByline(st.Title, st.Source, st.Origin)}
		c.Main = main != "" && st.Value == main
		c.Outlier = v.Disputed && main != "" && !c.Main
		sp, ok := facetSpan(st.Facet)
		if !ok {
			sp, ok = findSpan(st.Text, st.Value)
		}
		var spans []span
		if ok {
			spans = append(spans, sp)
		}
		c.Parts = markSpans(st.Text, spans)
		for _, fl := range st.Flags {
			c.Flags = append(c.Flags, flagWords(fl))
		}
		v.Statements = append(v.Statements, c)
	}
	if pts := lineOf(f, stmts, vals, sp); len(pts) > 0 {
		v.Line, v.LineNarrow = numberLine(pts, wideLine), numberLine(pts, narrowLine)
	}
	filter := p.filter(u, users)
	prev, next, err := s.db.FactNeighbours(ctx, filter, f)
	if err != nil {
		return FactView{}, err
	}
	if prev != 0 {
		v.PrevHref = factURL(prev, v.Back)
	}
	if next != 0 {
		v.NextHref = factURL(next, v.Back)
	}
	// Under any view but all, the next open fact is next, when there is one.
	open := next
	if filter.View == store.ViewAll || open == 0 {
		if open, err = s.nextOpenFact(ctx, filter, f); err != nil {
			return FactView{}, err
		}
	}
	if open != 0 {
		v.NextOpen = factURL(open, v.Back)
	}
	v.Assignees = []Option{{Value: "0", Label: "Nobody", Selected: f.AssignedID == 0}}
	for _, x := range users {
		v.Assignees = append(v.Assignees, Option{Value: itoa64(x.ID), Label: x.Name, Selected: x.ID == f.AssignedID})
	}
	if v.History, err = s.history(ctx, store.AuditFact, id); err != nil {
		return FactView{}, err
	}
	return v, nil
}

// describePage says which statements the page shows and links the pages
// around it: next after the last shown, first when this is not the first,
// and every statement when it shows one value.
func (v *FactView) describePage(f store.FactItem, vals []store.FactValue, n int, next int64) {
	sp := v.Page
	of, what := f.Statements, "statements"
	if sp.Value != "" {
		of, what = -1, "statements giving "+valuesText(sp.Value, f.Kind)
		for _, x := range vals {
			if x.Value == sp.Value {
				of = x.Statements
			}
		}
		v.AllHref = factPageURL(f.ID, v.Back, statementParams{}) + "#statements"
	}
	v.Shown = shownStatements(n, of, what, sp.After == 0)
	if sp.Value != "" {
		v.Shown += ", earliest first"
	}
	if next != 0 {
		v.NextStatements = factPageURL(f.ID, v.Back, statementParams{Value: sp.Value, After: next}) + "#statements"
	}
	if sp.After != 0 {
		v.FirstStatements = factPageURL(f.ID, v.Back, statementParams{Value: sp.Value}) + "#statements"
	}
}

// nextOpenFact is where a reviewer goes after deciding f: the open fact
// after it in the view (decided ones skipped unless the view is of decided
// facts), else the first one left.
func (s *Server) nextOpenFact(ctx context.Context, filter store.FactFilter, f store.FactItem) (int64, error) {
	if filter.View == store.ViewAll {
		filter.View = store.ViewOpen
	}
	_, next, err := s.db.FactNeighbours(ctx, filter, f)
	if err != nil || next != 0 {
		return next, err
	}
	return s.db.NextOpenFact(ctx, filter, f.ID)
}

// mainValue is the most stated value of "61 person ×5 · 52 person ×2";
// "" when no value is stated more than the others.
func mainValue(vals string) string {
	parts := strings.Split(vals, " · ")
	v, n, _ := strings.Cut(parts[0], " ×")
	if len(parts) > 1 {
		if _, n2, _ := strings.Cut(parts[1], " ×"); n2 == n {
			return ""
		}
	}
	return v
}

// flagWords says an engine flag in words: "implausible-quantity: 1.5 (a
// count of people that is not a whole number)".
func flagWords(f claims.Flag) string {
	s := f.Kind
	if f.Evidence != "" {
		s += ": " + f.Evidence
	}
	if f.Note != "" {
		s += " (" + f.Note + ")"
	}
	return s
}

// reviewLabel says a statement review in words.
func reviewLabel(r string) string {
	for _, o := range statementReviewLabels {
		if o.Value == r {
			return o.Label
		}
	}
	return r
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
