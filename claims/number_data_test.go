package claims

import (
	"strconv"
	"strings"
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
			counted := "soldier"
			if row[0] == numAtom && v < 1 {
				// half a, আধা: a measure (half a km), never a count of people
				text, counted = a+" km", ""
			}
			t.Run(row[0]+" "+a, func(t *testing.T) {
				qs := FindQuantities(text, "")
				if len(qs) != 1 || qs[0].Value != want || qs[0].Counted != counted {
					t.Errorf("FindQuantities(%q) = %+v, want %v %s", text, qs, want, counted)
				}
			})
		}
	}
}

// TestNumberWordsComplete checks that the Bengali, Hindi and Marathi
// sections of data/numbers.tsv each name every number from 1 to 100 (one as
// "one", a hundred as a multiplier or a word), and that each word reads back
// as its value before a counted noun.
func TestNumberWordsComplete(t *testing.T) {
	section := ""
	have := map[string]map[int][]string{}
	for _, line := range strings.Split(numbersTSV, "\n") {
		if name, ok := strings.CutPrefix(line, "# "); ok {
			if f := strings.Fields(name); len(f) > 0 && (f[0] == "Bengali" || f[0] == "Hindi" || f[0] == "Marathi") {
				section = f[0]
			}
			continue
		}
		row := strings.Split(line, "\t")
		if section == "" || len(row) < 4 {
			continue
		}
		v, err := strconv.ParseFloat(row[1], 64)
		if err != nil || v != float64(int(v)) || v < 1 || v > 100 {
			continue
		}
		switch row[0] {
		case numAtom, numOne, numMult, numBound:
		default:
			continue
		}
		if have[section] == nil {
			have[section] = map[int][]string{}
		}
		have[section][int(v)] = append(have[section][int(v)], tsvAliases(row[3])...)
	}
	for _, lang := range []string{"Bengali", "Hindi", "Marathi"} {
		for n := 1; n <= 100; n++ {
			if len(have[lang][n]) == 0 {
				t.Errorf("%s: no word for %d", lang, n)
			}
		}
	}
}
