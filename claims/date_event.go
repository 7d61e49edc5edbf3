package claims

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/date_event_marks.tsv
var dateEventMarksTSV string

// dateEventMarks holds data/date_event_marks.tsv in match-key form.
type dateEventMarks struct {
	happened, time map[string]bool
	genitive       []string
}

var eventDayVocab = sync.OnceValue(func() *dateEventMarks {
	m := &dateEventMarks{happened: map[string]bool{}, time: map[string]bool{}}
	for _, row := range tsvRows(dateEventMarksTSV) {
		if len(row) != 2 {
			panic("claims: data/date_event_marks.tsv: want 2 tab-separated columns: " + strings.Join(row, "\t"))
		}
		for _, w := range strings.Split(row[1], "|") {
			k := MatchKey(w)
			switch row[0] {
			case "happened":
				m.happened[k] = true
			case "time":
				m.time[k] = true
			case "genitive":
				m.genitive = append(m.genitive, k)
			default:
				panic("claims: data/date_event_marks.tsv: unknown kind " + row[0])
			}
		}
	}
	return m
})

// EventDay reports whether d, a date of c, is the day an event happened
// rather than the day c's figures are counted as of: the date modifies the
// event ("Friday's strike", "রোববারের হামলায়") or a participle says the
// event happened on it ("शुक्रवार शाम हुए हमले में", "रविवारी झालेल्या
// हल्ल्यात"). "The toll rose to 20 on Sunday" gives Sunday as its day.
func EventDay(c *Claim, d Date) bool {
	v := eventDayVocab()
	text := []rune(c.Text)
	if d.Start < 0 || d.End > len(text) || d.Start >= d.End {
		return false
	}
	word := MatchKey(string(text[d.Start:d.End]))
	for _, g := range v.genitive {
		if strings.HasSuffix(word, g) {
			return true
		}
	}
	rest := string(text[d.End:])
	if strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
		return true
	}
	words := facetSplitWords(clauseHead(rest))
	for i, w := range words {
		k := MatchKey(w)
		switch {
		case v.happened[k]:
			return true
		case i < 2 && v.time[k]:
			continue
		}
		return false
	}
	return false
}
