package claims

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/money_givers.tsv
var moneyGiversTSV string

// moneyGivers are data/money_givers.tsv: the level of government each
// canonical role gives at, and the phrases that name a giver.
type moneyGivers struct {
	roles   map[string]string // canonical role -> level
	phrases []giverPhrase
}

type giverPhrase struct {
	key, level string // the phrase in match-key form
}

var givers = sync.OnceValue(func() moneyGivers {
	g := moneyGivers{roles: map[string]string{}}
	for _, row := range tsvRows(moneyGiversTSV) {
		if len(row) < 3 {
			continue
		}
		for _, w := range tsvAliases(row[2]) {
			switch row[1] {
			case "role":
				g.roles[w] = row[0]
			case "phrase":
				g.phrases = append(g.phrases, giverPhrase{MatchKey(w), row[0]})
			}
		}
	}
	return g
})

// GiverScope is how an attribute names who gives a sum: "aid inr by
// centre", "aid inr by state".
const GiverScope = " by "

// moneyGiver returns the level of government that gives the sum q ("centre",
// "state"), and whether a phrase (a fund, a government) rather than a
// person's office said so; "" when the claim does not say. The phrase
// nearest before the sum wins ("राज्य सरकारकडून 4 लाख रुपये आणि पंतप्रधान
// राष्ट्रीय मदत निधीतून 2 लाख": 4 lakh from the state, 2 lakh from the PM's
// fund), then the nearest after it ("Rs 2 lakh ... from the Prime Minister's
// National Relief Fund"), then the office of the people the claim names
// when they agree on one level ("मुख्यमंत्री भूपेंद्र पटेल ने ... 4 लाख").
func moneyGiver(c *Claim, text []rune, q *Quantity) (level string, phrase bool) {
	if q.Start < 0 || q.Start > q.End || q.End > len(text) {
		return "", false
	}
	g := givers()
	before := MatchKey(clauseTail(string(text[:q.Start])))
	after := MatchKey(clauseHead(string(text[q.End:])))
	at, best := -1, ""
	for _, p := range g.phrases {
		if i := strings.LastIndex(before, p.key); i >= 0 && i+len(p.key) > at {
			at, best = i+len(p.key), p.level
		}
	}
	if best != "" {
		return best, true
	}
	at = len(after) + 1
	for _, p := range g.phrases {
		if i := strings.Index(after, p.key); i >= 0 && i < at {
			at, best = i, p.level
		}
	}
	if best != "" {
		return best, true
	}
	for _, r := range c.Roles {
		l := g.roles[r.Role]
		switch {
		case l == "":
		case best == "":
			best = l
		case best != l:
			return "", false // a prime minister and a chief minister: either may give it
		}
	}
	return best, false
}

// WoundedScope is how an attribute names a sum for the injured ("Rs 50,000
// for the seriously injured", "घायलों को 50,000 रुपये"): the ex gratia for
// the families of the dead and the one for the injured are two facts.
const WoundedScope = " to wounded"

// forWords open the words after a sum that say whom it is for.
var forWords = map[string]bool{"for": true, "to": true}

// forWounded reports whether the sum q is for the injured: an injury word
// in the two words right before it (Indic: "घायलों को 50,000", "জখমিদের ৫০
// হাজার") or in the four after it behind "for" ("Rs 50,000 for the
// seriously injured"), short of the next figure.
func forWounded(text []rune, q *Quantity, all []Quantity) bool {
	start, end, ok := figureReach(text, q, all)
	if !ok {
		return false
	}
	before := facetSplitWords(clauseTail(string(text[start:q.Start])))
	after := facetSplitWords(clauseHead(string(text[q.End:end])))
	words := before[max(0, len(before)-2):]
	if len(after) > 0 && forWords[MatchKey(after[0])] {
		// After the sum only behind "for": in "2 लाख रुपये और घायलों को
		// 50,000" the injured are the next sum's.
		words = append(words, after[:min(len(after), eventReach)]...)
	}
	for _, w := range words {
		if facetLookupWord(MatchKey(w), facetVocab.eventExact, facetVocab.eventPrefix) == "wounded" {
			return true
		}
	}
	return false
}
