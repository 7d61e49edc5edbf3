package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// ClaimView is the model of the claim page.
type ClaimView struct {
	Flashes     []string
	Errors      []string // why the verdict form was refused (shown in red)
	Stale       string   // why a verdict save was refused: someone else saved first
	Page        store.ClaimPage
	Parts       []TextPart
	ArticleHref string
	Worth       string
	Facets      []FacetRow
	Conflicts   []RelatedRow
	Agreements  []RelatedRow
	Verdict     VerdictForm
	History     []HistoryRow
}

// FacetRow is one fact extracted from the claim.
type FacetRow struct {
	Kind    string // quantity, date, entity, role
	Written string // as written in the claim
	Value   string // canonical
	Note    string // "garbled", "guessed", "relative"
}

// RelatedRow is a claim of another source that agrees or conflicts with this
// one.
type RelatedRow struct {
	MatchHref, ClaimHref   string
	Kind, Subject, Status  string
	Mine, Theirs           string // the two canonical values
	Source, Language, Text string
}

// VerdictForm is the verdict form's state: what is saved, or what the
// reviewer typed when the save was refused.
type VerdictForm struct {
	Options   []Option
	Rationale string
	Evidence  string
	Version   int
	Saved     store.Verdict
}

// claimPage shows one claim in its context with its facts, flags, related
// claims and verdict.
func (s *Server) claimPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v, err := s.claimView(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v.Flashes = s.takeFlashes(w, r)
	s.render(w, r, http.StatusOK, claimPageTitle(v.Page), ClaimPageView(v))
}

func (s *Server) claimView(ctx context.Context, id int64) (ClaimView, error) {
	p, err := s.db.ClaimPage(ctx, id)
	if err != nil {
		return ClaimView{}, err
	}
	c := p.Claim
	v := ClaimView{
		Page:        p,
		ArticleHref: fmt.Sprintf("/articles/%d", p.ArticleID),
		Worth:       fmt.Sprintf("%.0f%%", c.Score*100),
	}
	var spans []span
	for _, q := range c.Quantities {
		spans = append(spans, span{q.Start, q.End})
		v.Facets = append(v.Facets, FacetRow{Kind: "quantity", Written: q.Text, Value: quantityLabel(q), Note: boolNote(q.Vague, "vague")})
	}
	for _, d := range c.Dates {
		spans = append(spans, span{d.Start, d.End})
		v.Facets = append(v.Facets, FacetRow{Kind: "date", Written: d.Text, Value: d.ISO, Note: boolNote(d.Relative, "relative")})
	}
	seen := map[string]bool{}
	for _, e := range c.Entities {
		// A name written the same way twice is one fact to check.
		if seen[e.Name+"|"+e.Text] {
			continue
		}
		seen[e.Name+"|"+e.Text] = true
		note := boolNote(e.Garbled, "garbled")
		if e.Guessed {
			note = strings.TrimSpace(note + " guessed")
		}
		v.Facets = append(v.Facets, FacetRow{Kind: e.Kind, Written: e.Text, Value: e.Name, Note: note})
	}
	for _, ro := range c.Roles {
		spans = append(spans, span{ro.Start, ro.End})
		v.Facets = append(v.Facets, FacetRow{Kind: "role", Written: ro.Text, Value: ro.Person + " = " + ro.Role})
	}
	v.Parts = markSpans(c.Text, spans)
	for _, m := range p.Matches {
		row := RelatedRow{
			MatchHref: fmt.Sprintf("/conflicts/%d", m.MatchID),
			ClaimHref: fmt.Sprintf("/claims/%d", m.B.ClaimID),
			Kind:      m.Kind, Subject: m.Subject, Status: m.Status,
			Mine: m.A.Value, Theirs: m.B.Value,
			Source: sourceLabel(m.B), Language: m.B.Language, Text: m.B.Text,
		}
		if m.Relation == claims.Agrees {
			v.Agreements = append(v.Agreements, row)
		} else {
			v.Conflicts = append(v.Conflicts, row)
		}
	}
	v.Verdict = verdictForm(p.Verdict, p.Verdict.Verdict, strings.Join(p.Verdict.Evidence, "\n"), p.Verdict.Rationale)
	if v.History, err = s.history(ctx, store.AuditClaim, id); err != nil {
		return ClaimView{}, err
	}
	return v, nil
}

func verdictForm(saved store.Verdict, chosen, evidence, rationale string) VerdictForm {
	f := VerdictForm{Saved: saved, Version: saved.Version, Rationale: rationale, Evidence: evidence}
	for _, o := range store.Verdicts {
		f.Options = append(f.Options, Option{Value: o, Label: o, Selected: o == chosen})
	}
	return f
}

// quantityLabel is the canonical form of a figure: qualifier, value, unit,
// what is counted.
func quantityLabel(q claims.Quantity) string {
	s := q.String()
	if q.Counted != "" && !strings.Contains(s, q.Counted) {
		s += " " + q.Counted
	}
	return s
}

func boolNote(b bool, note string) string {
	if b {
		return note
	}
	return ""
}

// saveVerdict records the verdict form. A stale version shows the claim as
// it is now, with the reviewer's own text kept in the form.
func (s *Server) saveVerdict(w http.ResponseWriter, r *http.Request) {
	u, _ := userFrom(r.Context())
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	version, err := formVersion(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	ch := store.VerdictChange{
		Version:   version,
		Verdict:   r.PostFormValue("verdict"),
		Rationale: r.PostFormValue("rationale"),
		Evidence:  store.SplitURLs(r.PostFormValue("evidence")),
	}
	_, err = s.db.SetVerdict(r.Context(), u, id, ch)
	var stale *store.StaleVerdictError
	if errors.As(err, &stale) || claims.ErrorCode(err) == claims.EINVALID {
		// Show the page again with what the reviewer typed, so nothing they
		// wrote is lost.
		v, verr := s.claimView(r.Context(), id)
		if verr != nil {
			s.error(w, r, verr)
			return
		}
		status := http.StatusBadRequest
		if stale != nil {
			status = http.StatusConflict
			v.Stale = stale.Error()
		} else {
			v.Errors = []string{claims.ErrorMessage(err)}
		}
		v.Verdict = verdictForm(v.Page.Verdict, ch.Verdict, r.PostFormValue("evidence"), ch.Rationale)
		s.render(w, r, status, claimPageTitle(v.Page), ClaimPageView(v))
		return
	} else if err != nil {
		s.error(w, r, err)
		return
	}
	s.flash(w, r, "Verdict saved: "+ch.Verdict+".")
	http.Redirect(w, r, fmt.Sprintf("/claims/%d", id), http.StatusSeeOther)
}

// claimPageTitle names a claim by the number reviewers type to pair it (#47),
// not its place in its article, which a reader could take for that number.
func claimPageTitle(p store.ClaimPage) string {
	return fmt.Sprintf("Claim #%d · no. %d of %s", p.ClaimID, p.Claim.Ordinal, articleName(p.Title, p.Article))
}
