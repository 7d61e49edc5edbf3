package claims

import "strings"

// Qualifier phrases from data/qualifiers.tsv, by where they stand.
var (
	qualifiersBefore = newPhraseSet[string]() // at least 10, প্রায় ১০
	qualifiersAfter  = newPhraseSet[string]() // ১০ ঘণ্টারও বেশি, 10 से अधिक
	qualifiersThan   = newPhraseSet[string]() // 10 किमीपेक्षा जास्त
)

func init() {
	for _, row := range tsvRows(qualifiersTSV) {
		if len(row) < 3 {
			panic("claims: data/qualifiers.tsv: short row " + strings.Join(row, "\t"))
		}
		switch row[0] {
		case AtLeast, MoreThan, About, AtMost, LessThan:
		default:
			panic("claims: data/qualifiers.tsv: unknown qualifier " + row[0])
		}
		switch row[1] {
		case "before":
			qualifiersBefore.add(row[2], row[0])
		case "after":
			qualifiersAfter.add(row[2], row[0])
		case "than":
			qualifiersThan.add(row[2], row[0])
		}
	}
}

// postQualifier reads a qualifier that follows a figure at toks[k]: a phrase
// after it, or a word after an ending that made the figure a comparison
// (किमीपेक्षा जास्त) or a limit (किमीपर्यंत). It returns the qualifier and
// the index past what it read.
func postQualifier(toks []qtoken, k int, ending string) (string, int) {
	if ending != "" && thanEndings.has(ending) {
		if m, ok := qualifiersThan.match(toks, k, nil); ok {
			return m.val, m.next
		}
	}
	if ending != "" && uptoEndings.has(ending) {
		return AtMost, k
	}
	if m, ok := qualifiersAfter.match(toks, k, nil); ok {
		return m.val, m.next
	}
	return Exactly, k
}
