package claims

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// ClockScope is how an attribute names a running figure counted up to an
// hour of the day: "turnout percent at 15:00". The turnout by 3 pm and the
// day's final turnout are two facts, and so are two bulletins' tolls.
const ClockScope = " at "

//go:embed data/clock_words.tsv
var clockWordsTSV string

type clockVocab struct {
	markerExact, dayExact, tillExact    map[string]string
	markerPrefix, dayPrefix, tillPrefix []facetStem
	tillPhrases                         []string // several words: "up to", "as of"
}

var clockTimes = sync.OnceValue(func() *clockVocab {
	v := &clockVocab{markerExact: map[string]string{}, dayExact: map[string]string{}, tillExact: map[string]string{}}
	for _, row := range tsvRows(clockWordsTSV) {
		if len(row) < 3 {
			continue
		}
		for _, w := range strings.Split(row[2], ",") {
			if w = MatchKey(w); w == "" {
				continue
			}
			switch row[0] {
			case "marker":
				addWord(v.markerExact, &v.markerPrefix, w, row[1])
			case "day":
				addWord(v.dayExact, &v.dayPrefix, w, row[1])
			case "till":
				if strings.Contains(w, " ") {
					v.tillPhrases = append(v.tillPhrases, w)
				} else {
					addWord(v.tillExact, &v.tillPrefix, w, row[1])
				}
			}
		}
	}
	return v
})

// clockScope returns the ClockScope of q when its clause counts it up to
// an hour ("by 3 pm", "বেলা ৩টা পর্যন্ত", "3 बजे तक"), "" when none. at
// also takes "at 3pm" as such an hour: a measure that stood at a share at
// an hour ("turnout stood at 27.15 percent at 3pm"), where a count beside
// "at 3 pm" may be of something that happened then.
func clockScope(text []rune, q *Quantity, at bool) string {
	if q.Start < 0 || q.Start > q.End || q.End > len(text) {
		return ""
	}
	// An hour needs digits: most clauses have none but the figure's, and
	// their words are not worth splitting then (BenchmarkPipeline).
	before, after := text[:q.Start], text[q.End:]
	if slices.ContainsFunc(before, qDigitRune) {
		if h, ok := clockHour(facetSplitWords(clauseTail(string(before))), at); ok {
			return fmt.Sprintf("%s%02d:00", ClockScope, h)
		}
	}
	if slices.ContainsFunc(after, qDigitRune) {
		if h, ok := clockHour(facetSplitWords(clauseHead(string(after))), at); ok {
			return fmt.Sprintf("%s%02d:00", ClockScope, h)
		}
	}
	return ""
}

// clockHour finds an hour of the day among words: digits of 1 to 23 with
// a clock marker glued on or right after them, counted up to by a till
// word after the marker or before the hour. The hour is on a 24-hour
// clock: pm (or an afternoon word before it) adds 12, and an hour from 1
// to 6 with neither is in the afternoon, when polls and bulletins report.
func clockHour(words []string, at bool) (int, bool) {
	v := clockTimes()
	for i, w := range words {
		h, rest, ok := leadingHour(w)
		if !ok {
			continue
		}
		next := i + 1
		if rest == "" && next < len(words) {
			rest, next = MatchKey(words[next]), next+1
		}
		if rest == "p" || rest == "a" { // "3 p.m." splits into p and m
			rest += "m"
			if next < len(words) && MatchKey(words[next]) == "m" {
				next++
			}
		}
		marker := facetLookupWord(rest, v.markerExact, v.markerPrefix)
		if marker == "" {
			continue
		}
		day := ""
		for _, b := range words[max(0, i-2):i] {
			if d := facetLookupWord(MatchKey(b), v.dayExact, v.dayPrefix); d != "" {
				day = d
			}
		}
		till := v.gluedTill(rest) // "६ वाजेपर्यंत": the till word glued to the marker
		for _, a := range words[next:min(len(words), next+2)] {
			till = till || facetLookupWord(MatchKey(a), v.tillExact, v.tillPrefix) != ""
		}
		before := strings.Join(keysOf(words[max(0, i-2):i]), " ")
		for _, b := range words[max(0, i-1):i] {
			k := MatchKey(b)
			till = till || facetLookupWord(k, v.tillExact, v.tillPrefix) != "" || (at && k == "at")
		}
		for _, p := range v.tillPhrases {
			till = till || strings.HasSuffix(before, p)
		}
		if !till {
			continue
		}
		switch {
		case (marker == "pm" || day == "pm") && h < 12:
			h += 12
		case (marker == "am" || day == "am") && h == 12:
			h = 0
		case marker != "am" && day == "" && h >= 1 && h <= 6:
			h += 12
		}
		return h, true
	}
	return 0, false
}

// leadingHour reads the hour a word begins with, in any script's digits,
// and what follows it in match-key form ("3pm" is 3 and "pm", "৩টা" is 3
// and "টা"); ok is false for no digits, more than two, or an hour past 23.
func leadingHour(w string) (h int, rest string, ok bool) {
	n := 0
	for i, r := range w {
		d, isDigit := qDigitValue(r)
		if !isDigit {
			if n == 0 {
				return 0, "", false
			}
			return h, MatchKey(w[i:]), h <= 23
		}
		if n++; n > 2 {
			return 0, "", false
		}
		h = h*10 + d
	}
	return h, "", n > 0 && h <= 23
}

// clockMarkerAt reports whether a clock marker (টা, बजे, pm) stands at
// toks[i], glued to the number before it or not.
func clockMarkerAt(toks []qtoken, i int) bool {
	if i >= len(toks) || toks[i].kind != qWord {
		return false
	}
	v := clockTimes()
	return facetLookupWord(toks[i].key, v.markerExact, v.markerPrefix) != ""
}

// afterDayPart reports whether a part of the day stands right before
// toks[i] ("বেলা ৩টা", "सकाळी १० वाजता"): the number is an hour.
func afterDayPart(toks []qtoken, i int) bool {
	if i == 0 || toks[i-1].kind != qWord {
		return false
	}
	v := clockTimes()
	return facetLookupWord(toks[i-1].key, v.dayExact, v.dayPrefix) != ""
}

// gluedTill reports whether a till word of the data ends the word w after
// something else: a postposition glued to a clock marker (वाजेपर्यंत).
func (v *clockVocab) gluedTill(w string) bool {
	for t := range v.tillExact {
		if len(w) > len(t) && strings.HasSuffix(w, t) {
			return true
		}
	}
	for _, t := range v.tillPrefix {
		if strings.LastIndex(w, t.stem) > 0 {
			return true
		}
	}
	return false
}
