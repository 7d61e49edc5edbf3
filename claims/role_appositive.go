package claims

import "strings"

// roleHeadWords are the words that may stand between "the" and a title put
// before a name and a comma: "the country's supreme leader, Kim Jong Un".
var roleHeadWords = map[string]bool{"s": true, "country": true, "nation": true, "state": true}

// rolePersonAfterComma returns the person a title names when the title,
// opened by "the" or "its", is followed by a comma and the name: "the
// country's supreme leader, Kim Jong Un", "its president, Yoon Suk Yeol".
// The article before the title is what makes it an appositive and not the
// end of a list ("the president, Kim and Putin" still names one holder, but
// "leaders, Kim Jong Un" is plural and never gets here).
func rolePersonAfterComma(text string, toks []lexToken, ents []Entity, i, n int) (string, bool) {
	j := i - 1
	for j >= 0 && (roleHeadWords[toks[j].key] || roleEntityKindAt(ents, toks[j]) == Country) {
		j--
	}
	if j < 0 || i-j-1 > 3 || (toks[j].key != "the" && toks[j].key != "its") {
		return "", false
	}
	last := toks[i+n-1]
	rest := text[last.be:]
	if !strings.HasPrefix(rest, ", ") {
		return "", false
	}
	start := last.end + 2
	for _, e := range ents {
		if e.Start == start && e.Kind == Person && appositiveEndsAt(text, e.End) {
			return e.Name, true
		}
	}
	return "", false
}

// appositiveEndsAt reports whether the name ending at rune end closes its
// phrase: the end of the text or a comma, stop, semicolon or bracket.
// "Thanking the Russian president, Kim said" goes on with a verb: there the
// title is someone else's and the name the subject of a new clause.
func appositiveEndsAt(text string, end int) bool {
	i := 0
	for _, r := range text {
		if i == end {
			switch r {
			case ',', '.', ';', ')', '"', '”', '’':
				return true
			}
			return false
		}
		i++
	}
	return i == end
}
