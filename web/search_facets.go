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
func facetSpans(c claims.Claim, sq searchQuery) []span {
	var spans []span
	for _, q := range c.Quantities {
		if len(sq.figures) > 0 && sq.figures[strconv.FormatFloat(q.Value, 'f', -1, 64)] || sq.countedMatches(q.Counted) {
			spans = append(spans, span{q.Start, q.End})
		}
	}
	for _, e := range c.Entities {
		if sq.nameMatches(e.Name) {
			spans = append(spans, span{e.Start, e.End})
		}
	}
	return spans
}

// countedMatches reports whether one of the query's words starts an English
// word for what a figure counts ("troops" for সৈন্য); a page's hits count
// few things, so each is looked up once.
func (sq searchQuery) countedMatches(counted string) bool {
	if counted == "" {
		return false
	}
	m, ok := sq.counted[counted]
	if !ok {
		m = nameMatches(strings.Join(append(claims.CountedWords(counted), counted), " "), sq.terms)
		sq.counted[counted] = m
	}
	return m
}

// nameMatches is nameMatches for the query's words, each name looked up
// once a page (the same few countries recur in most hits).
func (sq searchQuery) nameMatches(name string) bool {
	m, ok := sq.names[name]
	if !ok {
		m = nameMatches(name, sq.terms)
		sq.names[name] = m
	}
	return m
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
