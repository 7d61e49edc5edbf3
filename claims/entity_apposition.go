package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// English puts what a person is after the name as often as before it:
// "Abhishek Roy, additional superintendent of police of Darjeeling, said",
// "Bhavesh Bhinde, director of Ego Media", "Manoj Chansoria, 60, a retired
// manager". A run of two or more capitalised words the lexicon lacks,
// closed by a comma and then a title (after at most an article) or an age,
// is a person's name: places and bodies are not given ages, and a title
// after a comma describes the name before it (rolePersonBefore binds it).

// personAfterComma reports whether the tokens from j on, after the
// capitalised run that ends at token j-1, say the run is a person: a comma,
// then a title opened by at most "the", "a", "an" or "its", or an age (a
// number of one to three digits followed by a comma, a closing bracket or
// the end of the text).
func (ix *lexIndex) personAfterComma(text string, toks []lexToken, j int) bool {
	if j <= 0 || j >= len(toks) {
		return false
	}
	if strings.TrimSpace(text[toks[j-1].be:toks[j].bs]) != "," {
		return false
	}
	if isAge(text, toks[j]) {
		return true
	}
	for k := j; k < len(toks) && k <= j+1; k++ {
		if k > j && !toks[k].joined {
			return false
		}
		if _, _, ok := ix.roleAt(toks, k); ok {
			return true
		}
		if _, ok := appositiveArticles[lowerKey(toks[k].key)]; !ok {
			return false
		}
	}
	return false
}

// appositiveArticles are the words that may open a title after a name and
// a comma: "Anil Sharma, the home secretary".
var appositiveArticles = map[string]struct{}{"the": {}, "a": {}, "an": {}, "its": {}}

// isAge reports whether t is an age after a name: one to three ASCII
// digits, then a comma, a closing bracket, a full stop or the end.
func isAge(text string, t lexToken) bool {
	w := text[t.bs:t.be]
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	rest := strings.TrimLeft(text[t.be:], " ")
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return r == ',' || r == ')' || r == '.' && !unicode.IsDigit(nextRune(rest[1:]))
}
