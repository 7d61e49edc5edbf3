package claims

import (
	"strconv"
	"testing"
	"unicode/utf8"
)

// TestNumberWordsFound reads every number word of data/numbers.tsv back
// through FindQuantities before a counted noun.
func TestNumberWordsFound(t *testing.T) {
	for _, row := range tsvRows(numbersTSV) {
		v, _ := strconv.ParseFloat(row[1], 64)
		for _, a := range tsvAliases(row[3]) {
			var text string
			want := v
			switch row[0] {
			case numAtom:
				text = a + " soldiers"
			case numMult, numOverMult:
				text, want = "3 "+a+" soldiers", 3*v
			case numSeveral, numVMult:
				text = a + " soldiers"
			case numSuffix:
				three := "তিন"
				if r, _ := utf8.DecodeRuneInString(a); qRuneScript(r) == scriptDevanagari {
					three = "तीन"
				}
				text, want = three+a+" soldiers", 3*v
			default:
				continue // one, a, plus and a half: read in context by other tests
			}
			t.Run(row[0]+" "+a, func(t *testing.T) {
				qs := FindQuantities(text, "")
				if len(qs) != 1 || qs[0].Value != want || qs[0].Counted != "soldier" {
					t.Errorf("FindQuantities(%q) = %+v, want %v soldier", text, qs, want)
				}
			})
		}
	}
}
