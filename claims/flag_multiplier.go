package claims

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/implausible_words.tsv
var implausibleWordsTSV string

// lostWords are the words of implausible_words.tsv: what says a figure is
// a count, and the places that exist to hold people.
type lostWords struct {
	countExact, shelterExact, ratioExact, clockExact     map[string]string
	countPrefix, shelterPrefix, ratioPrefix, clockPrefix []facetStem
}

var lostVocab = sync.OnceValue(func() *lostWords {
	w := &lostWords{countExact: map[string]string{}, shelterExact: map[string]string{}, ratioExact: map[string]string{}, clockExact: map[string]string{}}
	for _, f := range lexRows(implausibleWordsTSV) {
		if len(f.cols) != 2 {
			panic("claims: data/implausible_words.tsv line " + strconv.Itoa(f.line) + ": want kind, words")
		}
		for _, word := range strings.Split(f.cols[1], ",") {
			if word = MatchKey(strings.TrimSpace(word)); word == "" {
				continue
			}
			switch f.cols[0] {
			case "count":
				addWord(w.countExact, &w.countPrefix, word, "count")
			case "shelter":
				addWord(w.shelterExact, &w.shelterPrefix, word, "shelter")
			case "ratio":
				addWord(w.ratioExact, &w.ratioPrefix, word, "ratio")
			case "clock":
				addWord(w.clockExact, &w.clockPrefix, word, "clock")
			default:
				panic("claims: data/implausible_words.tsv line " + strconv.Itoa(f.line) + ": unknown kind " + f.cols[0])
			}
		}
	}
	return w
})

// lostMultiplierFlags flags figures whose lakh, crore or thousand was lost
// in translation, which the figure alone does not show:
//   - a bare fraction stated as a number of things ("রোগীর সংখ্যা এখন
//     ৬.৯৫", the number of patients is now 6.95): a count is whole, and
//     two decimals are how lakhs are written (6.95 lakh, 695,000);
//   - fewer people than the shelters they are in ("सुमारे 12 लोक सध्या
//     हजारो मदत छावण्यांमध्ये", about 12 people in thousands of relief
//     camps): every camp holds someone (12 lakh, 1,200,000).
//
// Neither overlaps implausibleFlags' own cases: the fraction counts no
// people, and the people are a whole, non-negative number.
func lostMultiplierFlags(text string, qs []Quantity) []Flag {
	var out []Flag
	words := lostVocab()
	shelters := -1.0 // the most shelters a figure of the claim says there are at least
	for _, q := range qs {
		if flagPeopleCounted[q.Counted] {
			// Only a claim that counts people is read for shelters.
			for _, s := range qs {
				if s.Dimension == "count" && s.Unit == "" && !flagPeopleCounted[s.Counted] && words.countsShelters(text, s) {
					shelters = math.Max(shelters, s.Low)
				}
			}
			break
		}
	}
	for _, q := range qs {
		if q.Dimension != "count" && q.Dimension != "" || q.Unit != "" || q.Vague {
			continue
		}
		var note string
		switch {
		case q.Counted == "" && q.Value != math.Trunc(q.Value) && q.Value > 0 && words.statedAsCount(text, q):
			note = fmt.Sprintf("A count cannot be %s: the figure probably lost its multiplier in translation, e.g. %s lakh (%s) or %s crore.",
				flagFigure(q.Value), flagFigure(q.Value), flagGroup(q.Value*100000), flagFigure(q.Value))
		case flagPeopleCounted[q.Counted] && q.Value >= 0 && q.Value == math.Trunc(q.Value) && shelters > 0 && q.High < shelters:
			note = fmt.Sprintf("%s %s are fewer than the shelters or camps they are in (%s or more): the figure probably lost its multiplier in translation, e.g. %s lakh (%s).",
				flagFigure(q.Value), flagPlural(q.Counted), flagGroup(shelters), flagFigure(q.Value), flagGroup(q.Value*100000))
		default:
			continue
		}
		out = append(out, Flag{Kind: FlagImplausible, Evidence: flagRuneSlice(text, q.Start, q.End), Note: note, Start: q.Start, End: q.End})
	}
	return out
}

// statedAsCount reports whether one of the six words before q says it is
// a number of things (সংখ্যা, संख्या, tally), with no figure between, and
// the words around it make it neither a ratio (1.5 गुना, 2.5 times) nor a
// time of day (রাত ৯.৩০).
func (w *lostWords) statedAsCount(text string, q Quantity) bool {
	before := facetSplitWords(flagRuneSlice(text, 0, q.Start))
	if after := facetSplitWords(flagRuneSlice(text, q.End, len(text))); len(after) > 0 {
		k := MatchKey(after[0])
		if facetLookupWord(k, w.ratioExact, w.ratioPrefix) != "" || facetLookupWord(k, w.clockExact, w.clockPrefix) != "" {
			return false
		}
	}
	if len(before) > 0 && facetLookupWord(MatchKey(before[len(before)-1]), w.clockExact, w.clockPrefix) != "" {
		return false
	}
	for i := len(before) - 1; i >= 0 && i >= len(before)-6; i-- {
		k := MatchKey(before[i])
		if facetLookupWord(k, w.countExact, w.countPrefix) != "" {
			return true
		}
		if strings.ContainsAny(before[i], "0123456789০১২৩৪৫৬৭৮৯०१२३४५६७८९") {
			return false
		}
	}
	return false
}

// countsShelters reports whether one of the two words after q is a place
// that holds people (हजारो मदत छावण्यांमध्ये: thousands of relief camps).
func (w *lostWords) countsShelters(text string, q Quantity) bool {
	after := facetSplitWords(flagRuneSlice(text, q.End, len(text)))
	for i := 0; i < len(after) && i < 3; i++ {
		if i == 0 && (after[0] == "of" || after[0] == "Of") {
			continue // "thousands of relief camps"
		}
		if facetLookupWord(MatchKey(after[i]), w.shelterExact, w.shelterPrefix) != "" {
			return true
		}
	}
	return false
}
