package story

import (
	"sort"
	"strings"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// Title builds a story's title from its most stated signals (N is how many
// of its articles state each) and its time: "Vladimir Putin, Kim Jong Un ·
// Pyongyang · June 2024", "Flood · Kerala · August 2018". Every part is in
// English, since signals are canonical names. A story with nothing to go by
// is "Untitled story".
func Title(signals []Signal, at time.Time) string {
	top := append([]Signal(nil), signals...)
	sort.SliceStable(top, func(i, j int) bool { return top[i].N > top[j].N })
	var people, places []string
	event := ""
	for _, s := range top {
		switch s.Kind {
		case SignalPerson, SignalName:
			if len(people) < 2 {
				people = append(people, s.Label)
			}
		case SignalPlace:
			if len(places) < 1 {
				places = append(places, s.Label)
			}
		case SignalEvent:
			if event == "" {
				event = strings.ToUpper(s.Label[:1]) + s.Label[1:]
			}
		}
	}
	if len(places) == 0 {
		for _, s := range top {
			if s.Kind == SignalCountry {
				places = append(places, s.Label)
				break
			}
		}
	}
	var parts []string
	if len(people) > 0 {
		parts = append(parts, strings.Join(people, ", "))
	} else if event != "" {
		parts = append(parts, event)
	}
	parts = append(parts, places...)
	if !at.IsZero() {
		parts = append(parts, at.Format("January 2006"))
	}
	if len(parts) == 0 {
		return "Untitled story"
	}
	return strings.Join(parts, " · ")
}

// Scope is where a story is: the place and the country its articles name
// most. A toll stated at either is the story's own.
type Scope struct {
	Place, Country string
	// Site is where within Place the event happened, when more than half
	// the story's articles name one such place (MainSite): the toll "in
	// Pahalgam" in a story of an attack there, placed in Jammu and
	// Kashmir, is the attack's own.
	Site string
	// Point is set when the story's event happened at one spot (its most
	// named kind of event is a point one, data/events.tsv): a collapse,
	// a fire, an accident, an attack. Its main place is then its own
	// even when narrower than a state in a story that names its country.
	Point bool
	// Unplaced is the country an article's figures with no place are of,
	// when that article is about another country than its story's
	// (ForArticle); "" for the story's own.
	Unplaced string
	// Start is the earliest day (or month) the story's articles tell of
	// its event since (EventStart), "" when none: a count since that day
	// is the event's own.
	Start string
}

// MainScope returns a story's Scope from its most stated signals (N is how
// many of its articles state each) and its number of articles: the place
// named most, at least twice; the country named most, by more than half of
// the articles and more often than any other (a cyclone story of five
// reports, two of them from Bangladesh, is not Bangladesh's).
func MainScope(signals []Signal, articles int) Scope {
	sc := Scope{Place: MainPlace(signals)}
	n, tie := 0, false
	for _, s := range signals {
		if s.Kind != SignalCountry || 2*s.N <= articles && articles > 1 {
			continue
		}
		switch {
		case s.N > n:
			sc.Country, n, tie = s.Label, s.N, false
		case s.N == n:
			tie = true
		}
	}
	if tie {
		sc.Country = "" // two countries as often: neither is the story's
	}
	sc.Point = pointEvent(signals)
	sc.Site = MainSite(signals, articles, sc.Place, sc.Point)
	return sc
}

// pointEvent reports whether the kind of event signals name most, by more
// articles than any other kind, is an event at one spot.
func pointEvent(signals []Signal) bool {
	best, n, tie := "", 0, false
	for _, s := range signals {
		if s.Kind != SignalEvent || eventTopics[s.Label] {
			continue
		}
		switch {
		case s.N > n:
			best, n, tie = s.Label, s.N, false
		case s.N == n:
			tie = true
		}
	}
	return !tie && eventPoints[best]
}

// MainSite returns the place within place (in its state, or its country)
// narrower than a city that more than half of a story's articles name, the
// most named of them, "" when none is or place is "". A flood's districts
// are parts of its state, each named by a few reports, and a state's
// capital is where its government reports from; the town, locality or
// valley an attack or a collapse happened in is named by nearly all of
// them, and what is counted there is the event's count.
func MainSite(signals []Signal, articles int, place string, point bool) string {
	if place == "" {
		return ""
	}
	best, n := "", 1
	for _, s := range signals {
		if s.Kind != SignalPlace || s.Label == place || 2*s.N <= articles || claims.PlaceBreadth(s.Label) >= stateBreadth || (claims.PlaceBreadth(s.Label) >= cityBreadth && !point) {
			continue
		}
		if claims.PlaceState(s.Label) != place && claims.PlaceCountry(s.Label) != place {
			continue
		}
		switch {
		case s.N > n:
			best, n = s.Label, s.N
		case s.N == n:
			best = "" // two sites as often: neither is the event's
		}
	}
	return best
}

// ScopeSettles is how many articles a story has when its scope settles.
// Until then each article may change it (the first report of an
// earthquake in Nepal names India as often as Nepal); past it a scope
// already known stays, and one not yet known may still be filled in, once.
// A story's place is what its first reports say it is; letting a large
// story's scope follow every tie between two places would move thousands
// of its statements between facts with every new article.
const ScopeSettles = 24

// SettleScope returns the scope a story of articles articles takes when its
// signals give now and it had was: now while the story is young, was
// after ScopeSettles articles, each part still unknown taken from now.
func SettleScope(was, now Scope, articles int) Scope {
	if articles <= ScopeSettles {
		return now
	}
	if was.Place == "" {
		was.Place = now.Place
	}
	if was.Country == "" {
		was.Country = now.Country
	}
	if was.Site == "" && was.Place == now.Place {
		was.Site = now.Site
	}
	was.Point = was.Point || now.Point && was.Place == now.Place
	return was
}

// MainPlace returns the place signals name most, at least twice, "" when
// none: a toll stated "in Kerala" in a Kerala flood story is the story's
// own toll, and an article mostly about Assam is not about Kerala. Of two
// places named as often the wider wins (claims.PlaceBreadth): a cyclone
// story names West Bengal and its capital Kolkata alike, and the state is
// where the event is, the capital one part of it.
func MainPlace(signals []Signal) string {
	best, n := "", 1
	for _, s := range signals {
		if s.Kind != SignalPlace {
			continue
		}
		if s.N > n || (s.N == n && best != "" && claims.PlaceBreadth(s.Label) > claims.PlaceBreadth(best)) {
			best, n = s.Label, s.N
		}
	}
	return best
}

// ForArticle returns the scope an article's figures are read in, from its
// own signals (N is how many of its claims state each). An article of the
// story that never names the story's place or country, and names one
// other country (or its places, claims.PlaceCountry) at least twice as
// often as any other and in at least two claims, is that country's report: its tolls with no place are that country's (a
// Bangladeshi paper's "18 lakh evacuated" in a story of a cyclone in West
// Bengal), never the story's own.
func (sc Scope) ForArticle(own []Signal) Scope {
	if sc.Place == "" && sc.Country == "" {
		return sc
	}
	home := sc.Country
	if home == "" {
		home = claims.PlaceCountry(sc.Place)
	}
	named := map[string]int{} // claims naming each country or one of its places
	for _, s := range own {
		if s.Label == sc.Place || s.Label == sc.Country {
			return sc
		}
		switch s.Kind {
		case SignalCountry:
			named[s.Label] += s.N
		case SignalPlace:
			if c := claims.PlaceCountry(s.Label); c != "" {
				named[c] += s.N
			}
		}
	}
	best, n, tie := "", 1, false
	for c, m := range named {
		switch {
		case m > n:
			best, n, tie = c, m, false
		case m == n:
			tie = true
		}
	}
	// A report of two countries (Russia and Ukraine freeing prisoners, in
	// a story placed at the Istanbul talks) is neither one's: the country
	// must be named at least twice as often as any other.
	for c, m := range named {
		if c != best && 2*m > n {
			tie = true
		}
	}
	if !tie && best != home {
		sc.Unplaced = best
	}
	return sc
}
