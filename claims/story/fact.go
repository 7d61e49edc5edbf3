package story

import (
	_ "embed"
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
	for _, line := range strings.Split(descriptorsTXT, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out[claims.MatchKey(line)] = true
		}
	}
	return out
}()

// FactOf returns the fact a facet states, for an article of story. A title
// is an entity fact; a figure or date is an event fact of the story. A toll
// stated at the story's main place is the story's own ("61 killed in
// Kerala" and "61 killed" in a Kerala flood story are one fact); any other
// place, owner or scope keeps its own fact ("4 dead in Pune district" is
// not "11 dead across Maharashtra"). ok is false for a facet that states
// no fact: a descriptor ("dictator") is not a title.
func FactOf(f claims.Facet, story int64, mainPlace string) (FactKey, bool) {
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
		if mainPlace != "" && f.Subject == mainPlace && claims.IsRunning(f.Attribute) {
			k.Subject = claims.EventSubject
			k.Key = claims.FacetKey(f.Kind, k.Subject, f.Attribute)
		}
	}
	k.Story = story
	return k, true
}

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
	s := Statement{Facet: f, Value: f.Value, SaidBy: claims.SaidBy(c), Revision: isRevision(c.Text)}
	for _, d := range c.Dates {
		if t, ok := dateTime(d.ISO); ok && d.ISO > s.AsOf {
			_ = t
			s.AsOf = d.ISO
		}
	}
	if s.AsOf == "" && !published.IsZero() {
		s.AsOf = published.UTC().Format(time.DateOnly)
	}
	return s
}

//go:embed data/revisions.txt
var revisionsTXT string

// revisionWords say a claim corrects an earlier figure.
var revisionWords = func() []string {
	var out []string
	for _, line := range strings.Split(revisionsTXT, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, claims.MatchKey(line))
		}
	}
	return out
}()

// isRevision reports whether text says it corrects an earlier figure.
func isRevision(text string) bool {
	k := claims.MatchKey(text)
	for _, w := range revisionWords {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}
