package claims

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// calendarWord is a month (1-12) or weekday (0 Sunday) from the data files.
type calendarWord struct {
	n     int
	latin bool // English names count only when capitalised: May, not may
	short bool // a name of two letters or less (মে): too ambiguous alone
}

// relativeWord is a line of data/dates_relative.tsv.
type relativeWord struct {
	kind   string // day, year, mod, marker
	offset int
	lang   string // "" for every language
}

var (
	monthWords    = newPhraseSet[calendarWord]()
	weekdayWords  = newPhraseSet[calendarWord]()
	relativeWords = newPhraseSet[relativeWord]()
)

func init() {
	load := func(set *phraseSet[calendarWord], data, name string) {
		for _, row := range tsvRows(data) {
			if len(row) < 2 {
				panic("claims: data/" + name + ": short row " + strings.Join(row, "\t"))
			}
			n, err := strconv.Atoi(row[0])
			if err != nil {
				panic("claims: data/" + name + ": bad number " + row[0])
			}
			for _, a := range tsvAliases(row[1]) {
				r, _ := utf8.DecodeRuneInString(a)
				set.add(a, calendarWord{n: n, latin: qRuneScript(r) == scriptLatin, short: utf8.RuneCountInString(a) <= 2})
			}
		}
	}
	load(monthWords, monthsTSV, "months.tsv")
	load(weekdayWords, weekdaysTSV, "weekdays.tsv")
	for _, row := range tsvRows(datesRelativeTSV) {
		if len(row) < 3 {
			panic("claims: data/dates_relative.tsv: short row " + strings.Join(row, "\t"))
		}
		off, err := strconv.Atoi(row[1])
		if err != nil {
			panic("claims: data/dates_relative.tsv: bad offset " + row[1])
		}
		w := relativeWord{kind: row[0], offset: off}
		if len(row) > 3 {
			w.lang = row[3]
		}
		relativeWords.add(row[2], w)
	}
	monthWords.addEndings(nounEndings)
	weekdayWords.addEndings(nounEndings)
	relativeWords.addEndings(nounEndings)
}

// monthAt reads a month name at toks[i], case endings allowed, with the
// point of an abbreviation (Dec. 16, 16 Dec.) taken in.
func monthAt(toks []qtoken, i int) (phraseMatch[calendarWord], bool) {
	m, ok := calendarAt(monthWords, toks, i)
	if ok && m.val.latin && m.ending == "" && m.next == i+1 && m.next < len(toks) &&
		toks[m.next].key == "." && toks[m.next].glued && len(toks[i].key) <= 4 {
		m.next++
	}
	return m, ok
}

// monthEndsAt reports whether a month name ends just before toks[b]:
// "June 21", "Dec. 16".
func monthEndsAt(toks []qtoken, b int) bool {
	for a := b - 1; a >= 0 && a >= b-2; a-- {
		if m, ok := monthAt(toks, a); ok && m.next == b && m.ending == "" {
			return true
		}
	}
	return false
}

//go:embed data/month_nouns.txt
var monthNounsTXT string

// monthNouns are data/month_nouns.txt: "month" after a month's name.
var monthNouns = sync.OnceValue(func() *phraseSet[bool] {
	set := newPhraseSet[bool]()
	for _, row := range tsvRows(monthNounsTXT) {
		set.add(row[0], true)
	}
	set.addEndings(nounEndings)
	return set
})

// monthNounAt reads the word "month" at toks[k] and returns the token after it.
func monthNounAt(toks []qtoken, k int) (int, bool) {
	if k >= len(toks) || toks[k].kind != qWord {
		return k, false
	}
	m, ok := monthNouns().match(toks, k, nounEndings)
	if !ok {
		return k, false
	}
	return m.next, true
}

// weekdayAt reads a weekday name at toks[i], case endings allowed.
func weekdayAt(toks []qtoken, i int) (phraseMatch[calendarWord], bool) {
	return calendarAt(weekdayWords, toks, i)
}

func calendarAt(set *phraseSet[calendarWord], toks []qtoken, i int) (phraseMatch[calendarWord], bool) {
	if i < 0 || i >= len(toks) || toks[i].kind != qWord {
		return phraseMatch[calendarWord]{}, false
	}
	m, ok := set.match(toks, i, nounEndings)
	if !ok || (m.val.latin && !toks[i].upper) {
		return m, false
	}
	return m, true
}
