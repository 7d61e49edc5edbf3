package claims

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
)

//go:embed data/clause_subjects.tsv
var clauseSubjectsTSV string

// subjectWords are data/clause_subjects.tsv in match-key form.
type subjectWords struct {
	agent, genitive, postposition, brk map[string]bool
}

var clauseVocab = sync.OnceValue(func() subjectWords {
	w := subjectWords{agent: map[string]bool{}, genitive: map[string]bool{}, postposition: map[string]bool{}, brk: map[string]bool{}}
	for _, row := range tsvRows(clauseSubjectsTSV) {
		if len(row) < 2 {
			continue
		}
		set := map[string]map[string]bool{"agent": w.agent, "genitive": w.genitive, "postposition": w.postposition, "break": w.brk}[row[0]]
		if set == nil {
			continue
		}
		for _, a := range tsvAliases(row[1]) {
			set[MatchKey(a)] = true
		}
	}
	return w
})

// maxSubjectReach is how many words may stand between the subject of a
// verb-final clause and the figure it owns: a place, a time and a target
// ("পূর্ব উপকূলের সাগরে", "1 अक्टूबर को इज़राइल पर"), not a second clause.
const maxSubjectReach = 8

// clauseSubject returns the owner of figure q as the subject of its
// verb-final clause, "" when the clause has none. In Bengali, Hindi and
// Marathi the subject opens the clause and the verb closes it, so the
// owner countOwner looks for right before the figure may stand several
// words further back. It is the first name of an owner's kind in the
// figure's clause that is marked as its subject: a bare (nominative)
// Bengali name, a Hindi or Marathi name with the agent mark ने, or the
// possessor of such an agent ("ईरान के रिवोल्यूशनरी गार्ड्स ने": Iran's).
// Between it and the figure there may be no clause break (punctuation, a
// conjunction, a verb of saying), no other owner that is not a place or a
// target, and no more than maxSubjectReach words. English needs none of
// this: its subject stands before the verb, next to the figure.
func clauseSubject(text []rune, q *Quantity, ents []Entity) string {
	if q.Start <= 0 || q.Start > len(text) {
		return ""
	}
	v := clauseVocab()
	start := clauseStart(text, q.Start)
	for i, e := range ents {
		if e.Start < start || e.End > q.Start || !isOwnerKind(e.Kind) || !indic(e.Text) {
			continue
		}
		after := strings.Fields(string(text[e.End:q.Start]))
		owner, rest, ok := subjectOf(e, after, v)
		if !ok {
			continue
		}
		if len(rest) > maxSubjectReach || !noBreak(rest, v) || ownerBetween(text, ents[i+1:], q.Start) {
			return ""
		}
		if e.Kind == Person {
			return countryOfTitle(text, ents, i)
		}
		return owner
	}
	return ""
}

// subjectOf reports whether entity e, followed by the words after up to the
// figure, is the clause's subject, and returns the words left between the
// subject phrase and the figure.
func subjectOf(e Entity, after []string, v subjectWords) (string, []string, bool) {
	key := MatchKey(e.Text)
	switch {
	case isBengali(e.Text):
		// A bare name is the nominative subject; a case ending (রাশিয়ায়,
		// ভারতের, রাশিয়াকে) or a postposition after it makes it something
		// else.
		if facetVocab.isOblique(e.Text) || strings.HasSuffix(key, "র") {
			return "", nil, false
		}
		if len(after) > 0 && v.postposition[MatchKey(after[0])] {
			return "", nil, false
		}
		return e.Name, after, true
	case glued(key, v.agent):
		return e.Name, after, true // Marathi उत्तर कोरियाने
	case len(after) > 0 && v.agent[MatchKey(after[0])]:
		return e.Name, after[1:], true // Hindi उत्तर कोरिया ने
	case len(after) >= 3 && v.genitive[MatchKey(after[0])]:
		// The possessor of the agent: "ईरान के रिवोल्यूशनरी गार्ड्स ने".
		for j := 2; j <= 3 && j < len(after); j++ {
			if v.agent[MatchKey(after[j])] {
				return e.Name, after[j+1:], true
			}
		}
	}
	return "", nil, false
}

// glued reports whether key ends in one of marks written on to a longer word.
func glued(key string, marks map[string]bool) bool {
	for m := range marks {
		if strings.HasSuffix(key, m) && len(key) > len(m)+3 {
			return true
		}
	}
	return false
}

// noBreak reports whether words hold no clause break.
func noBreak(words []string, v subjectWords) bool {
	for _, w := range words {
		if v.brk[MatchKey(w)] {
			return false
		}
	}
	return true
}

// ownerBetween reports whether an owner other than a place or a target
// (a name with a locative or dative ending, or one behind "पर", "में")
// stands in ents before end: two subjects, no clear owner.
func ownerBetween(text []rune, ents []Entity, end int) bool {
	for _, e := range ents {
		if e.End > end {
			break
		}
		if !isOwnerKind(e.Kind) || facetVocab.isOblique(e.Text) {
			continue
		}
		if next := strings.Fields(string(text[e.End:end])); len(next) > 0 && facetVocab.destination[MatchKey(next[0])] {
			continue
		}
		return true
	}
	return false
}

// indic reports whether s is written in Bengali or Devanagari script.
func indic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Bengali, r) || unicode.Is(unicode.Devanagari, r) {
			return true
		}
	}
	return false
}

// isBengali reports whether s is written in Bengali script.
func isBengali(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Bengali, r) {
			return true
		}
	}
	return false
}
