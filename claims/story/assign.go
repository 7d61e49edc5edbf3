package story

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// Shared is a signal an article has in common with a candidate story, and
// how many stories hold it: a signal in every story (Russia, in a corpus
// about the war) says little about which one.
type Shared struct {
	Signal
	Stories int
	// InStory is how many of the story's articles state it.
	InStory int
}

// Candidate is a stored story an article shares signals with, and the
// dates the story's articles tell of (zero when none is known).
type Candidate struct {
	Story       int64
	First, Last time.Time
	// Weight is the weight of every distinct signal the story holds: a
	// story that has gathered many names shares some with any article.
	Weight float64
	// Articles is how many articles the story has; MainPlace the place
	// they name most ("" when none).
	Articles  int
	MainPlace string
	Shared    []Shared
}

// Choice is where an article goes: Story 0 starts a new story. JoinedBy
// names the shared signals that made it join, strongest first.
type Choice struct {
	Story    int64
	Score    float64
	JoinedBy []string
}

// JoinScore is the least weight of shared signals that joins a story: two
// specific signals (a town and a day, a figure and a place), or one with
// the people and kind of event around it.
const JoinScore = 4

// TimeWindow is how far outside a story's dates an article may tell of its
// event and still join it: a flood's toll is reported for weeks, while a
// June visit and a September summit of the same two leaders are apart.
const TimeWindow = 45 * 24 * time.Hour

// joinedByMax is how many signals joined_by names.
const joinedByMax = 6

// MinSimilarity is the least share of an article's and a story's signals
// (a cosine: shared weight over the root of both weights) that joins.
const MinSimilarity = 0.2

// storyWeightCap bounds the weight a story is measured by: a story of a
// hundred reports names every district of its flood, and a new report
// naming three of them still belongs to it.
const storyWeightCap = 80

// Choose picks the candidate story an article of signal weight weight, at
// time at, joins: among those it shares at least JoinScore of weight with,
// one specific signal among them, within TimeWindow of at (when both dates
// are known) and with a similarity of at least MinSimilarity, the most
// similar. Similarity rather than the sum alone, so that a story that has
// gathered many names does not swallow every article on its topic. Ties go
// to the lower story id, so the choice does not depend on the order
// candidates come in.
func Choose(at time.Time, sigs []Signal, cands []Candidate) Choice {
	best := Choice{}
	bestSim := 0.0
	weight := TotalWeight(sigs)
	place := MainPlace(sigs)
	since := startOf(sigs)
	for _, c := range cands {
		if !nearInTime(at, since, c.First, c.Last) || elsewhere(sigs, place, c) {
			continue
		}
		shared := c.Shared
		if sameDays(at, c.First, c.Last) {
			shared = append(shared[:len(shared):len(shared)], Shared{Signal: Signal{Key: "t:", Kind: SignalTime,
				Label: "published within days", Weight: signalWeight[SignalTime]}, Stories: 1})
		}
		score, joined, ok := scoreShared(shared, c.Articles)
		if !ok || score < JoinScore {
			continue
		}
		sim := score / math.Sqrt(math.Max(weight, 1)*math.Max(math.Min(c.Weight, storyWeightCap), 1))
		if sim < MinSimilarity {
			continue
		}
		if sim > bestSim || (sim == bestSim && c.Story < best.Story) {
			best, bestSim = Choice{Story: c.Story, Score: score, JoinedBy: joined}, sim
		}
	}
	return best
}

// elsewhere reports whether an article is mostly about one place and a
// story about another, with no place in common but asides: a flood in
// Assam is not the flood in Kerala reported the same week, and a strike on
// Sumy whose report recalls, once, the strike on Kryvyi Rih nine days
// before is not that strike's story. A shared place is an aside when the
// article names it in fewer than half as many claims as its own main
// place (sigs are the article's signals, N how many of its claims state
// each).
//
// A capital of a country both name stands for its government, not for a
// place ("Pyongyang decided to send troops"): a report from Kursk of the
// troops Pyongyang sent is not elsewhere.
func elsewhere(sigs []Signal, place string, c Candidate) bool {
	if place == "" || c.MainPlace == "" || place == c.MainPlace ||
		sharesCountry(c, claims.CapitalOf(place)) || sharesCountry(c, claims.CapitalOf(c.MainPlace)) {
		return false
	}
	named := map[string]int{}
	for _, s := range sigs {
		if s.Kind == SignalPlace {
			named[s.Label] = s.N
		}
	}
	for _, s := range c.Shared {
		if s.Kind == SignalPlace && (s.Label == place || 2*named[s.Label] >= named[place]) {
			return false
		}
	}
	return true
}

// sharesCountry reports whether country is one of the signals c shares.
func sharesCountry(c Candidate, country string) bool {
	if country == "" {
		return false
	}
	for _, s := range c.Shared {
		if s.Kind == SignalCountry && s.Label == country {
			return true
		}
	}
	return false
}

// sameDaysWindow is how close to a story's dates an article's must be to
// count as reported in the same days.
const sameDaysWindow = 7 * 24 * time.Hour

// sameDays reports whether at is known and within sameDaysWindow of
// [first, last].
func sameDays(at, first, last time.Time) bool {
	return !at.IsZero() && !first.IsZero() && within(at, first, last, sameDaysWindow)
}

// nearInTime reports whether at is within TimeWindow of [first, last];
// true when either is unknown, since an undated article joins by content.
// An article that tells of its event since a day (since, not zero) reports
// the span from that day to at: a July report of the deaths "between May 3
// and July 4" is near the story of May's first reports.
func nearInTime(at, since, first, last time.Time) bool {
	if at.IsZero() || first.IsZero() || within(at, first, last, TimeWindow) {
		return true
	}
	return !since.IsZero() && since.Before(at) && !since.After(maxTime(first, last).Add(TimeWindow)) &&
		!at.Before(first.Add(-TimeWindow))
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// within reports whether at lies in [first, last] widened by window on
// each side (last before first counts as first).
func within(at, first, last time.Time, window time.Duration) bool {
	if last.Before(first) {
		last = first
	}
	return !at.Before(first.Add(-window)) && !at.After(last.Add(window))
}

// scoreShared weighs shared signals: each its kind's weight, damped by how
// many stories hold it (rarity), plus a little for being stated often. ok
// is false when no shared signal is specific.
//
// The kind of event counts as specific when it is what both the article
// and the story are mostly about: two reports of an earthquake in the same
// weeks are one story even when neither names a place the lexicon knows.
func scoreShared(shared []Shared, articles int) (score float64, joined []string, ok bool) {
	type part struct {
		label string
		w     float64
	}
	parts := make([]part, 0, len(shared))
	for _, s := range shared {
		w := s.Weight * rarity(s.Stories)
		score += w
		ok = ok || specific(s.Kind) || (s.Kind == SignalEvent && s.Weight >= mainEventWeight && 2*s.InStory >= articles)
		parts = append(parts, part{s.Label, w})
	}
	sort.SliceStable(parts, func(i, j int) bool { return parts[i].w > parts[j].w })
	for _, p := range parts {
		if len(joined) == joinedByMax {
			break
		}
		if !slices.Contains(joined, p.label) {
			joined = append(joined, p.label)
		}
	}
	return score, joined, ok
}

// rarity is 1 for a signal held by a few stories and falls as more hold
// it: a name in 16 stories counts half, in 100 a fifth.
func rarity(stories int) float64 {
	if stories <= 4 {
		return 1
	}
	return 2 / math.Sqrt(float64(stories))
}

// JoinedByText writes a choice's reasons for the stories report: "Kim Jong Un;
// Dobropillia; 10 km". A new story says it started one.
func (c Choice) JoinedByText() string {
	if c.Story == 0 || len(c.JoinedBy) == 0 {
		return "new story"
	}
	return strings.Join(c.JoinedBy, "; ")
}
