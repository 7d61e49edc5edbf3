package web

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/claimdesk/claimdesk/store"
)

// factParams are the queue of facts' filters as they appear in the URL
// (a public interface: bookmarks and the dashboard link to them). A fact
// page carries them, so j/k and "next" walk the same view.
type factParams struct {
	Story        int64
	Status       string // a fact status
	Kind         string
	Language     string
	Source       string
	AssignedToMe bool
	DecidedBy    string // a user name
	View         string // store.ViewOpen (""), store.ViewDecided, store.ViewAll
	After        string // keyset cursor of the page
}

// parseFactParams reads the filters, dropping values the form does not
// offer, so a hand-edited URL shows a wider view rather than failing.
func parseFactParams(q url.Values) factParams {
	p := factParams{Source: q.Get("source"), AssignedToMe: q.Get("assigned") == "me", DecidedBy: q.Get("decided_by"), After: q.Get("after")}
	if id, err := strconv.ParseInt(q.Get("story"), 10, 64); err == nil && id > 0 {
		p.Story = id
	}
	if oneOf(q.Get("status"), store.FactStatuses...) {
		p.Status = q.Get("status")
	}
	if oneOf(q.Get("kind"), matchKinds...) {
		p.Kind = q.Get("kind")
	}
	for _, l := range languages {
		if q.Get("language") == l.Code {
			p.Language = l.Code
		}
	}
	if oneOf(q.Get("view"), store.ViewDecided, store.ViewAll) {
		p.View = q.Get("view")
	}
	return p
}

// Values encodes the filters, leaving out empty ones.
func (p factParams) Values() url.Values {
	v := url.Values{}
	set := func(k, val string) {
		if val != "" {
			v.Set(k, val)
		}
	}
	if p.Story != 0 {
		v.Set("story", itoa64(p.Story))
	}
	set("status", p.Status)
	set("kind", p.Kind)
	set("language", p.Language)
	set("source", p.Source)
	if p.AssignedToMe {
		v.Set("assigned", "me")
	}
	set("decided_by", p.DecidedBy)
	set("view", p.View)
	set("after", p.After)
	return v
}

// url is path under these filters, from the first page.
func (p factParams) url(path string) string {
	p.After = ""
	if q := p.Values().Encode(); q != "" {
		return path + "?" + q
	}
	return path
}

// back is the filters a fact page carries, without the page.
func (p factParams) back() string {
	p.After = ""
	return p.Values().Encode()
}

// filter turns the params into the store's filter for user u; users maps
// names to ids for decided_by (an unknown name matches nothing).
func (p factParams) filter(u store.User, users []store.User) store.FactFilter {
	f := store.FactFilter{Story: p.Story, Status: p.Status, Kind: p.Kind, Language: p.Language, Source: p.Source, View: p.View}
	if p.AssignedToMe {
		f.AssignedTo = u.ID
	}
	if p.DecidedBy != "" {
		f.DecidedBy = -1
		for _, x := range users {
			if x.Name == p.DecidedBy {
				f.DecidedBy = x.ID
			}
		}
	}
	return f
}

// download is the facts report of exactly this view.
func (p factParams) download(u store.User) string {
	q := url.Values{}
	set := func(k, val string) {
		if val != "" {
			q.Set(k, val)
		}
	}
	if p.Story != 0 {
		q.Set("story", itoa64(p.Story))
	}
	set("status", p.Status)
	set("kind", p.Kind)
	set("fact_language", p.Language)
	set("source", p.Source)
	if p.AssignedToMe {
		q.Set("assigned_to", u.Name)
	}
	set("decided_by", p.DecidedBy)
	view := p.View
	if view == "" {
		view = "open"
	}
	q.Set("view", view)
	return "/reports/facts.csv?" + q.Encode()
}

// backFactParams reads the filters a form carried in its "back" field.
func backFactParams(r *http.Request) factParams {
	q, _ := url.ParseQuery(r.PostFormValue("back"))
	return parseFactParams(q)
}
