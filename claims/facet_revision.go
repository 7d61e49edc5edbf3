package claims

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// A correction states a figure and the figure it replaces: "the toll was
// revised to 260 from 270", "75, not 88", "৮৮ নয়, বরং ৭৫", "88 नहीं,
// बल्कि 75". The replaced figure is no statement of the fact (it is what an
// earlier report said), so it gets no facet; the claim's other figures are
// statements that revise the fact (claims/story: revised, not disputed).
// The words are data/revisions.tsv.

//go:embed data/revisions.tsv
var revisionsTSV string

// revisionWords holds data/revisions.tsv in match-key form.
type revisionWords struct {
	correction                    []string // phrases inside the claim's text
	oldBefore, oldAfter           map[string]bool
	negationBefore, negationAfter map[string]bool
	// law words after a correction word make it a law's name.
	lawExact  map[string]bool
	lawPrefix []string
	// earlier phrases open a claim that tells an earlier report.
	earlier [][]string
}

var revisionVocab = sync.OnceValue(func() *revisionWords {
	w := &revisionWords{oldBefore: map[string]bool{}, oldAfter: map[string]bool{},
		negationBefore: map[string]bool{}, negationAfter: map[string]bool{}, lawExact: map[string]bool{}}
	for _, row := range tsvRows(revisionsTSV) {
		if len(row) != 2 {
			panic("claims: data/revisions.tsv: want 2 tab-separated columns: " + strings.Join(row, "\t"))
		}
		for _, word := range strings.Split(row[1], ",") {
			if word = MatchKey(word); word == "" {
				continue
			}
			switch row[0] {
			case "correction":
				w.correction = append(w.correction, word)
			case "old-before":
				w.oldBefore[word] = true
			case "old-after":
				w.oldAfter[word] = true
			case "negation-before":
				w.negationBefore[word] = true
			case "negation-after":
				w.negationAfter[word] = true
			case "earlier":
				w.earlier = append(w.earlier, facetSplitWords(word))
			case "law":
				if stem, ok := strings.CutSuffix(word, "*"); ok {
					w.lawPrefix = append(w.lawPrefix, stem)
				} else {
					w.lawExact[word] = true
				}
			default:
				panic("claims: data/revisions.tsv: unknown kind " + row[0])
			}
		}
	}
	return w
})

// IsCorrection reports whether c corrects an earlier figure: by a word
// that says so ("revised", "সংশোধিত", "सुधारित"), or by denying one of
// its figures beside another ("75, not 88").
func IsCorrection(c *Claim) bool {
	if hasCorrectionWord(c.Text) {
		return true
	}
	text := []rune(c.Text)
	denied, other := false, false
	for i := range c.Quantities {
		if deniedFigure(text, &c.Quantities[i], c.Quantities) {
			denied = true
		} else {
			other = true
		}
	}
	return denied && other
}

// hasCorrectionWord reports whether text holds a word that says it
// corrects an earlier figure.
// A correction word in a law's name ("वक्फ (संशोधन) कानून") is none.
func hasCorrectionWord(text string) bool {
	k := MatchKey(text)
	v := revisionVocab()
	for _, w := range v.correction {
		for from := 0; ; {
			i := strings.Index(k[from:], w)
			if i < 0 {
				break
			}
			end := from + i + len(w)
			if !v.namesLaw(k[end:]) {
				return true
			}
			from = end
		}
	}
	return false
}

// namesLaw reports whether a law word is among the two words that open
// rest, less the end of the word the correction word stood in (সংশোধনী).
func (v *revisionWords) namesLaw(rest string) bool {
	words := facetSplitWords(rest)
	if len(rest) > 0 && len(words) > 0 && strings.HasPrefix(rest, words[0]) {
		words = words[1:] // the rest of the correction word's own word
	}
	for i, w := range words {
		if i == 2 {
			break
		}
		if v.lawExact[w] {
			return true
		}
		for _, p := range v.lawPrefix {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// replacedFigures marks the figures of c that a correction replaces, or
// all of them when c tells an earlier report (tellsEarlier); nil when c is
// neither.
func replacedFigures(c *Claim) []bool {
	if len(c.Quantities) < 1 {
		return nil
	}
	if tellsEarlier(c.Text) {
		out := make([]bool, len(c.Quantities))
		for i := range out {
			out[i] = true
		}
		return out
	}
	if !IsCorrection(c) {
		return nil
	}
	text := []rune(c.Text)
	out := make([]bool, len(c.Quantities))
	v := revisionVocab()
	for i := range c.Quantities {
		q := &c.Quantities[i]
		out[i] = deniedFigure(text, q, c.Quantities) || markedAfter(text, q, c.Quantities, v.oldAfter)
		if start, _, ok := figureReach(text, q, c.Quantities); ok && !out[i] {
			for _, w := range facetSplitWords(clauseTail(string(text[start:q.Start]))) {
				if v.oldBefore[MatchKey(w)] {
					out[i] = true
					break
				}
			}
		}
	}
	return out
}

// tellsEarlier reports whether text opens with words that say it tells
// what was reported before (data/revisions.tsv earlier): "Earlier in the
// evening, ...", "इससे पहले सुबह ...".
func tellsEarlier(text string) bool {
	words := facetSplitWords(text)
	for i := range words {
		words[i] = MatchKey(words[i])
	}
	for _, p := range revisionVocab().earlier {
		if len(p) > 0 && len(p) <= len(words) && slices.Equal(words[:len(p)], p) {
			return true
		}
	}
	return false
}

// deniedFigure reports whether q is denied: "not 88", "৮৮ নয়", "88 नहीं".
func deniedFigure(text []rune, q *Quantity, all []Quantity) bool {
	v := revisionVocab()
	return v.negationBefore[wordBefore(text, q.Start)] || markedAfter(text, q, all, v.negationAfter)
}

// markedAfter reports whether one of the two words right after q (its
// noun may stand between), short of the next figure, is in words.
func markedAfter(text []rune, q *Quantity, all []Quantity, words map[string]bool) bool {
	_, end, ok := figureReach(text, q, all)
	if !ok {
		return false
	}
	after := facetSplitWords(clauseHead(string(text[q.End:end])))
	for i, w := range after {
		if i == 2 {
			break
		}
		if words[MatchKey(w)] {
			return true
		}
	}
	return false
}
