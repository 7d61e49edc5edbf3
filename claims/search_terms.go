package claims

import (
	"strconv"
	"strings"
	"unicode"
)

// Search terms.
//
// Full-text search reads a claim's words, which differ by script: a reviewer
// who types "troops" or "North Korea" would miss সৈন্য and উত্তর কোরিয়া, and
// "10000" would miss ১০,০০০ and দশ হাজার. SearchTerms lists, for the search
// index, what the engine understood of a claim in one script: canonical
// English names, the English words for what a figure counts, and each figure
// in plain digits. SearchFigure turns a typed figure into the same digits.

// countedEnglish lists, for each canonical counted noun (soldier), its
// Latin-script aliases in data/counted.tsv (soldiers, troop, troops, ...):
// the words an English query uses for it.
var countedEnglish = map[string][]string{}

func init() {
	for _, row := range tsvRows(countedTSV) {
		if len(row) < 2 {
			continue // unit.go's init refuses the file
		}
		for _, a := range tsvAliases(row[1]) {
			if isLatinWord(a) {
				countedEnglish[row[0]] = append(countedEnglish[row[0]], a)
			}
		}
	}
}

// CountedWords returns the English words for a canonical counted noun
// (soldier: soldier, soldiers, troop, troops, ...), as search indexes them.
func CountedWords(counted string) []string {
	return append([]string(nil), countedEnglish[counted]...)
}

// isLatinWord reports whether every letter of s is a Latin one.
func isLatinWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// SearchTerms returns, space-separated and each once, the terms a claim is
// found by besides its own text: its entities' canonical names, its roles,
// what its figures count (the canonical noun and its English words) and
// whose they are, and each figure's value in ASCII digits ("10000", "1.5").
// Call it after FindFacets, which fills Quantity.Of.
func SearchTerms(c *Claim) string {
	var terms []string
	seen := map[string]bool{}
	add := func(t string) {
		if t = strings.TrimSpace(t); t != "" && !seen[t] {
			seen[t] = true
			terms = append(terms, t)
		}
	}
	for _, e := range c.Entities {
		add(e.Name)
	}
	for _, r := range c.Roles {
		add(r.Person)
		add(r.Role)
	}
	for _, q := range c.Quantities {
		add(figureDigits(q.Value))
		add(q.Of)
		if q.Counted != "" {
			add(q.Counted)
			for _, w := range countedEnglish[q.Counted] {
				add(w)
			}
		}
	}
	return strings.Join(terms, " ")
}

// figureDigits writes a figure's value as SearchTerms and SearchFigure do:
// ASCII digits, no grouping, a decimal point only when needed.
func figureDigits(v float64) string {
	if v <= 0 {
		return ""
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// SearchFigure reads a typed word as a figure in any of the workbench's
// scripts and groupings ("10000", "10,000", "1,00,000", "১০,০০০", "१.५") and
// returns it in the digits SearchTerms indexes ("10000", "100000", "1.5").
// ok is false for anything else, a word with letters included.
func SearchFigure(word string) (digits string, ok bool) {
	var b strings.Builder
	groups, lastGroup, point := 0, 0, false
	for _, r := range word {
		if d, isDigit := qDigitValue(r); isDigit {
			b.WriteByte(byte('0' + d))
			lastGroup++
			continue
		}
		switch {
		case r == ',' && !point && b.Len() > 0:
			// A group separator: Western (10,000) or Indian (1,00,000)
			// grouping; the digits after it are checked at the end.
			if groups > 0 && lastGroup != 2 && lastGroup != 3 {
				return "", false
			}
			groups++
			lastGroup = 0
		case r == '.' && !point && b.Len() > 0:
			if groups > 0 && lastGroup != 3 {
				return "", false
			}
			point = true
			groups = 0
			b.WriteByte('.')
		default:
			return "", false
		}
	}
	if b.Len() == 0 || strings.HasSuffix(b.String(), ".") || (groups > 0 && lastGroup != 3) {
		return "", false
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	if err != nil {
		return "", false
	}
	if v == 0 {
		return "0", true
	}
	return figureDigits(v), true
}
