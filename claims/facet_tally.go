package claims

import (
	"slices"
	"strings"
)

// Election tallies.
//
// Seats and votes are counted things whose owner is a party, an alliance or
// a candidate, as troops are a country's (countOwner), but results pages
// say it in ways a troop count never is, and a tally is a fact of the
// place it is counted in:
//
//   - a result verb (won, got, জিতেছে, पेয়েছে, मिली, मिळाल्या; data/attributes.tsv
//     "result") ties the tally to the nearest party named before it in its
//     clause, whatever stands between ("সারা দেশে বিজেপি একক ভাবে পেয়েছে
//     ২৪০টি আসন") and in the dative too ("एनडीए को कुल 292 सीटें मिली हैं",
//     "भाजपला ९ जागा मिळाल्या"), where a troop count's dative is where the
//     troops went;
//   - a place the clause names scopes the tally ("TDP won 16 seats in Andhra
//     Pradesh": seat count in Andhra Pradesh), so a party's seats in one
//     state never meet its national count; a state the clause only refers
//     to ("राज्यात", "রাজ্যে", "in the state") leaves the tally with no
//     facet, since which state it is is for the article to say;
//   - a margin word ("by a margin of", "के अंतर से", "ব্যবধানে") makes a vote
//     count the margin a seat was won by, not the votes won.
//
// A turnout is a percentage a word names as one ("voter turnout", "65.79
// प्रतिशत मतदान"): the election's own, or the place's the claim names
// (measureFacet).

// tallyKind returns what kind of result counts counted (canonical, as in
// data/counted.tsv): "place" for an election's seats and votes, "score"
// for an innings' runs, "" for anything else.
func tallyKind(counted string) string {
	return facetVocab.tally[MatchKey(counted)]
}

// resultOwner returns the owner of the tally q when its clause has a result
// verb: the owner-kind entity that ends nearest before q inside the clause,
// "" when there is none.
func resultOwner(text []rune, q *Quantity, ents []Entity) string {
	if !clauseHasWord(text, q, facetVocab.resultExact, facetVocab.resultPrefix) {
		return ""
	}
	start := clauseStart(text, q.Start)
	owner, end := "", -1
	for _, e := range ents {
		if e.Start >= start && e.End <= q.Start && e.End > end && isOwnerKind(e.Kind) {
			if owner != "" && inAside(text, e, q.Start) {
				// "Independent candidates, most of them Awami League
				// leaders, won 62 seats": the aside names no winner.
				continue
			}
			owner, end = e.Name, e.End
			if madeAgainst(text, e, q) {
				owner = "" // "भारत के खिलाफ 163 रन": the side it was made against
			}
		}
	}
	return owner
}

// inAside reports whether e stands between two commas before position i of
// text: an aside about the name before it, not the one who won.
func inAside(text []rune, e Entity, i int) bool {
	return strings.ContainsRune(string(text[max(0, e.Start-asideReach):e.Start]), ',') &&
		strings.ContainsRune(string(text[e.End:i]), ',')
}

// asideReach is how many runes before a name the comma opening its
// aside may stand ("X, most of them Y leaders, won").
const asideReach = 40

// madeAgainst reports whether an against word stands right before e or
// between e and the figure q.
func madeAgainst(text []rune, e Entity, q *Quantity) bool {
	if facetVocab.against[wordBefore(text, e.Start)] {
		return true
	}
	for _, w := range facetSplitWords(string(text[e.End:q.Start])) {
		if facetVocab.against[MatchKey(w)] {
			return true
		}
	}
	return false
}

// impliedCounted returns what the bare figure q counts by the phrase right
// before it ("a crowd of 92,453": spectator) or right after it ("137 off
// 120 balls": run), "" when none says.
func impliedCounted(text []rune, q *Quantity) string {
	if q.Start < 0 || q.Start > q.End || q.End > len(text) {
		return ""
	}
	before := facetSplitWords(clauseTail(string(text[:q.Start])))
	for _, p := range facetVocab.implied {
		if n := len(p.words); n > 0 && n <= len(before) && phraseAt(before[len(before)-n:], p.words) {
			return p.counted
		}
	}
	after := facetSplitWords(clauseHead(string(text[q.End:])))
	for _, p := range facetVocab.impliedAfter {
		if n := len(p.words); n > 0 && n <= len(after) && phraseAt(after[:n], p.words) {
			return p.counted
		}
	}
	return ""
}

// phraseAt reports whether words, in match-key form, are phrase.
func phraseAt(words, phrase []string) bool {
	for i, w := range phrase {
		if MatchKey(words[i]) != w {
			return false
		}
	}
	return true
}

// tallyScope returns what narrows the tally q, as an attribute suffix: the
// margin, and the place its clause names (" margin in Gandhinagar"), for
// an election's tallies; none for an innings'. ok is false when the clause
// refers to a state it does not name.
func tallyScope(kind string, text []rune, q *Quantity, ents []Entity) (scope string, ok bool) {
	if kind != "place" {
		return "", true
	}
	before, after := clauseWords(text, q, eventReach+2)
	unnamed := false
	for _, w := range append(before, after...) {
		k := MatchKey(w)
		if facetVocab.margin[k] && !strings.HasSuffix(scope, " margin") {
			scope += " margin"
		}
		unnamed = unnamed || facetVocab.region[k]
	}
	if place := nearestPlace(text, q, ents); place != "" {
		return scope + " in " + place, true
	}
	return scope, !unnamed
}

// nearestPlace returns the place entity of q's clause that stands nearest
// to q, "" when the clause names none.
func nearestPlace(text []rune, q *Quantity, ents []Entity) string {
	start, end := clauseStart(text, q.Start), clauseEnd(text, q.End)
	best, dist := "", len(text)+1
	for _, e := range ents {
		if e.Kind != Place || e.Start < start || e.End > end {
			continue
		}
		d := q.Start - e.End
		if e.Start >= q.End {
			d = e.Start - q.End
		}
		if d >= 0 && d < dist {
			best, dist = e.Name, d
		}
	}
	return best
}

// measureFacet returns the subject and attribute of a percentage a word
// names the measure of ("turnout percent"), and ok=false for any other
// percentage or one above 100. ofEvent is true when the figure is the story's event's own.
func measureFacet(c *Claim, text []rune, q *Quantity) (subject, attribute string, ofEvent, ok bool) {
	what := facetVocab.nearIn(text, q, c.Quantities, facetVocab.measureExact, facetVocab.measurePrefix)
	if what == "" {
		what = measurePhraseNear(text, q)
	}
	if what == "" {
		what = measureFarBefore(text, q, c.Quantities)
	}
	// A share above the whole (a turnout of 167%) is garbled, flagged as
	// such, and no statement of the measure.
	if what == "" || q.Value > 100 || isProjection(c, text, q) {
		return "", "", false, false
	}
	subject = countOwner(text, q, c.Entities)
	if subject == "" {
		subject = placeOf(text, q, c.Entities)
		ofEvent = subject == EventSubject
	}
	return subject, what + " " + q.Unit + figureScope(c, text, q), ofEvent, true
}

// measurePhraseNear returns the measure a phrase of several words names
// right before or right after q in its clause ("ভোট পড়েছে ৪০ শতাংশ", "৪০
// শতাংশের মতো ভোট পড়েছে"), "" when none does.
func measurePhraseNear(text []rune, q *Quantity) string {
	before, after := clauseWords(text, q, eventReach)
	keys := func(ws []string) []string {
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = MatchKey(w)
		}
		return out
	}
	b, a := keys(before), keys(after)
	for _, p := range facetVocab.measurePhrases {
		if containsRun(b, p.words) || containsRun(a, p.words) {
			return p.counted
		}
	}
	return ""
}

// measureFarBefore returns the measure a measure-far word names anywhere
// before q in its clause, short of the figure before it, "" when none does.
func measureFarBefore(text []rune, q *Quantity, all []Quantity) string {
	start, _, ok := figureReach(text, q, all)
	if !ok {
		return ""
	}
	words := facetSplitWords(clauseTail(string(text[start:q.Start])))
	for i := len(words) - 1; i >= 0; i-- {
		if m := facetVocab.measureFar[MatchKey(words[i])]; m != "" {
			return m
		}
	}
	return ""
}

// containsRun reports whether words holds run, consecutively.
func containsRun(words, run []string) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		if slices.Equal(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// clauseHasWord reports whether a word of q's clause maps to a name through
// exact or prefix.
func clauseHasWord(text []rune, q *Quantity, exact map[string]string, prefix []facetStem) bool {
	before, after := clauseWords(text, q, 2*eventReach)
	for _, w := range append(before, after...) {
		if facetLookupWord(MatchKey(w), exact, prefix) != "" {
			return true
		}
	}
	return false
}

// clauseStart returns where the clause holding position i of text begins:
// right after the last clause break before i.
func clauseStart(text []rune, i int) int {
	for j := min(i, len(text)) - 1; j >= 0; j-- {
		if strings.ContainsRune(clauseBreaks, text[j]) {
			return j + 1
		}
	}
	return 0
}

// clauseEnd returns where the clause holding position i of text ends: at
// the first clause break from i on.
func clauseEnd(text []rune, i int) int {
	for j := max(i, 0); j < len(text); j++ {
		if strings.ContainsRune(clauseBreaks, text[j]) {
			return j
		}
	}
	return len(text)
}
