package web

import (
	"net/http"
	"net/url"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// queueParams are the queue's filters as they appear in the URL; the conflict
// page carries them so previous/next walk the same queue.
type queueParams struct {
	Kind, Language, Source, Status, Relation string
	Subject, Attribute                       string // one fact, from a dashboard cell
	AssignedToMe                             bool
	Page                                     int
	// Pair says the pages came from the list of pairs (/conflicts): a pair's
	// page then shows the pair itself rather than sending the reviewer on
	// to the fact it belongs to.
	Pair bool
}

// Languages the workbench knows, in the order filters offer them.
var languages = []struct{ Code, Name string }{
	{"bn", "Bengali"}, {"mr", "Marathi"}, {"hi", "Hindi"}, {"en", "English"},
}

var matchKinds = []string{claims.KindQuantity, claims.KindRole, claims.KindDate, claims.KindPlace, claims.KindName}

// parseQueueParams reads the filters, ignoring values that are not ones the
// form offers (a hand-edited URL shows the whole queue rather than failing).
func parseQueueParams(q url.Values) queueParams {
	p := queueParams{Source: q.Get("source"), AssignedToMe: q.Get("assigned") == "me",
		Subject: q.Get("subject"), Attribute: q.Get("attribute"), Pair: q.Get("pair") == "1"}
	if oneOf(q.Get("kind"), matchKinds...) {
		p.Kind = q.Get("kind")
	}
	for _, l := range languages {
		if q.Get("language") == l.Code {
			p.Language = l.Code
		}
	}
	if oneOf(q.Get("status"), store.Statuses...) {
		p.Status = q.Get("status")
	}
	if q.Get("relation") == claims.Agrees {
		p.Relation = claims.Agrees
	}
	if n, ok := atoiPositive(q.Get("page")); ok {
		p.Page = n
	}
	return p
}

// Values encodes the filters back into a query, leaving out empty ones so
// URLs stay short and stable.
func (p queueParams) Values() url.Values {
	v := url.Values{}
	set := func(k, val string) {
		if val != "" {
			v.Set(k, val)
		}
	}
	set("kind", p.Kind)
	set("language", p.Language)
	set("source", p.Source)
	set("status", p.Status)
	set("relation", p.Relation)
	set("subject", p.Subject)
	set("attribute", p.Attribute)
	if p.AssignedToMe {
		v.Set("assigned", "me")
	}
	if p.Page > 1 {
		v.Set("page", itoa(p.Page))
	}
	if p.Pair {
		v.Set("pair", "1")
	}
	return v
}

// with returns the URL of path under these filters, the page reset.
func (p queueParams) url(path string) string {
	p.Page = 0
	if q := p.Values().Encode(); q != "" {
		return path + "?" + q
	}
	return path
}

// filter turns the params into the store's filter for user u.
func (p queueParams) filter(u store.User) store.QueueFilter {
	f := store.QueueFilter{Kind: p.Kind, Language: p.Language, Source: p.Source, Status: p.Status, Relation: p.Relation,
		Subject: p.Subject, Attribute: p.Attribute}
	if p.AssignedToMe {
		f.AssignedTo = u.ID
	}
	return f
}

// backParams reads the filters a form carried in its "back" field.
func backParams(r *http.Request) queueParams {
	q, _ := url.ParseQuery(r.PostFormValue("back"))
	return parseQueueParams(q)
}

func oneOf(s string, options ...string) bool {
	for _, o := range options {
		if s == o {
			return true
		}
	}
	return false
}
