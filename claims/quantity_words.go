package claims

import "strings"

// Words around a figure that decide whether it is one: where the search for
// a counted noun stops, and the labels and clock words that make a bare
// number a name or a time.
var (
	// countedStops end the search for a counted noun (in, and, থেকে, और).
	countedStops = map[string]bool{}
	// numberLabels make a bare number after them a name (Article 370).
	numberLabels = map[string]bool{}
	// clockWords make a bare number before them a time of day (10 am).
	clockWords = newPhraseSet[bool]()
	// minusWords before a temperature make it negative (minus 5 degrees).
	minusWords = map[string]bool{}
	// tallyWords make a small bare number after them a count ("the toll
	// rose to five", মৃতের সংখ্যা বেড়ে আট), matched as word endings.
	tallyWords []string
)

// tallyReach is how many words may stand between a tally word and the
// number it makes a count: "rose to five", "সংখ্যা বেড়ে দাঁড়াল ছয়".
const tallyReach = 3

// afterTallyWord reports whether a tally word stands among the tallyReach
// words before toks[i], in its clause.
func afterTallyWord(toks []qtoken, i int) bool {
	for j, words := i-1, 0; j >= 0 && words < tallyReach; j-- {
		t := &toks[j]
		if t.kind != qWord {
			if strings.ContainsAny(t.key, clauseBreaks+",:") {
				return false
			}
			continue
		}
		words++
		for _, w := range tallyWords {
			if strings.HasSuffix(t.key, w) {
				return true
			}
		}
	}
	return false
}

func init() {
	for _, row := range tsvRows(countedStopsTSV) {
		countedStops[strings.ToLower(row[0])] = true
	}
	for _, row := range tsvRows(numberTallyTSV) {
		tallyWords = append(tallyWords, strings.ToLower(row[0]))
	}
	for _, row := range tsvRows(numberLabelsTSV) {
		if len(row) < 2 {
			panic("claims: data/numbers_labels.tsv: short row " + strings.Join(row, "\t"))
		}
		switch row[0] {
		case "after":
			clockWords.add(row[1], true)
		case "minus":
			minusWords[strings.ToLower(row[1])] = true
		default:
			numberLabels[strings.ToLower(row[1])] = true
		}
	}
}

// eventAfter reports whether one of the two words after toks[end-1] says
// what befell what a figure counts (data/attributes.tsv events: killed,
// wounded, missing...): "এক বেসামরিক নাগরিক নিহত", "एक व्यक्ति की मौत".
func eventAfter(toks []qtoken, end int) bool {
	for j, words := end, 0; j < len(toks) && words < 2; j++ {
		if toks[j].kind != qWord {
			return false
		}
		words++
		if facetLookupWord(toks[j].key, facetVocab.eventExact, facetVocab.eventPrefix) != "" {
			return true
		}
	}
	return false
}
