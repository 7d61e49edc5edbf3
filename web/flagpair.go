package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// FlagPairView is the model of the page where a reviewer flags a pair of
// claims by hand.
type FlagPairView struct {
	Error   string
	Claim   store.ClaimPage
	Other   *store.ClaimPage // the claim picked, once picked
	Query   string           // the search for the other claim
	Results []SearchRow      // claims of other articles matching Query
	Form    FlagPairForm
	Kinds   []Option
	// Subjects are the names either claim mentions, offered for the subject.
	Subjects []string
	Action   string
}

// FlagPairForm is what the reviewer typed, kept when a save is refused.
type FlagPairForm struct {
	OtherClaim, Relation, Kind, ValueA, ValueB, Note string
	Subject, Attribute                               string // the fact both claims state
}

// flagPairPick sends the article page's "flag a pair" form to the chosen
// claim's flag page.
func (s *Server) flagPairPick(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.URL.Query().Get("claim"), 10, 64)
	if err != nil || id <= 0 {
		s.error(w, r, claims.Errorf(claims.EINVALID, "Pick a claim to flag."))
		return
	}
	http.Redirect(w, r, fmt.Sprintf("/claims/%d/flag-pair", id), http.StatusSeeOther)
}

// flagPairPage shows claim A, a search for claim B among other articles, and
// the pair form.
func (s *Server) flagPairPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	q := r.URL.Query()
	form := FlagPairForm{OtherClaim: q.Get("other"), Relation: claims.Conflicts, Kind: claims.KindQuantity}
	v, err := s.flagPairView(r.Context(), id, q.Get("q"), form)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "Flag a pair", FlagPairPage(v))
}

func (s *Server) flagPairView(ctx context.Context, id int64, query string, form FlagPairForm) (FlagPairView, error) {
	c, err := s.db.ClaimPage(ctx, id)
	if err != nil {
		return FlagPairView{}, err
	}
	v := FlagPairView{Claim: c, Query: strings.TrimSpace(query), Form: form, Action: fmt.Sprintf("/claims/%d/flag-pair", id)}
	for _, k := range store.ManualKinds {
		v.Kinds = append(v.Kinds, Option{Value: k, Label: k, Selected: k == form.Kind})
	}
	if other, err := strconv.ParseInt(form.OtherClaim, 10, 64); err == nil && other > 0 {
		o, err := s.db.ClaimPage(ctx, other)
		if err == nil {
			v.Other = &o
		} else if claims.ErrorCode(err) != claims.ENOTFOUND {
			return FlagPairView{}, err
		}
	}
	seen := map[string]bool{}
	for _, p := range []*store.ClaimPage{&v.Claim, v.Other} {
		if p == nil {
			continue
		}
		for _, e := range p.Claim.Entities {
			if !seen[e.Name] {
				seen[e.Name] = true
				v.Subjects = append(v.Subjects, e.Name)
			}
		}
	}
	if v.Form.ValueA == "" && v.Form.ValueB == "" && v.Form.Subject == "" && v.Form.Attribute == "" {
		if err := s.suggestValues(ctx, &v); err != nil {
			return FlagPairView{}, err
		}
	}
	if v.Query != "" {
		rows, err := s.db.SearchClaims(ctx, v.Query, 20)
		if claims.ErrorCode(err) == claims.EINVALID {
			v.Error = claims.ErrorMessage(err)
		} else if err != nil {
			return FlagPairView{}, err
		}
		q := readSearch(v.Query)
		for _, row := range rows {
			if row.ArticleID == c.ArticleID {
				continue // a pair needs two sources
			}
			sr := searchRow(row, q)
			p := url.Values{"q": {v.Query}, "other": {itoa64(row.ClaimID)}}
			sr.PickHref = v.Action + "?" + p.Encode()
			v.Results = append(v.Results, sr)
		}
	}
	return v, nil
}

// flagPair stores the pair as an open match raised by the reviewer and goes
// to it; a refused pair shows the form again with what was typed.
func (s *Server) flagPair(w http.ResponseWriter, r *http.Request) {
	u, _ := userFrom(r.Context())
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	form := FlagPairForm{
		OtherClaim: strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(r.PostFormValue("other_claim")), "#")),
		Relation:   r.PostFormValue("relation"),
		Kind:       r.PostFormValue("kind"),
		ValueA:     r.PostFormValue("value_a"),
		ValueB:     r.PostFormValue("value_b"),
		Note:       r.PostFormValue("note"),
		Subject:    strings.TrimSpace(r.PostFormValue("subject")),
		Attribute:  strings.TrimSpace(r.PostFormValue("attribute")),
	}
	other, _ := strconv.ParseInt(form.OtherClaim, 10, 64)
	var matchID int64
	if form.Subject == "" || form.Attribute == "" {
		// The form asks for both: a pair without them cannot be told apart
		// from any other hand-raised pair in the queue.
		err = claims.Errorf(claims.EINVALID, "Name the fact the two claims state: its subject (North Korea) and attribute (soldier count).")
	} else {
		matchID, err = s.db.FlagPair(r.Context(), u, store.ManualPair{
			ClaimA: id, ClaimB: other, Relation: form.Relation, Kind: form.Kind,
			ValueA: form.ValueA, ValueB: form.ValueB, Subject: form.Subject, Attribute: form.Attribute, Note: form.Note,
		})
	}
	if code := claims.ErrorCode(err); code == claims.EINVALID || code == claims.ECONFLICT {
		v, verr := s.flagPairView(r.Context(), id, "", form)
		if verr != nil {
			s.error(w, r, verr)
			return
		}
		v.Error = claims.ErrorMessage(err)
		status := http.StatusBadRequest
		if code == claims.ECONFLICT {
			status = http.StatusConflict
		}
		s.render(w, r, status, "Flag a pair", FlagPairPage(v))
		return
	} else if err != nil {
		s.error(w, r, err)
		return
	}
	word := "conflict"
	if form.Relation == claims.Agrees {
		word = "agreement"
	}
	s.flash(w, r, "Flagged by hand: the "+word+" is now in the queue.")
	http.Redirect(w, r, fmt.Sprintf("/conflicts/%d", matchID), http.StatusSeeOther)
}

// pageSource names a claim's article by its outlet, or its origin.
func pageSource(p store.ClaimPage) string {
	return articleByline(p.Title, p.Source, p.Article)
}

// suggestValues pre-fills the form from the facts the engine found in each
// claim, so the reviewer corrects a suggestion instead of typing from
// scratch: a fact both claims state (same subject and attribute) first, then
// two facts of one kind (two figures, two titles); the subject falls back to
// a name both claims mention. Without claim B, claim A's first fact gives
// the subject and attribute.
func (s *Server) suggestValues(ctx context.Context, v *FlagPairView) error {
	fa, err := s.db.Facets(ctx, v.Claim.ClaimID)
	if err != nil {
		return err
	}
	var fb []claims.Facet
	if v.Other != nil {
		if fb, err = s.db.Facets(ctx, v.Other.ClaimID); err != nil {
			return err
		}
	}
	a, b, ok := pairFacets(fa, fb)
	switch {
	case ok:
		v.Form.Kind, v.Form.ValueA, v.Form.ValueB = a.Kind, a.Value, b.Value
		v.Form.Subject, v.Form.Attribute = a.Subject, a.Attribute
		for i := range v.Kinds {
			v.Kinds[i].Selected = v.Kinds[i].Value == a.Kind
		}
	case v.Other == nil && len(fa) > 0:
		v.Form.Subject, v.Form.Attribute = fa[0].Subject, fa[0].Attribute
	}
	if v.Form.Subject == "" && v.Other != nil {
		v.Form.Subject = sharedEntity(v.Claim.Claim.Entities, v.Other.Claim.Entities)
	}
	return nil
}

// pairFacets picks the facets of two claims to set side by side: the same
// key (subject and attribute) if they share one, else the same kind.
func pairFacets(fa, fb []claims.Facet) (a, b claims.Facet, ok bool) {
	for _, x := range fa {
		for _, y := range fb {
			if x.Key != "" && x.Key == y.Key {
				return x, y, true
			}
		}
	}
	for _, x := range fa {
		for _, y := range fb {
			if x.Kind == y.Kind {
				return x, y, true
			}
		}
	}
	return a, b, false
}

// sharedEntity is the first name both claims mention, or "".
func sharedEntity(a, b []claims.Entity) string {
	for _, x := range a {
		for _, y := range b {
			if x.Name != "" && x.Name == y.Name {
				return x.Name
			}
		}
	}
	return ""
}
