package claims

import (
	_ "embed"
	"sync"
)

//go:embed data/members.tsv
var membersTSV string

// memberLinks are data/members.tsv in match-key form.
type memberLinks struct {
	after, before map[string]bool
}

var memberVocab = sync.OnceValue(func() memberLinks {
	m := memberLinks{after: map[string]bool{}, before: map[string]bool{}}
	for _, row := range tsvRows(membersTSV) {
		if len(row) < 2 {
			continue
		}
		set := m.before
		if row[0] == "after" {
			set = m.after
		}
		for _, w := range tsvAliases(row[1]) {
			set[MatchKey(w)] = true
		}
	}
	return m
})

// memberCounted is the counted noun of members (data/counted.tsv).
const memberCounted = "member"

// memberOwner returns the body a count of members belongs to, "" when the
// claim names none next to it. A count of members is a fact of the body,
// never of the story's event: "55 सदस्य देशों वाला अफ्रीकी संघ" is the
// African Union's, "G20 में अब 21 सदस्य" the G20's, and the two are
// never compared. The body is an organisation named right after the
// count's noun, behind at most one link word ("वाला", "of") and whatever
// its case ending ("५५ सदस्य देशांच्या आफ्रिकन युनियनला", "৫৪টি দেশের জোট
// আফ্রিকান ইউনিয়নকে": the ending is the body's part in the sentence, not
// in the count), else one named before the count in its clause with at
// most three link words between ("The AU, a bloc of 55").
func memberOwner(text []rune, q *Quantity, ents []Entity) string {
	if q.Start < 0 || q.Start > q.End || q.End > len(text) {
		return ""
	}
	v := memberVocab()
	for _, e := range ents {
		if e.Start < q.End {
			continue
		}
		if e.Kind == Organisation && allowedWords(facetSplitWords(string(text[q.End:e.Start])), v.after, 1) {
			return e.Name
		}
		break
	}
	start := clauseStart(text, q.Start)
	for i := len(ents) - 1; i >= 0; i-- {
		e := ents[i]
		if e.End > q.Start || e.End < 0 {
			continue
		}
		if e.Start < start || e.Kind != Organisation {
			return ""
		}
		if allowedWords(facetSplitWords(string(text[e.End:q.Start])), v.before, 3) {
			return e.Name
		}
		return ""
	}
	return ""
}
