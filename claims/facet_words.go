package claims

import (
	_ "embed"
	"strconv"
	"strings"
	"unicode"
)

//go:embed data/attributes.tsv
var attributesTSV string

// facetWords holds the word lists of data/attributes.tsv in match-key form,
// built once at init: FindFacets runs per claim on every import.
type facetWords struct {
	eventExact  map[string]string // whole word -> event name
	eventPrefix []facetStem       // stems whose case endings vary
	oblique     []string          // case endings that rule a name out as an owner
	before      map[string]bool   // words allowed between an owner and its figure
	after       map[string]bool   // words allowed between a figure and its owner
	destination map[string]bool   // words that make the name before them a destination
	increment   map[string]bool   // words that make a figure an addition
	// incrementAfter make a figure an addition only right after it ("3,000
	// more troops"): "more" before a figure is "more than".
	incrementAfter map[string]bool
	generic        map[string]bool   // counted things that need an event
	people         map[string]bool   // counted things that are people once an event befalls them
	datedExact     map[string]string // whole word -> dated event name
	datedPrefix    []facetStem
	// growth words next to a percentage make it a rate of change, which
	// may exceed 100 ("grew by 150 percent", ১৫০ শতাংশ বৃদ্ধি).
	growthExact  map[string]string
	growthPrefix []facetStem
	// running events are counts that rise as a story goes on.
	running map[string]bool
	// projection words make a figure a guess; daily words make a count
	// one day's; sinceBefore/sinceAfter mark a date as the start of what
	// a count counts (facet_scope.go).
	projectionExact         map[string]string
	projectionPrefix        []facetStem
	scopes                  map[string]string // word -> daily or each
	sinceBefore, sinceAfter map[string]bool
	// part words make a figure one part of another ("including 49
	// Indians", "49 भारतीयों समेत"): partBefore stand before the figure,
	// partAfter after it and its noun.
	partBefore, partAfter map[string]bool
	// money words say what a sum is: aid, compensation, loss, cost.
	moneyExact  map[string]string
	moneyPrefix []facetStem
	// Election tallies (facet_tally.go): result verbs tie a party to the
	// figure after it; tally nouns are counted by place; region words name
	// a state without saying which; margin words make votes a margin;
	// measure words say what a percentage is.
	resultExact   map[string]string
	resultPrefix  []facetStem
	against       map[string]bool
	tally         map[string]string // counted thing -> "place" or "score"
	region        map[string]bool
	regionIn      map[string]bool // region words that put an event figure in the state
	margin        map[string]bool
	measureExact  map[string]string
	measurePrefix []facetStem
	// measurePhrases name a measure in several words, none of which says
	// it alone ("ভোট পড়েছে": votes fell, the turnout).
	measurePhrases []impliedPhrase
	// measureFar name a measure from anywhere before its figure in the
	// clause, short of another figure ("revised the turnout in Sunday's
	// election to 41.8 percent"): words no other percentage goes with.
	measureFar map[string]string
	// either joins two harms into one count of casualties ("killed or
	// wounded").
	either map[string]bool
	// implied maps a counted thing to the phrases (words in match-key
	// form) that say a bare figure right after them counts it, and
	// impliedAfter to those that say so right after it; own holds
	// counted things that are the event's when no one owns them; travel
	// words make a distance the event's journey.
	implied      []impliedPhrase
	impliedAfter []impliedPhrase
	own          map[string]bool
	// scenes are the phrases that say where on the scene a count is (on
	// board, on the ground; facet_scene.go), counted naming the scene.
	scenes       []impliedPhrase
	travelExact  map[string]string
	travelPrefix []facetStem
	// release maps an event to the one it becomes when a word of that
	// one, or another word of the row, stands by the figure too: captives
	// freed or exchanged (facet_event.go).
	release map[string]releaseWords
	// joined words join two owners of one figure (facet_owner.go).
	joined map[string]bool
	// eventPhrases name an event by words in a row in the figure's clause
	// ("দাবি করেননি": no one has claimed them), before any single word.
	eventPhrases []impliedPhrase
	// incident maps an event counted as incidents to the counted nouns
	// that are its incidents; incidentBefalls to the event a figure of
	// another noun takes (arson's houses are damaged).
	incident        map[string]map[string]bool
	incidentNoun    map[string]bool // every noun of incident
	incidentBefalls map[string]string
	// object holds counted things that are objects; objectEvent maps an
	// event to the one an object takes (rescued weapons are seized);
	// objectOnly holds events that befall objects only.
	object      map[string]bool
	objectEvent map[string]string
	objectOnly  map[string]bool
	// venue words make a place beside them where a figure was told.
	venueExact  map[string]string
	venuePrefix []facetStem
}

// releaseWords is a release row of data/attributes.tsv: the event a
// figure takes, and the words besides that event's own that make it so.
type releaseWords struct {
	to     string
	exact  map[string]string
	prefix []facetStem
}

// impliedPhrase is a phrase that says what the bare figure after it counts.
type impliedPhrase struct {
	words   []string
	counted string
}

// facetStem is a stem that matches every word it begins.
type facetStem struct {
	stem, event string
}

var facetVocab = loadFacetWords(attributesTSV)

// loadFacetWords parses the attributes table. The file is embedded and
// covered by tests, so a malformed row is a programming error and panics at
// init rather than silently dropping a word.
func loadFacetWords(tsv string) *facetWords {
	w := &facetWords{
		eventExact:      map[string]string{},
		before:          map[string]bool{},
		after:           map[string]bool{},
		destination:     map[string]bool{},
		increment:       map[string]bool{},
		incrementAfter:  map[string]bool{},
		generic:         map[string]bool{},
		people:          map[string]bool{},
		datedExact:      map[string]string{},
		growthExact:     map[string]string{},
		running:         map[string]bool{},
		scopes:          map[string]string{},
		projectionExact: map[string]string{},
		sinceBefore:     map[string]bool{},
		sinceAfter:      map[string]bool{},
		moneyExact:      map[string]string{},
		resultExact:     map[string]string{},
		against:         map[string]bool{},
		tally:           map[string]string{},
		own:             map[string]bool{},
		travelExact:     map[string]string{},
		region:          map[string]bool{},
		regionIn:        map[string]bool{},
		margin:          map[string]bool{},
		measureExact:    map[string]string{},
		measureFar:      map[string]string{},
		either:          map[string]bool{},
		partBefore:      map[string]bool{},
		partAfter:       map[string]bool{},
		release:         map[string]releaseWords{},
		joined:          map[string]bool{},
		incident:        map[string]map[string]bool{},
		incidentBefalls: map[string]string{},
		incidentNoun:    map[string]bool{},
		object:          map[string]bool{},
		objectEvent:     map[string]string{},
		objectOnly:      map[string]bool{},
		venueExact:      map[string]string{},
	}
	for n, line := range strings.Split(tsv, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			panic("claims: data/attributes.tsv line " + strconv.Itoa(n+1) + ": want 3 tab-separated columns")
		}
		kind, name := cols[0], cols[1]
		for _, word := range strings.Split(cols[2], ",") {
			word = MatchKey(word)
			if word == "" {
				continue
			}
			switch kind {
			case "event":
				addWord(w.eventExact, &w.eventPrefix, word, name)
			case "dated":
				addWord(w.datedExact, &w.datedPrefix, word, name)
			case "oblique":
				w.oblique = append(w.oblique, word)
			case "before":
				w.before[word] = true
			case "after":
				w.after[word] = true
			case "destination":
				w.destination[word] = true
			case "part":
				if name == "before" {
					w.partBefore[word] = true
				} else {
					w.partAfter[word] = true
				}
			case "increment":
				if name == "after" {
					w.incrementAfter[word] = true
				} else {
					w.increment[word] = true
				}
			case "generic":
				w.generic[word] = true
			case "people":
				w.people[word] = true
			case "running":
				w.running[word] = true
			case "projection":
				addWord(w.projectionExact, &w.projectionPrefix, word, name)
			case "scope":
				w.scopes[word] = name
			case "money":
				addWord(w.moneyExact, &w.moneyPrefix, word, name)
			case "since":
				if name == "before" {
					w.sinceBefore[word] = true
				} else {
					w.sinceAfter[word] = true
				}
			case "growth":
				addWord(w.growthExact, &w.growthPrefix, word, name)
			case "result":
				addWord(w.resultExact, &w.resultPrefix, word, name)
			case "against":
				w.against[word] = true
			case "tally":
				w.tally[word] = name
			case "implied":
				w.implied = append(w.implied, impliedPhrase{strings.Fields(word), name})
			case "implied-after":
				w.impliedAfter = append(w.impliedAfter, impliedPhrase{strings.Fields(word), name})
			case "own":
				w.own[word] = true
			case "scene":
				w.scenes = append(w.scenes, impliedPhrase{strings.Fields(word), name})
			case "travel":
				addWord(w.travelExact, &w.travelPrefix, word, name)
			case "region":
				w.region[word] = true
			case "region-in":
				w.regionIn[word] = true
			case "margin":
				w.margin[word] = true
			case "measure":
				addWord(w.measureExact, &w.measurePrefix, word, name)
			case "either":
				w.either[word] = true
			case "measure-far":
				w.measureFar[word] = name
			case "measure-phrase":
				w.measurePhrases = append(w.measurePhrases, impliedPhrase{strings.Fields(word), name})
			case "release":
				r := w.release[name]
				if r.to == "" {
					r.to, r.exact = word, map[string]string{}
				} else {
					addWord(r.exact, &r.prefix, word, r.to)
				}
				w.release[name] = r
			case "joined":
				w.joined[word] = true
			case "event-phrase":
				w.eventPhrases = append(w.eventPhrases, impliedPhrase{strings.Fields(word), name})
			case "incident":
				if w.incident[name] == nil {
					w.incident[name] = map[string]bool{}
				}
				w.incident[name][word] = true
				w.incidentNoun[word] = true
			case "incident-befalls":
				w.incidentBefalls[name] = word
			case "object":
				w.object[word] = true
			case "object-event":
				w.objectEvent[word] = name
			case "object-only":
				w.objectOnly[word] = true
			case "venue":
				addWord(w.venueExact, &w.venuePrefix, word, name)
			default:
				panic("claims: data/attributes.tsv line " + strconv.Itoa(n+1) + ": unknown kind " + kind)
			}
		}
	}
	return w
}

// addWord files word under name: a word ending in * as a stem matching
// every word it begins, any other as a whole word.
func addWord(exact map[string]string, prefix *[]facetStem, word, name string) {
	if stem, ok := strings.CutSuffix(word, "*"); ok {
		*prefix = append(*prefix, facetStem{stem, name})
		return
	}
	exact[word] = name
}

// event returns the event the claim's words name (killed, wounded,
// captured, casualty), "" when none does, and ok=false when the claim names
// several. Killed and wounded together are casualties ("4,000 killed or
// wounded") when the claim gives one count (figures is how many); with more
// ("12 killed and 30 wounded") the figures cannot be told apart, and get
// no facet at all.
func (w *facetWords) event(text string, figures int) (event string, ok bool) {
	for _, tok := range facetSplitWords(text) {
		e := facetLookupWord(MatchKey(tok), w.eventExact, w.eventPrefix)
		if e == "" || e == event {
			continue
		}
		if event != "" {
			if figures != 1 || !isHarm(e) || !isHarm(event) {
				return "", false
			}
			e = "casualty"
		}
		event = e
	}
	return event, true
}

// isHarm reports whether event is one that casualties sum up.
func isHarm(event string) bool {
	return event == "killed" || event == "wounded" || event == "casualty"
}

// dated returns the single dated event (visit) the claim's words name, as
// event does.
func (w *facetWords) dated(text string) (event string, ok bool) {
	return w.single(text, w.datedExact, w.datedPrefix)
}

// single returns the one name the words of text map to through exact and
// prefix, "" when none, and ok=false when they name several.
func (w *facetWords) single(text string, exact map[string]string, prefix []facetStem) (event string, ok bool) {
	for _, tok := range facetSplitWords(text) {
		e := facetLookupWord(MatchKey(tok), exact, prefix)
		if e == "" || e == event {
			continue
		}
		if event != "" {
			return "", false
		}
		event = e
	}
	return event, true
}

// facetLookupWord returns the name a single match-key word maps to, or "".
// Of the stems a word begins with, the longest names it: जाळपोळीच्या is
// arson (जाळपोळ*), though it begins as जाळ- does.
func facetLookupWord(word string, exact map[string]string, prefix []facetStem) string {
	if e, ok := exact[word]; ok {
		return e
	}
	name, longest := "", 0
	for _, p := range prefix {
		if len(p.stem) > longest && strings.HasPrefix(word, p.stem) {
			name, longest = p.event, len(p.stem)
		}
	}
	return name
}

// isOblique reports whether a name as written carries a case ending that
// makes it a place or a recipient (রাশিয়ায়, रशियाला).
func (w *facetWords) isOblique(written string) bool {
	k := MatchKey(written)
	for _, s := range w.oblique {
		if strings.HasSuffix(k, s) && len(k) > len(s) {
			return true
		}
	}
	return false
}

// splitWords splits text at anything that is neither a letter, a combining
// mark, a digit nor an apostrophe: Indic vowel signs are marks and belong to
// their word.
func facetSplitWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == '\'' || r == '’')
	})
}

// isGrowth reports whether word says a figure is a change ("by", "grew",
// বৃদ্ধি).
func (w *facetWords) isGrowth(word string) bool {
	return facetLookupWord(MatchKey(word), w.growthExact, w.growthPrefix) != ""
}
