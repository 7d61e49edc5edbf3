package web

import (
	"strconv"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
)

// facetSpans marks what a claim was found by through its search terms rather
// than its words: a figure the query names in other digits or grouping
// ("10000" marks দশ হাজার) or by what it counts ("troops" marks the figure of
// সৈন্য), and a name the query spells in English ("North Korea" marks উত্তর
// কোরিয়া), so a reviewer sees why a claim in another
// script is a hit.
func facetSpans(c claims.Claim, query string) []span {
	words := searchTerms(query)
	figures := map[string]bool{}
	for _, w := range strings.Fields(query) {
		if d, ok := claims.SearchFigure(w); ok {
			figures[d] = true
		}
	}
	var spans []span
	for _, q := range c.Quantities {
		if figures[strconv.FormatFloat(q.Value, 'f', -1, 64)] || countedMatches(q.Counted, words) {
			spans = append(spans, span{q.Start, q.End})
		}
	}
	for _, e := range c.Entities {
		if nameMatches(e.Name, words) {
			spans = append(spans, span{e.Start, e.End})
		}
	}
	return spans
}

// countedMatches reports whether one of the query's words starts an English
// word for what a figure counts ("troops" for সৈন্য).
func countedMatches(counted string, words []string) bool {
	if counted == "" {
		return false
	}
	return nameMatches(strings.Join(append(claims.CountedWords(counted), counted), " "), words)
}

// nameMatches reports whether one of the query's words starts a word of a
// canonical name, as the index's prefix search would match it.
func nameMatches(name string, words []string) bool {
	for _, part := range strings.Fields(strings.ToLower(name)) {
		for _, w := range words {
			if strings.HasPrefix(part, w) {
				return true
			}
		}
	}
	return false
}
