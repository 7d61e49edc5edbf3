package claims

import (
	_ "embed"
	"sync"
)

// placeBreadths ranks the gazetteers' types of place from the widest down:
// a figure stated at a state is wider than one at its capital, and a
// country is wider than both.
var placeBreadths = map[string]int{
	Country:           5,
	"territory":       4,
	"state":           4,
	"union territory": 4,
	"province":        4,
	"division":        4,
	"region":          4,
	"district":        3,
	"city":            2,
}

// breadthOf maps each canonical name of the embedded lexicon to the breadth
// of its type, read once.
var breadthOf = sync.OnceValue(func() map[string]int {
	out := map[string]int{}
	for _, e := range DefaultLexicon().Entities() {
		if b := placeBreadths[e.Type]; b > 0 {
			out[e.Name] = b
		}
	}
	return out
})

// PlaceBreadth says how wide the place or country named name is: 5 for a
// country, 4 for a state, province or division, 3 for a district, 2 for a
// city, 1 for any other place (a river, a name outside the gazetteers).
func PlaceBreadth(name string) int {
	if b, ok := breadthOf()[name]; ok {
		return b
	}
	return 1
}

//go:embed data/place_countries.tsv
var placeCountriesTSV string

// countryOf maps each place of a one-country gazetteer to its country.
var countryOf = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for _, row := range tsvRows(placeCountriesTSV) {
		if len(row) < 2 {
			continue
		}
		data, err := gazetteerFS.ReadFile("data/" + row[0])
		if err != nil {
			continue
		}
		for _, r := range lexRows(string(data)) {
			if _, seen := out[r.cols[0]]; !seen {
				out[r.cols[0]] = row[1]
			}
		}
	}
	return out
})

// PlaceCountry returns the country the place named name is in, "" when no
// gazetteer says (data/place_countries.tsv).
func PlaceCountry(name string) string {
	return countryOf()[name]
}

//go:embed data/place_states.tsv
var placeStatesTSV string

// stateOf maps each Indian city and district of the gazetteers to its
// state or union territory.
var stateOf = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for _, row := range tsvRows(placeStatesTSV) {
		if len(row) >= 2 {
			out[row[0]] = row[1]
		}
	}
	return out
})

// PlaceState returns the state or union territory the city or district
// named name lies in, "" when none is known (data/place_states.tsv).
func PlaceState(name string) string {
	return stateOf()[name]
}

//go:embed data/capitals.tsv
var capitalsTSV string

// capitalOf maps each capital to its country (data/capitals.tsv).
var capitalOf = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for _, row := range tsvRows(capitalsTSV) {
		if len(row) >= 2 {
			out[row[0]] = row[1]
		}
	}
	return out
})

// CapitalOf returns the country whose capital the place named name is, ""
// when it is none.
func CapitalOf(name string) string {
	return capitalOf()[name]
}
