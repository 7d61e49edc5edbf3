package claims

import (
	"maps"
	"slices"
	"strings"
)

// eventReach is how many words on either side of a figure may stand between
// it and the word that says what happened to what it counts: "the death
// toll rose to 61" (four words before), "300 soldiers killed and 2,700
// wounded" (right after), "মৃতের সংখ্যা বেড়ে ৬১" (three words before).
const eventReach = 4

// eventNear returns the event named closest to q in text: first in the
// words right after it (a count is followed by what happened: "61 killed",
// "৬১ জন নিহত"), then in the words right before it ("the death toll rose to
// 61", "मृतांची संख्या 61"). A clause break (".", ";", "|", "।") stops the
// search, and so does another figure: its word is its own. "" when none.
// A captive's count by a release word counts people freed ("Russia and
// Ukraine each released 390 prisoners", "३०३ कैदियों को रिहा किया"):
// data/attributes.tsv's release rows.
func (w *facetWords) eventNear(text []rune, q *Quantity, all []Quantity) string {
	if e := w.phraseAfter(text, q, all); e != "" {
		return e
	}
	if w.eitherHarm(text, q, all) {
		return "casualty"
	}
	e := w.nearIn(text, q, all, w.eventExact, w.eventPrefix)
	if ev := w.incidentBy(text, q, all, e); ev != "" {
		return ev
	}
	r, ok := w.release[e]
	if !ok {
		return e
	}
	if w.eventsBy(text, q, all)[r.to] || w.nearIn(text, q, all, r.exact, r.prefix) != "" {
		return r.to
	}
	return e
}

// eitherHarm reports whether the words right after q (its noun may stand
// between) name a death and an injury joined by "or": "४,७०० सैनिक ठार किंवा
// जखमी", "4,700 killed or wounded" count casualties, not the dead.
func (w *facetWords) eitherHarm(text []rune, q *Quantity, all []Quantity) bool {
	_, end, ok := figureReach(text, q, all)
	if !ok {
		return false
	}
	words := facetSplitWords(clauseHead(string(text[q.End:end])))
	harm := func(word string) string {
		return facetLookupWord(MatchKey(word), w.eventExact, w.eventPrefix)
	}
	for i := 0; i+2 < len(words) && i < 3; i++ {
		a, b := harm(words[i]), harm(words[i+2])
		if w.either[MatchKey(words[i+1])] && (a == "killed" && b == "wounded" || a == "wounded" && b == "killed") {
			return true
		}
	}
	return false
}

// incidentBy returns the event counted in incidents (data/attributes.tsv
// incident) that the words by q name when q's noun is one of its incidents
// and e, the event nearest to it, is not that event: "आगजनी के 5,053 मामले"
// are cases of arson, not people infected. "" when none.
func (w *facetWords) incidentBy(text []rune, q *Quantity, all []Quantity, e string) string {
	k := MatchKey(q.Counted)
	if k == "" || w.incident[e][k] || !w.incidentNoun[k] {
		return ""
	}
	by := w.eventsBy(text, q, all)
	for _, ev := range slices.Sorted(maps.Keys(by)) {
		if w.incident[ev][k] {
			return ev
		}
	}
	return ""
}

// phraseAfter returns the event an event phrase names in q's clause after
// it, short of the next figure ("৯৬টি দেহ এখনও মর্গে পড়ে রয়েছে, কেউ দাবি
// করেননি": unclaimed); "" when none. A phrase says more than a word, so it
// reaches to the clause's end.
func (w *facetWords) phraseAfter(text []rune, q *Quantity, all []Quantity) string {
	if len(w.eventPhrases) == 0 {
		return ""
	}
	_, end, ok := figureReach(text, q, all)
	if !ok {
		return ""
	}
	words := facetSplitWords(clauseHead(string(text[q.End:end])))
	for i := range words {
		words[i] = MatchKey(words[i])
	}
	for _, p := range w.eventPhrases {
		for i := 0; i+len(p.words) <= len(words); i++ {
			if slices.Equal(words[i:i+len(p.words)], p.words) {
				return p.counted
			}
		}
	}
	return ""
}

// moneyNear returns what the sum q is (aid, compensation, loss, cost), by
// the words closest to it as eventNear finds events; "" when none.
// A request anywhere in the sum's clause, short of the figures on either
// side, wins over what stands nearer: "asked the Centre for an interim
// relief of Rs 5,060 crore", "5,060 करोड़ रुपये की अंतरिम राहत मांगी है" are
// sums sought, not relief given.
func (w *facetWords) moneyNear(text []rune, q *Quantity, all []Quantity) string {
	what := w.nearIn(text, q, all, w.moneyExact, w.moneyPrefix)
	if what == moneySought || what == "" {
		return what
	}
	start, end, ok := figureReach(text, q, all)
	if !ok {
		return what
	}
	after, _, _ := strings.Cut(clauseHead(string(text[q.End:end])), ",") // "losses of Rs 19,512 crore, and asked for ..."
	words := append(facetSplitWords(clauseTail(string(text[start:q.Start]))), facetSplitWords(after)...)
	for _, word := range words {
		if facetLookupWord(MatchKey(word), w.moneyExact, w.moneyPrefix) == moneySought {
			return moneySought
		}
	}
	return what
}

// moneySought names a sum asked for (data/attributes.tsv).
const moneySought = "sought"

// figureReach returns the runes of text around the figure q that its words
// may be read from: from the end of the figure before it to the start of
// the one after it ("8,468 new patients were found and 53 died": the 8,468
// reads no further than the 53). ok is false when q's span is not in text.
func figureReach(text []rune, q *Quantity, all []Quantity) (start, end int, ok bool) {
	if q.Start < 0 || q.Start > q.End || q.End > len(text) {
		return 0, 0, false
	}
	start, end = 0, len(text)
	for _, o := range all {
		if o.Start >= q.End && o.Start < end {
			end = o.Start
		}
		if o.End <= q.Start && o.End > start {
			start = o.End
		}
	}
	return start, end, true
}

// bothHarmsNear reports whether the words by q (as eventNear reads them,
// on both sides) name both deaths and injuries, or casualties.
func (w *facetWords) bothHarmsNear(text []rune, q *Quantity, all []Quantity) bool {
	seen := w.eventsBy(text, q, all)
	return seen["casualty"] || (seen["killed"] && seen["wounded"])
}

// eventsBy returns the events the words by q name: its own, those after
// it and those before it, within eventReach (a little more after it) and
// its clause, short of the next figure.
func (w *facetWords) eventsBy(text []rune, q *Quantity, all []Quantity) map[string]bool {
	start, end, ok := figureReach(text, q, all)
	if !ok {
		return nil
	}
	words := facetSplitWords(q.Text)
	after := facetSplitWords(clauseHead(skipAppositive(string(text[q.End:end]))))
	// What happened to a figure follows it, and a list of harms there runs
	// longer than one word ("have been killed or wounded").
	words = append(words, after[:min(len(after), eventReach+2)]...)
	before := facetSplitWords(clauseTail(string(text[start:q.Start])))
	words = append(words, before[max(0, len(before)-eventReach):]...)
	seen := map[string]bool{}
	for _, word := range words {
		seen[facetLookupWord(MatchKey(word), w.eventExact, w.eventPrefix)] = true
	}
	return seen
}

// nearIn returns the name the words closest to q map to through exact and
// prefix: its own words, then those after it, then those before it, within
// its clause and short of the next figure.
func (w *facetWords) nearIn(text []rune, q *Quantity, all []Quantity, exact map[string]string, prefix []facetStem) string {
	start, end, ok := figureReach(text, q, all)
	if !ok {
		return ""
	}
	// The figure's own words count ("483 lives"), then those after it;
	// a death or a stay in hospital after it wins over what its own words
	// call them: "two of the infected people have died" are two killed,
	// "37 घायलों को भर्ती किया गया" 37 hospitalised.
	afterText := clauseHead(skipAppositive(string(text[q.End:end])))
	after := wordIn(afterText, false, exact, prefix)
	if after == "wounded" && wordsName(afterText, exact, prefix, "hospitalised") {
		after = "hospitalised" // "37 घायलों को भर्ती किया गया": the injured admitted
	}
	if e := wordIn(q.Text, false, exact, prefix); e != "" && after != "killed" && after != "hospitalised" {
		return e
	}
	if after != "" {
		return after
	}
	return wordIn(clauseTail(string(text[start:q.Start])), true, exact, prefix)
}

// wordIn returns the name of the first (or, from the end, the last) of the
// eventReach words of s that exact or prefix names.
func wordIn(s string, fromEnd bool, exact map[string]string, prefix []facetStem) string {
	words := facetSplitWords(s)
	if fromEnd {
		if len(words) > eventReach {
			words = words[len(words)-eventReach:]
		}
		for i := len(words) - 1; i >= 0; i-- {
			if e := facetLookupWord(MatchKey(words[i]), exact, prefix); e != "" {
				return e
			}
		}
		return ""
	}
	if len(words) > eventReach {
		words = words[:eventReach]
	}
	for _, word := range words {
		if e := facetLookupWord(MatchKey(word), exact, prefix); e != "" {
			return e
		}
	}
	return ""
}

// wordsName reports whether one of the first eventReach words of s maps to
// name through exact or prefix.
func wordsName(s string, exact map[string]string, prefix []facetStem, name string) bool {
	words := facetSplitWords(s)
	for _, word := range words[:min(len(words), eventReach)] {
		if facetLookupWord(MatchKey(word), exact, prefix) == name {
			return true
		}
	}
	return false
}

// appositiveWords is the most words an aside set off by commas after a
// figure may hold for the words after it to be read past it.
const appositiveWords = 5

// skipAppositive returns s, the text after a figure, less an aside set
// off by commas that opens it: in "About 1,700 houses, including temples
// and churches, were burnt" and "more than a dozen people, tourists and
// locals, were injured" what befell the figure follows the aside.
func skipAppositive(s string) string {
	rest, ok := strings.CutPrefix(strings.TrimLeft(s, " "), ",")
	if !ok {
		return s
	}
	aside, tail, ok := strings.Cut(rest, ",")
	if !ok || strings.ContainsAny(aside, clauseBreaks) || len(facetSplitWords(aside)) > appositiveWords {
		return s
	}
	return tail
}

// clauseBreaks end the words that may belong to a figure.
const clauseBreaks = ".;|।!?"

// clauseHead is s up to its first clause break.
func clauseHead(s string) string {
	if i := strings.IndexAny(s, clauseBreaks); i >= 0 {
		return s[:i]
	}
	return s
}

// clauseTail is s after its last clause break.
func clauseTail(s string) string {
	if i := strings.LastIndexAny(s, clauseBreaks); i >= 0 {
		return s[i+1:]
	}
	return s
}

// IsRunning reports whether a count attribute is of an event whose count
// rises as a story goes on (people killed, evacuated, infected): a fact of
// it whose statements rise with their dates is evolving, not disputed.
// attribute is a facet's Attribute ("killed person count").
func IsRunning(attribute string) bool {
	event, _, ok := strings.Cut(attribute, " ")
	return ok && facetVocab.running[event]
}
