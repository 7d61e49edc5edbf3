package story

import (
	_ "embed"
	"strconv"
	"strings"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// Fact statuses.
const (
	Single   = "single"   // one source states it
	Agreed   = "agreed"   // every statement is compatible
	Disputed = "disputed" // statements that cannot all be true of one thing at one time
	Evolving = "evolving" // a running figure that rises with its as-of dates
	Revised  = "revised"  // a source corrects an earlier figure
)

// Differs is the match relation between statements of an evolving or
// revised fact that give other values at other dates: neither agreement
// nor conflict.
const Differs = "differs"

// FactKey names a fact: Story is 0 for an entity fact (a person's title,
// held across stories), else the story whose event it is about.
type FactKey struct {
	Story     int64
	Key       string
	Kind      string
	Subject   string
	Attribute string
}

//go:embed data/descriptors.txt
var descriptorsTXT string

// descriptors are canonical roles that say what someone is called, not an
// office they hold: "dictator" states no title.
var descriptors = func() map[string]bool {
	out := map[string]bool{}
	for _, k := range keyLines(descriptorsTXT) {
		out[k] = true
	}
	return out
}()

// FactOf returns the fact a statement states, for an article of story
// published at published (zero when unknown). A title is an entity fact; a
// figure or date is an event fact of the story. A toll or a sum stated at
// the story's main place or country is the story's own (Scope.owns) ("61 killed in Kerala"
// and "61 killed" in a Kerala flood story are one fact); any other place, owner or
// scope keeps its own fact ("4 dead in Pune district" is not "11 dead
// across Maharashtra"). A count since a date long before the report
// (seasonStart) or since the day the story's event began (Scope.Start) is
// the running total; one day's count is a fact of that
// day; a figure dated to the report's own year is the story's, one of
// another year another event's. ok is false for a statement of no fact: a descriptor ("dictator")
// is not a title.
func FactOf(st Statement, story int64, where Scope, published time.Time) (FactKey, bool) {
	f := st.Facet
	if f.Key == "" {
		return FactKey{}, false
	}
	k := FactKey{Key: f.Key, Kind: f.Kind, Subject: f.Subject, Attribute: f.Attribute}
	switch f.Kind {
	case claims.KindRole:
		if descriptors[claims.MatchKey(f.Value)] {
			return FactKey{}, false
		}
		return k, true
	case claims.KindQuantity:
		switch event := claims.IsRunning(f.Attribute) || isMoney(f); {
		case event && where.owns(f.Subject):
			k.Subject = claims.EventSubject
		case event && f.Subject == claims.EventSubject && where.Unplaced != "":
			k.Subject = where.Unplaced
		case event && f.Subject == claims.RegionSubject:
			// "in the state": the story's own state, unless the story is
			// a city's, whose figures are not the state's: then it is
			// the city's state, when the gazetteers say which
			// ("राज्यात" in a story of Mumbai is Maharashtra's).
			switch {
			case where.Unplaced != "":
				k.Subject = where.Unplaced
			case where.Place == "" || claims.PlaceBreadth(where.Place) >= stateBreadth:
				k.Subject = claims.EventSubject
			case claims.PlaceState(where.Place) != "":
				k.Subject = claims.PlaceState(where.Place)
			}
		}
		if base, since, ok := strings.Cut(k.Attribute, claims.SinceScope); ok {
			t, err := time.Parse(time.DateOnly, since)
			switch {
			case err == nil && !published.IsZero() && published.Sub(t) > seasonStart:
				k.Attribute = base
			case where.Start != "" && sinceEventBegan(since, where.Start):
				// Counted since the event began ("3 dead since Friday",
				// the day the violence broke out): the event's toll.
				k.Attribute = base
			}
		}
		if base, year, ok := strings.Cut(k.Attribute, claims.YearScope); ok && !published.IsZero() && year == strconv.Itoa(published.Year()) {
			k.Attribute = base // "in 2023" in a 2023 report: this year's figure
		}
		if strings.HasSuffix(k.Attribute, claims.DailyScope) && st.AsOf != "" {
			k.Attribute += " " + st.AsOf
		}
		k.Key = claims.FacetKey(f.Kind, k.Subject, k.Attribute)
	}
	k.Story = story
	return k, true
}

// owns reports whether a figure stated at subject is the story's own: at
// its country or its event's site (Scope.Site), or at its main place unless
// that place is narrower than a state in a story that names its country
// and its event is not at one spot (Scope.Point): a strike on Sumy counts
// its toll in Sumy, an earthquake in Nepal in Nepal. In a Nepal earthquake story the
// toll "in Nepal" is the story's and the toll in Kathmandu one part of it;
// in a Kerala flood story that names India, the toll in Kerala is still
// the story's.
func (sc Scope) owns(subject string) bool {
	switch {
	case subject == "":
		return false
	case subject == sc.Country, subject == sc.Site:
		return true
	}
	return subject == sc.Place && (sc.Country == "" || sc.Point || claims.PlaceBreadth(subject) >= stateBreadth)
}

// stateBreadth and cityBreadth are claims.PlaceBreadth of a state or
// province and of a city.
const (
	stateBreadth = 4
	cityBreadth  = 2
)

// isMoney reports whether f is a sum of money: the aid or the loss "for
// Kerala" in a Kerala flood story is the story's, as its toll is.
func isMoney(f claims.Facet) bool {
	return f.Quantity != nil && f.Quantity.Dimension == "money"
}

// startSlack is how long after the event's start a count may begin and
// still count the event: one source counts Bangladesh's dead from the
// protests' start on 1 July, another from the first deaths on 16 July;
// Kerala's "186 since August 8" against "357 since May 29" is a spell.
const startSlack = 21 * 24 * time.Hour

// sinceEventBegan reports whether a count since the day (or month) since
// counts from the event's start (a story's Scope.Start): on or before it,
// or within startSlack after.
func sinceEventBegan(since, start string) bool {
	if since <= start {
		return true
	}
	s, ok1 := dateTime(since)
	b, ok2 := dateTime(start)
	return ok1 && ok2 && s.Sub(b) <= startSlack
}

// seasonStart is how long before a report a count's "since" date must lie
// for the count to be the running total: "324 dead since the monsoon set in
// on May 29", reported on August 18, is the season's toll; "186 since
// August 8" the toll of the last spell.
const seasonStart = 30 * 24 * time.Hour

// Statement is what one claim says of a fact.
type Statement struct {
	ID        int64 // the store's row id, 0 until stored
	ClaimID   int64
	ArticleID int64
	FacetID   int64
	Facet     claims.Facet // the value, structured
	Value     string       // as reports show it: ">=1.5 soldier", "president"
	AsOf      string       // ISO date the value is as of, "" when unknown
	SaidBy    string       // who the claim says stands behind it
	// Revision is true when the claim corrects an earlier figure ("revised
	// to 52 from 61", "61 नहीं, बल्कि 52").
	Revision bool
}

// NewStatement returns the statement a claim makes through facet f, for an
// article published at published (zero when unknown). AsOf is the claim's
// own date when it gives one (the latest absolute date to the month or
// day), else the published date.
func NewStatement(c *claims.Claim, f claims.Facet, published time.Time) Statement {
	s := Statement{Facet: f, Value: f.Value, SaidBy: claims.SaidBy(c), Revision: claims.IsCorrection(c)}
	_, since, _ := strings.Cut(f.Attribute, claims.SinceScope)
	for _, d := range c.Dates {
		// The date a count is counted since is not the date it is as of;
		// nor is a date after the report (a forecast, a deadline), nor one
		// long before it (the day a season began, a past event recalled),
		// nor the day the event happened (claims.EventDay: "the toll of
		// Friday's strike has risen to 18" is as of the report).
		if d.ISO == since || !nearReport(d.ISO, published) || claims.EventDay(c, d) {
			continue
		}
		if _, ok := dateTime(d.ISO); ok && len(d.ISO) == 10 && d.ISO > s.AsOf {
			s.AsOf = d.ISO
		}
	}
	if s.AsOf == "" && !published.IsZero() {
		s.AsOf = published.UTC().Format(time.DateOnly)
	}
	return s
}

// nearReport reports whether the day iso can be what a report published
// at published is as of: not after it, and within seasonStart before it.
// Any day is when the report's date is unknown.
func nearReport(iso string, published time.Time) bool {
	if published.IsZero() {
		return true
	}
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return false
	}
	p := published.UTC().Truncate(24 * time.Hour)
	return !t.After(p) && p.Sub(t) <= seasonStart
}

// keyLines returns the lines of an embedded word list in match-key form,
// less blank lines and "#" comments.
func keyLines(txt string) []string {
	var out []string
	for _, line := range strings.Split(txt, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, claims.MatchKey(line))
		}
	}
	return out
}
