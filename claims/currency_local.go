package claims

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/currency_local.tsv
var currencyLocalTSV string

// localCurrency is one row of data/currency_local.tsv.
type localCurrency struct {
	word, country, unit string
}

// localCurrencies are data/currency_local.tsv.
var localCurrencies = sync.OnceValue(func() []localCurrency {
	var out []localCurrency
	for _, row := range tsvRows(currencyLocalTSV) {
		if len(row) < 3 {
			continue
		}
		out = append(out, localCurrency{word: MatchKey(row[0]), country: row[1], unit: row[2]})
	}
	return out
})

// localiseCurrency reads a currency word two countries share (টাকা: taka
// in Bangladesh, rupee in India) as the currency of the country the
// article's names are in, counting every mention of the country or of one
// of its places. With no names, or as many of each, the word keeps the
// unit data/units.tsv gives it.
func localiseCurrency(cs []Claim) {
	LocaliseCurrency(cs, "")
}

// LocaliseCurrency reads the shared currency words of cs as
// localiseCurrency does and, where the article's names do not tell, as
// the currency of country, the country of the article's story when known
// (""): "৬১৫ কোটি টাকা" in an article that names no place, in a story about
// India, is 615 crore rupees. It reports whether a figure's unit changed,
// so that a caller finds the claims' facets again.
func LocaliseCurrency(cs []Claim, country string) bool {
	rows := localCurrencies()
	if len(rows) == 0 {
		return false
	}
	changed := false
	mentions := map[string]int{}
	for i := range cs {
		for _, e := range cs[i].Entities {
			for _, lc := range rows {
				if (e.Kind == Country && e.Name == lc.country) || (e.Kind == Place && PlaceCountry(e.Name) == lc.country) {
					mentions[lc.country]++
					break
				}
			}
		}
	}
	for i := range cs {
		for j := range cs[i].Quantities {
			q := &cs[i].Quantities[j]
			if q.Dimension != "money" {
				continue
			}
			if unit, ok := localUnit(rows, MatchKey(q.Text), mentions, country); ok && unit != q.Unit {
				q.Unit, changed = unit, true
			}
		}
	}
	return changed
}

// localUnit returns the unit a figure written as text means where the
// article's names are most, or else in country (when not ""), when text
// holds a shared currency word.
func localUnit(rows []localCurrency, text string, mentions map[string]int, country string) (string, bool) {
	best, n, tie, fallback := "", 0, false, ""
	for _, lc := range rows {
		if !strings.Contains(text, lc.word) {
			continue
		}
		if lc.country == country {
			fallback = lc.unit
		}
		switch m := mentions[lc.country]; {
		case m > n:
			best, n, tie = lc.unit, m, false
		case m == n:
			tie = true
		}
	}
	if (best == "" || tie) && fallback != "" {
		return fallback, true
	}
	return best, best != "" && !tie
}
