package claims

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// A figure that refers back. FindFacets reads one claim at a time, so a
// figure whose claim names its fact only by pointing at the claim before
// ("North Korea has sent 10,000 soldiers to Russia. Last week the US had
// put this number at 3,000.", "…मतदानाचा टक्का ४२.५ टक्के झाला. सोमवारी
// त्यांनी हा आकडा ४१.८ टक्के असल्याचे सांगितले होते.") gets no facet, and a
// reviewer never sees the two figures side by side. ArticleFacets reads
// the article as a whole and gives such a figure the fact it points at.

//go:embed data/anaphora.tsv
var anaphoraTSV string

// anaphoraReach is how many words may stand between a referring phrase and
// its figure: "put the figure at 3,000", "the tally now stands at 3,000".
const anaphoraReach = 3

// anaphoraBack is how many claims back a referring phrase may point: a
// reference further back than the claim before the one before is a
// reader's guess.
const anaphoraBack = 2

// anaphoraWords is data/anaphora.tsv in match-key form.
type anaphoraWords struct {
	refer      [][]string
	notAfter   map[string]bool
	partBefore map[string]bool
}

var anaphoraVocab = sync.OnceValue(func() *anaphoraWords {
	w := &anaphoraWords{notAfter: map[string]bool{}, partBefore: map[string]bool{}}
	for _, row := range tsvRows(anaphoraTSV) {
		if len(row) < 3 {
			continue
		}
		var keys []string
		for _, word := range facetSplitWords(row[2]) {
			keys = append(keys, MatchKey(word))
		}
		if len(keys) == 0 {
			continue
		}
		switch row[0] {
		case "refer":
			w.refer = append(w.refer, keys)
		case "not-after":
			w.notAfter[keys[0]] = true
		case "part-before":
			w.partBefore[keys[0]] = true
		}
	}
	return w
})

// ArticleFacets returns the facets of each claim of a, in order: those
// FindFacets finds, which fills Quantity.Of as it goes, and, for a figure
// with none that stands after a referring phrase in its clause
// (data/anaphora.tsv), a facet under the key of the fact the nearest claim
// within two before it states in a figure of the same kind (percent with
// percent, a count with a count). That figure counts what the fact's
// figure counts and belongs to its owner. A claim whose nearest such fact
// is not one, or that already states the fact, gets none: a guess between
// two facts would put a figure in the wrong one.
func ArticleFacets(a *Article) [][]Facet {
	out := make([][]Facet, len(a.Claims))
	for i := range a.Claims {
		c := &a.Claims[i]
		out[i] = FindFacets(c)
		if i > 0 && len(c.Quantities) > 0 {
			out[i] = append(out[i], referredFacets(c, out[i], a.Claims[max(0, i-anaphoraBack):i], out[max(0, i-anaphoraBack):i])...)
		}
	}
	return out
}

// referredFacets returns the facets of c's figures that refer back to a
// fact of the claims before (before, with their facets, nearest last), and
// fills their Quantity.Of.
func referredFacets(c *Claim, own []Facet, before []Claim, facets [][]Facet) []Facet {
	text := []rune(c.Text)
	replaced := replacedFigures(c)
	var out []Facet
	for i := range c.Quantities {
		q := &c.Quantities[i]
		if (replaced != nil && replaced[i]) || hasFigureFacet(own, q) || !refersBack(text, q) ||
			isIncrement(text, q) || isProjection(c, text, q) {
			continue
		}
		f, of, ok := referredFact(q, before, facets)
		if !ok || hasKey(own, f.Key) {
			continue
		}
		stated := *q
		if isCountFacet(f.Quantity) {
			stated.Counted = f.Quantity.Counted
		}
		stated.Of = of
		q.Of = of
		out = append(out, Facet{
			Kind:      f.Kind,
			Subject:   f.Subject,
			Attribute: f.Attribute,
			Value:     stated.String(),
			Key:       f.Key,
			Quantity:  &stated,
		})
	}
	return dropAmbiguous(out)
}

// referredFact returns the quantity facet of the nearest claim of before
// with one of q's kind, and the owner its figure was given; false when
// there is none, or when that claim holds two such facts.
func referredFact(q *Quantity, before []Claim, facets [][]Facet) (Facet, string, bool) {
	for k := len(before) - 1; k >= 0; k-- {
		var found *Facet
		for j := range facets[k] {
			f := &facets[k][j]
			if f.Kind != KindQuantity || f.Quantity == nil || !sameKindOfFigure(q, f.Quantity) {
				continue
			}
			if found != nil && found.Key != f.Key {
				return Facet{}, "", false
			}
			found = f
		}
		if found != nil {
			return *found, ownerOf(&before[k], found.Quantity), true
		}
	}
	return Facet{}, "", false
}

// sameKindOfFigure reports whether q can restate the fact of figure: both
// percentages, or q a count of nothing named or of what figure counts.
func sameKindOfFigure(q, figure *Quantity) bool {
	if q.Unit == "percent" || figure.Unit == "percent" {
		return q.Unit == figure.Unit
	}
	if !isCountFacet(figure) {
		return false
	}
	return isBareCount(q) || (isCountFacet(q) && MatchKey(q.Counted) == MatchKey(figure.Counted))
}

// ownerOf returns the Of FindFacets gave the figure of c at figure's span:
// a facet's figure may be a copy taken before its owner was filled in.
func ownerOf(c *Claim, figure *Quantity) string {
	for _, q := range c.Quantities {
		if q.Start == figure.Start && q.End == figure.End {
			return q.Of
		}
	}
	return figure.Of
}

// hasFigureFacet reports whether a facet of fs is about the figure q.
func hasFigureFacet(fs []Facet, q *Quantity) bool {
	for _, f := range fs {
		if f.Quantity != nil && f.Quantity.Start == q.Start && f.Quantity.End == q.End {
			return true
		}
	}
	return false
}

// hasKey reports whether a facet of fs has key.
func hasKey(fs []Facet, key string) bool {
	for _, f := range fs {
		if f.Key == key {
			return true
		}
	}
	return false
}

// refersBack reports whether a referring phrase stands at most
// anaphoraReach words before q in its clause, with no figure between them,
// and says q is the fact itself rather than a part of it ("Of this
// number, 500 were women").
func refersBack(text []rune, q *Quantity) bool {
	if q.Start < 0 || q.Start > len(text) {
		return false
	}
	words := facetSplitWords(clauseTail(string(text[:q.Start])))
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = MatchKey(w)
	}
	v := anaphoraVocab()
	for gap := 0; gap <= anaphoraReach && gap <= len(keys); gap++ {
		end := len(keys) - gap
		if gap > 0 && strings.ContainsFunc(words[end], unicode.IsDigit) {
			return false // the phrase is another figure's
		}
		for _, p := range v.refer {
			start := end - len(p)
			if start < 0 || !slices.Equal(keys[start:end], p) {
				continue
			}
			if (gap > 0 && v.notAfter[keys[end]]) || (start > 0 && v.partBefore[keys[start-1]]) {
				continue
			}
			return true
		}
	}
	return false
}
