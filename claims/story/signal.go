package story

import (
	_ "embed"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimdesk/claimdesk/claims"
)

// Signal kinds: what an article shares with a story. Each is language
// independent: canonical entity names, figures in canonical units, ISO
// dates and canonical kinds of event read the same from any script.
const (
	SignalPerson  = "person"
	SignalPlace   = "place"
	SignalCountry = "country"
	SignalOrg     = "organisation"
	SignalName    = "name" // a name outside the lexicon, keyed by transliteration
	SignalFigure  = "figure"
	SignalDay     = "day"
	SignalMonth   = "month"
	SignalEvent   = "event"
	// SignalStart is the day an article tells of its event since ("since
	// May 3", "৩ মে থেকে"): two reports that count from the same day count
	// one event, and it widens the article's time back to that day
	// (Choose); a story's earliest is its event's start (Scope.Start).
	SignalStart = "start"
	// SignalTime is not an article's signal but what Choose adds when an
	// article was published within days of a story's articles.
	SignalTime = "time"
)

// signalPrefix starts a signal's key by kind: person and place must not
// share one ("p:amit shah" is no place).
var signalPrefix = map[string]string{
	SignalPerson: "p", SignalPlace: "l", SignalCountry: "c", SignalOrg: "o", SignalName: "n",
	SignalFigure: "f", SignalDay: "d", SignalMonth: "m", SignalEvent: "e",
	SignalStart: "s",
}

// signalWeight is how much sharing one signal of a kind says that two
// articles report one event. Countries and the kind of event are topics
// more than events; a town, a day, an exact figure or a rare name is
// nearly an event on its own.
var signalWeight = map[string]float64{
	SignalPerson:  2,
	SignalPlace:   2.5,
	SignalCountry: 1,
	SignalOrg:     1.5,
	SignalName:    2,
	SignalFigure:  2,
	SignalDay:     3,
	SignalMonth:   1.5,
	SignalEvent:   1,
	SignalTime:    2,
	SignalStart:   2,
}

// mainEventWeight is the weight of the kind of event an article is about
// (the one it names most, at least twice): two reports of a flood in the
// same days are likely one story even before their places are known.
const mainEventWeight = 3

// specific reports whether a signal of kind pins an event down by itself:
// a story is joined only when at least one such signal is shared, so two
// articles about the same two leaders at different meetings stay apart.
// Being published in the same days is not: a leader who meets one
// delegation on Monday and visits a flood on Thursday is in two stories.
func specific(kind string) bool {
	switch kind {
	case SignalPlace, SignalName, SignalFigure, SignalDay, SignalMonth, SignalStart:
		return true
	}
	return false
}

// Signal is one language-independent trait of an article: its Key is what
// the store indexes stories by ("e:kim jong un", "q:10000 soldier",
// "d:2024-06-19"), its Label what a reviewer reads in joined_by.
type Signal struct {
	Key    string
	Kind   string
	Label  string
	Weight float64
	// N is how many claims of the article carry it: a story's most stated
	// names make its title.
	N int
}

// maxSignals bounds the signals an article is indexed and matched by, so
// that assigning a long article costs no more than a short one.
const maxSignals = 48

// Signals returns the traits of an article that tell which story it
// belongs to, strongest first, at most maxSignals.
func Signals(a *claims.Article) []Signal {
	byKey := map[string]*Signal{}
	add := func(kind, key, label string) {
		key = signalPrefix[kind] + ":" + key
		if s, ok := byKey[key]; ok {
			s.N++
			return
		}
		byKey[key] = &Signal{Key: key, Kind: kind, Label: label, Weight: signalWeight[kind], N: 1}
	}
	for i := range a.Claims {
		c := &a.Claims[i]
		for _, e := range c.Entities {
			kind := entitySignal(e)
			if kind == "" {
				continue
			}
			add(kind, claims.MatchKey(e.Name), e.Name)
		}
		for _, q := range c.Quantities {
			if label, ok := figureLabel(q); ok {
				add(SignalFigure, label, label)
			}
		}
		for _, d := range c.Dates {
			if d.ISO == "" || len(d.ISO) < 7 || !isYear(d.ISO[:4]) {
				continue
			}
			if len(d.ISO) == 10 {
				add(SignalDay, d.ISO, d.ISO)
			}
			add(SignalMonth, d.ISO[:7], d.ISO[:7])
		}
		for _, ev := range eventsIn(c.Text) {
			add(SignalEvent, ev, ev)
		}
	}
	out := make([]Signal, 0, len(byKey))
	main := 1
	for _, s := range byKey {
		if s.Kind == SignalEvent && s.N > main {
			main = s.N
		}
	}
	for _, s := range byKey {
		if s.Kind == SignalEvent && s.N == main && main >= 2 && !eventTopics[s.Label] {
			s.Weight = mainEventWeight
		}
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		si, sj := out[i].Weight*float64(min(out[i].N, 3)), out[j].Weight*float64(min(out[j].N, 3))
		if si != sj {
			return si > sj
		}
		return out[i].Key < out[j].Key
	})
	if len(out) > maxSignals {
		out = out[:maxSignals]
	}
	// The start is kept past the bound, one signal at most: a story's
	// event start (Scope.Start) must not depend on how many names an
	// article has.
	if start := EventStart(a); start != "" {
		out = append(out, Signal{Key: signalPrefix[SignalStart] + ":" + start, Kind: SignalStart, Label: start,
			Weight: signalWeight[SignalStart], N: 1})
	}
	return out
}

// startReach is how long before its report an article's "since" day may
// lie and still be the start of the event it reports: Manipur's violence
// "since May 3" reported in July, a monsoon's toll "since May 29" in
// August. A day further back ("since the invasion of February 2022") is
// the background of a report, not its event.
const startReach = 120 * 24 * time.Hour

// closedSpanReach is how long before its report a closed span ("between
// 1 July and 15 August 2024", "3 मई से 4 जुलाई के बीच") may start and still
// be the event the report is about: a fact-finding report comes out months
// after the events it counts, and names their days to say so.
const closedSpanReach = 2 * 365 * 24 * time.Hour

// EventStart returns the earliest day (or month) the claims of a report
// state as the start of a span ("since", "from ... to", claims.SinceDates)
// within startReach before its date, or within closedSpanReach when the
// claim also names the span's end, "" when none does.
func EventStart(a *claims.Article) string {
	at := StatedTime(a)
	start := ""
	for i := range a.Claims {
		c := &a.Claims[i]
		for _, iso := range claims.SinceDates(c) {
			t, ok := dateTime(iso)
			reach := startReach
			if closedSpan(c, iso, at) {
				reach = closedSpanReach
			}
			if !ok || (!at.IsZero() && (t.After(at) || at.Sub(t) > reach)) {
				continue
			}
			if start == "" || iso < start {
				start = iso
			}
		}
	}
	return start
}

// closedSpan reports whether claim c names, besides the start iso of a
// span, a later day or month no later than at that ends it.
func closedSpan(c *claims.Claim, iso string, at time.Time) bool {
	for _, d := range c.Dates {
		t, ok := dateTime(d.ISO)
		if ok && d.ISO > iso && d.ISO[:min(len(d.ISO), len(iso))] != iso && (at.IsZero() || !t.After(at)) {
			return true
		}
	}
	return false
}

// startOf returns the start an article's signals carry, zero when none.
func startOf(sigs []Signal) time.Time {
	for _, s := range sigs {
		if s.Kind == SignalStart {
			t, _ := dateTime(s.Label)
			return t
		}
	}
	return time.Time{}
}

// entitySignal returns the signal kind of an entity, "" for none.
func entitySignal(e claims.Entity) string {
	if e.Guessed {
		return SignalName
	}
	switch e.Kind {
	case claims.Person:
		return SignalPerson
	case claims.Place:
		return SignalPlace
	case claims.Country:
		return SignalCountry
	case claims.Organisation:
		return SignalOrg
	}
	return ""
}

// figureLabel returns the canonical form of a figure worth matching
// stories by: a count of something, or a measure, of at least 10 (small
// numbers are everywhere: "2 soldiers", "3 days"). Durations, shares and
// money say little about which event it is.
func figureLabel(q claims.Quantity) (string, bool) {
	if q.Value < 10 || q.Vague {
		return "", false
	}
	switch q.Dimension {
	case "duration", "ratio", "money":
		return "", false
	}
	what := q.Counted
	if what == "" {
		what = q.Unit
	}
	if what == "" {
		return "", false
	}
	return strconv.FormatFloat(q.Value, 'f', -1, 64) + " " + what, true
}

// StatedTime returns the published date, or else the latest absolute date
// the claims state to the month or day; zero when neither is known. Only
// the published date makes a story's dates: the stated ones are signals
// (SignalDay, SignalMonth) and stand in for a missing published date only
// when deciding whether an article is near a story in time, since a report
// of 2025 that recalls the invasion of February 2022 must not date its
// story to 2022.
func StatedTime(a *claims.Article) time.Time {
	if !a.Published.IsZero() {
		return a.Published
	}
	var latest time.Time
	for i := range a.Claims {
		for _, d := range a.Claims[i].Dates {
			if t, ok := dateTime(d.ISO); ok && t.After(latest) {
				latest = t
			}
		}
	}
	return latest
}

// TotalWeight is the weight of all of sigs: the size an article's share
// with a story is measured against.
func TotalWeight(sigs []Signal) float64 {
	w := 0.0
	for _, s := range sigs {
		w += s.Weight
	}
	return w
}

// dateTime reads an ISO date of month or day precision.
func dateTime(iso string) (time.Time, bool) {
	switch len(iso) {
	case 10:
		t, err := time.Parse(time.DateOnly, iso)
		return t, err == nil
	case 7:
		t, err := time.Parse("2006-01", iso)
		return t, err == nil
	}
	return time.Time{}, false
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

//go:embed data/events.tsv
var eventsTSV string

// eventStem is a stem that names a kind of event in every word it begins.
type eventStem struct {
	stem, event string
}

var eventWords, eventStems, eventTopics, eventPoints = loadEventWords(eventsTSV)

// loadEventWords parses data/events.tsv into whole words and stems. It is
// embedded and tested, so a malformed row panics at init.
func loadEventWords(tsv string) (exact map[string]string, stems []eventStem, topics, points map[string]bool) {
	exact = map[string]string{}
	topics, points = map[string]bool{}, map[string]bool{}
	for n, line := range strings.Split(tsv, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 || (cols[2] != "event" && cols[2] != "topic" && cols[2] != "point") {
			panic("story: data/events.tsv line " + strconv.Itoa(n+1) + ": want name TAB words TAB event|point|topic")
		}
		name, words := cols[0], cols[1]
		topics[name], points[name] = cols[2] == "topic", cols[2] == "point"
		for _, w := range strings.Split(words, "|") {
			w = strings.TrimSpace(w)
			if stem, ok := strings.CutSuffix(w, "*"); ok {
				if stem == "" {
					panic("story: data/events.tsv line " + strconv.Itoa(n+1) + ": a lone * would open every word")
				}
				stems = append(stems, eventStem{claims.MatchKey(stem), name})
				continue
			}
			exact[claims.MatchKey(w)] = name
		}
	}
	return exact, stems, topics, points
}

// eventsIn returns the kinds of event the words of text name, each once.
func eventsIn(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, notWordRune) {
		k := claims.MatchKey(w)
		ev, ok := eventWords[k]
		if !ok {
			first, _ := utf8.DecodeRuneInString(k)
			for _, s := range eventStemsByRune[first] {
				if strings.HasPrefix(k, s.stem) {
					ev, ok = s.event, true
					break
				}
			}
		}
		if ok && !slices.Contains(out, ev) {
			out = append(out, ev)
		}
	}
	return out
}

// notWordRune splits a claim's text into words: letters and their marks.
func notWordRune(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsMark(r)) }

// eventStemsByRune holds eventStems by the letter each opens with, in
// their order: a word can only open with a stem that opens with its own
// first letter, and reading every stem for every word of every claim was
// most of what finding an article's signals cost.
var eventStemsByRune = func() map[rune][]eventStem {
	m := map[rune][]eventStem{}
	for _, s := range eventStems {
		first, _ := utf8.DecodeRuneInString(s.stem)
		m[first] = append(m[first], s)
	}
	return m
}()
