package claims

import (
	_ "embed"
	"strings"
	"sync"
)

// StageScope is how an attribute names a figure of one stage of its event:
// "rescued person count at stage 1" is the first day's count of an
// exchange, "turnout percent at stage 2" the second phase's. A stage's
// figure and the event's total are two facts, and so are two stages'.
// "last" stays a stage of its own: which number it is, the clause does not
// always say.
const StageScope = " at stage "

//go:embed data/scope_stages.tsv
var scopeStagesTSV string

type stageVocab struct {
	ordinalExact  map[string]string
	ordinalPrefix []facetStem
	nounExact     map[string]string
	nounPrefix    []facetStem
	join          map[string]bool
}

var stageWords = sync.OnceValue(func() *stageVocab {
	v := &stageVocab{ordinalExact: map[string]string{}, nounExact: map[string]string{}, join: map[string]bool{}}
	for _, row := range tsvRows(scopeStagesTSV) {
		if len(row) < 3 {
			continue
		}
		for _, w := range strings.Split(row[2], ",") {
			if w = MatchKey(w); w == "" {
				continue
			}
			switch row[0] {
			case "ordinal":
				addWord(v.ordinalExact, &v.ordinalPrefix, w, row[1])
			case "stage":
				addWord(v.nounExact, &v.nounPrefix, w, row[1])
			case "join":
				v.join[w] = true
			}
		}
	}
	return v
})

// stageScope returns the stage q's clause puts it in, as an attribute
// suffix, "" for none: the stage phrase nearest the figure on either side
// ("390 freed on the first day", "दुसऱ्या दिवशी ... ३०७ कैद्यांची सुटका").
// A stage phrase right before "of" and the figure names the whole the
// stage is of, not the figure's stage: "in the first stage of a
// 1,000-for-1,000 swap".
func stageScope(text []rune, q *Quantity) string {
	if q.Start < 0 || q.Start > q.End || q.End > len(text) {
		return ""
	}
	before := facetSplitWords(clauseTail(string(text[:q.Start])))
	after := facetSplitWords(clauseHead(string(text[q.End:])))
	best, bestDist := "", -1
	consider := func(words []string, j, dist int) {
		if n := stageAt(words, j); n != "" && (bestDist < 0 || dist < bestDist) {
			best, bestDist = n, dist
		}
	}
	for j := range before {
		if tail := before[j+1:]; len(tail) > 0 && MatchKey(tail[0]) == "of" && len(tail) <= 2 {
			continue
		}
		consider(before, j, len(before)-j)
	}
	for j := range after {
		consider(after, j, j+1)
	}
	if best == "" {
		return ""
	}
	return StageScope + best
}

// stageAt returns the stage words[j] names when it is a stage noun with an
// ordinal right before it, or two ordinals joined ("third and final"), of
// which "last" wins. "" when words[j] is no stage.
func stageAt(words []string, j int) string {
	v := stageWords()
	if facetLookupWord(MatchKey(words[j]), v.nounExact, v.nounPrefix) == "" || j == 0 {
		return ""
	}
	ordinal := func(i int) string {
		if i < 0 {
			return ""
		}
		return facetLookupWord(MatchKey(words[i]), v.ordinalExact, v.ordinalPrefix)
	}
	n := ordinal(j - 1)
	if n == "" {
		return ""
	}
	if j >= 3 && v.join[MatchKey(words[j-2])] && ordinal(j-3) != "" {
		// "the third and final day": a report that says final is how
		// the others name it ("अखेरच्या टप्प्यात", "on the last day").
		if m := ordinal(j - 3); m == "last" {
			n = m
		}
	}
	return n
}
