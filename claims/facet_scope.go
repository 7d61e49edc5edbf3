package claims

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// A figure's scope narrows what it counts, so that figures of different
// scope are different facts, never a conflict: "19 killed on Sunday alone"
// is not the toll of 174, "186 deaths since August 8" not the 324 since the
// monsoon began. Places scope a figure through its Subject; the scopes here
// go into its Attribute:
//
//   - " each": a sum per person or family ("Rs 2 lakh to each family");
//   - " daily": a count of one day ("alone", "new cases", "গত ২৪ ঘণ্টায়");
//     claims/story keys it by its as-of day as well;
//   - " since 2018-08-08": a count since a date ("since", "থেকে", "से",
//     "पासून" beside an absolute date). claims/story folds it into the
//     running total when the date is long before the report: a count since
//     the season began is the season's toll.
//
// A figure the claim only expects ("could reach 10,000", "আশঙ্কা") is no
// statement at all and gets no facet (isProjection).

// SinceScope is how an attribute names a count since a date.
const SinceScope = " since "

// DailyScope is how an attribute names one day's count.
const DailyScope = " daily"

// EachScope is how an attribute names a sum or count per person or family.
const EachScope = " each"

// YearScope is how an attribute names a figure its clause dates to a year
// alone ("17 people died in the first outbreak in 2018"). claims/story
// folds it back into the figure's fact when the year is the report's own:
// only a figure of another year is another event's.
const YearScope = " in year "

// yearOfClause returns the year a date of year precision in q's clause
// gives it, "" when none does.
func yearOfClause(c *Claim, text []rune, q *Quantity) string {
	for _, d := range c.Dates {
		if d.Precision == "year" && !d.Relative && len(d.ISO) == 4 && sameClause(text, d.Start, d.End, q.Start, q.End) {
			return d.ISO
		}
	}
	return ""
}

// clauseWords returns the words of the clause around q: back to the last
// clause break before it and on to the first after it, at most reach words
// each side.
func clauseWords(text []rune, q *Quantity, reach int) (before, after []string) {
	if q.Start < 0 || q.Start > q.End || q.End > len(text) {
		return nil, nil
	}
	before = facetSplitWords(clauseTail(string(text[:q.Start])))
	if len(before) > reach {
		before = before[len(before)-reach:]
	}
	after = facetSplitWords(clauseHead(string(text[q.End:])))
	if len(after) > reach {
		after = after[:reach]
	}
	return before, after
}

// isProjection reports whether the clause of q says the figure is expected
// or feared rather than counted. The words of c's dates are no such words:
// "on May 23" is a day, not a "may".
func isProjection(c *Claim, text []rune, q *Quantity) bool {
	if len(c.Dates) > 0 {
		text = slices.Clone(text)
		for _, d := range c.Dates {
			for i := max(d.Start, 0); i < min(d.End, len(text)); i++ {
				text[i] = ' '
			}
		}
	}
	before, after := clauseWords(text, q, 6)
	for _, w := range append(before, after...) {
		if facetLookupWord(MatchKey(w), facetVocab.projectionExact, facetVocab.projectionPrefix) != "" {
			return true
		}
	}
	return false
}

// isPart reports whether q is one part of a figure stated beside it: a
// part word right before it ("including 49 Indians") or within two words
// after it ("49 भारतीयों समेत 79 विदेशी नागरिक").
func isPart(text []rune, q *Quantity) bool {
	if q.Start < 0 || q.Start > q.End || q.End > len(text) {
		return false
	}
	if isPartBefore(text, q.Start) {
		return true
	}
	after := facetSplitWords(clauseHead(string(text[q.End:])))
	for i, w := range after {
		if i == 2 {
			break
		}
		if facetVocab.partAfter[MatchKey(w)] {
			return true
		}
	}
	return false
}

// figureScope returns the scope q's clause gives it, as an attribute
// suffix, "" for none.
func figureScope(c *Claim, text []rune, q *Quantity) string {
	if iso := sinceDate(c, text, q); iso != "" {
		return SinceScope + iso
	}
	if clock := clockScope(text, q, q.Unit == "percent"); clock != "" {
		return clock
	}
	if year := yearOfClause(c, text, q); year != "" {
		return YearScope + year
	}
	if stage := stageScope(text, q); stage != "" {
		return stage
	}
	// "29-29 लोग", "তিন-তিন জন": so many in each of several places, never
	// the total. (A reduplicated sum, "10-10 लाख रुपये" to each family, is
	// the sum a family gets, as "১০ লক্ষ টাকা করে" is: left as it is.)
	if q.Dimension != "money" && Reduplicated(q.Text) {
		return EachScope
	}
	before, after := clauseWords(text, q, 5)
	// The figure's own words make it a day's too: "68,631 नए मामले"
	// counts new cases (but "62.5 per cent" is no sum per person).
	for _, w := range facetSplitWords(q.Text) {
		if facetVocab.scopes[MatchKey(w)] == "daily" {
			return DailyScope
		}
	}
	for _, w := range append(before, after...) {
		switch facetVocab.scopes[MatchKey(w)] {
		case "daily":
			return DailyScope
		case "each":
			// A sum each is per person or family; a count of people
			// each ("390 prisoners each", "প্রত্যেকী १,०००") is each
			// side's, which is how every report of an exchange counts,
			// said or not.
			if q.Unit != "" {
				return EachScope
			}
		}
	}
	if hours24(string(text[max(0, q.Start-40):q.Start])) {
		return DailyScope
	}
	return ""
}

//go:embed data/scope_day_phrases.txt
var scopeDayPhrasesTXT string

// dayPhrases are data/scope_day_phrases.txt in match-key form.
var dayPhrases = sync.OnceValue(func() []string {
	var out []string
	for _, row := range tsvRows(scopeDayPhrasesTXT) {
		out = append(out, MatchKey(row[0]))
	}
	return out
})

// hours24 reports whether s holds a "last 24 hours" phrase in any script.
func hours24(s string) bool {
	k := MatchKey(s)
	for _, p := range dayPhrases() {
		if strings.Contains(k, p) {
			return true
		}
	}
	return false
}

// sinceDate returns the ISO date a count is counted since, when an
// absolute date of the claim stands in q's clause with a "since" word
// before it or a "from" postposition after it.
func sinceDate(c *Claim, text []rune, q *Quantity) string {
	for _, d := range c.Dates {
		if len(d.ISO) >= 7 && sameClause(text, d.Start, d.End, q.Start, q.End) && sinceMarked(text, d) {
			return d.ISO
		}
	}
	return ""
}

// sinceMarked reports whether date d of text is the start of a span: a
// "since" word before it or a "from" postposition after it.
func sinceMarked(text []rune, d Date) bool {
	return facetVocab.sinceBefore[wordBefore(text, d.Start)] || facetVocab.sinceAfter[wordAfterKey(text, d.End)] ||
		gluedSince(d.Text)
}

// SinceDates returns the absolute dates c states as the start of a span,
// whatever follows them: "since May 3", "3 मई से 4 जुलाई के बीच", "১১
// এপ্রিল থেকে". A report of a running event tells of it since that day.
func SinceDates(c *Claim) []string {
	var out []string
	var text []rune
	for _, d := range c.Dates {
		if len(d.ISO) < 7 || d.ISO[0] == '-' {
			continue
		}
		if text == nil {
			text = []rune(c.Text)
		}
		if sinceMarked(text, d) {
			out = append(out, d.ISO)
		}
	}
	return out
}

// gluedSince reports whether a date as written ends in a "from" ending
// glued to it (8 ऑगस्टपासून).
func gluedSince(written string) bool {
	k := MatchKey(written)
	for w := range facetVocab.sinceAfter {
		if len(k) > len(w) && strings.HasSuffix(k, w) {
			return true
		}
	}
	return false
}

// wordAfterKey returns the match key of the word that starts right after
// position i of text, "" when punctuation comes first.
func wordAfterKey(text []rune, i int) string {
	if i < 0 || i > len(text) {
		return ""
	}
	rest := strings.TrimLeft(string(text[i:]), " ")
	end := strings.IndexFunc(rest, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsMark(r)) })
	if end < 0 {
		end = len(rest)
	}
	return MatchKey(rest[:end])
}

// sameClause reports whether two spans of text have no clause break
// between them.
func sameClause(text []rune, aStart, aEnd, bStart, bEnd int) bool {
	lo, hi := min(aEnd, bEnd), max(aStart, bStart)
	if lo < 0 || hi > len(text) || lo > hi {
		return lo >= hi // overlapping spans are one clause
	}
	return !strings.ContainsAny(string(text[lo:hi]), clauseBreaks)
}
