package claims

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Kinds of number word, as named in data/numbers.tsv.
const (
	numAtom     = "atom"
	numOne      = "one"
	numArticle  = "article"
	numMult     = "mult"
	numPlusHalf = "plushalf"
	// numQuarter adds its value (+0.25 or -0.25) to the next number, or to
	// one before a multiplier: सवा लाख is 125,000, पौने दो लाख 175,000.
	numQuarter  = "quarter"
	numAndHalf  = "andhalf"
	numSeveral  = "several"
	numVMult    = "vmult"
	numSuffix   = "multsuffix"
	numOverMult = "overmult"
	// numBound is a number word that reads as one only with a classifier or
	// case ending glued on: Bengali নয় is "is not", নয়জন nine people.
	numBound = "bound"
)

// numberWord is one entry of data/numbers.tsv.
type numberWord struct {
	kind        string
	value, high float64
	// scale is the multiplier glued into a compound (100 in তিনশো, 300):
	// সাড়ে তিনশো is 350, half a hundred more, and তিনশো বিয়াল্লিশ adds
	// up as "three hundred forty-two" does. 0 for a plain word.
	scale float64
}

// Case endings, loaded in variable initialisation so that every init
// function, in any file, finds them ready.
var numberEndings, nounEndings, thanEndings, uptoEndings, personEndings = loadEndings()

var (
	numberWords = newPhraseSet[numberWord]()
	// multSuffixes are multipliers written glued to a number word
	// (পাঁচশ, पाचशे).
	multSuffixes []multSuffix
)

type multSuffix struct {
	suffix string
	value  float64
}

func init() {
	var bound []string
	var boundVal []numberWord
	for _, row := range tsvRows(numbersTSV) {
		if len(row) < 4 {
			panic("claims: data/numbers.tsv: short row " + strings.Join(row, "\t"))
		}
		w := numberWord{kind: row[0], value: mustFloat(row[1])}
		if row[2] != "-" {
			w.high = mustFloat(row[2])
		}
		for _, a := range tsvAliases(row[3]) {
			if w.kind == numBound {
				bound = append(bound, a)
				boundVal = append(boundVal, w)
				continue
			}
			if w.kind == numSuffix {
				multSuffixes = append(multSuffixes, multSuffix{a, w.value})
				continue
			}
			numberWords.add(a, w)
		}
	}
	// পাঁচশ, पाचशे: a number word with a hundreds ending glued on.
	// Collected first: adding to the map while ranging over it would
	// compound the suffixes.
	compounds := map[string]numberWord{}
	for _, ms := range multSuffixes {
		sr, _ := utf8.DecodeRuneInString(ms.suffix)
		for key, list := range numberWords.byFirst {
			if kr, _ := utf8.DecodeRuneInString(key); qRuneScript(kr) != qRuneScript(sr) {
				continue
			}
			for _, e := range list {
				if len(e.rest) == 0 && (e.val.kind == numAtom || e.val.kind == numOne) {
					compounds[key+ms.suffix] = numberWord{kind: numAtom, value: e.val.value * ms.value, scale: ms.value}
					break
				}
			}
		}
	}
	for k, w := range compounds {
		if _, known := numberWords.byFirst[k]; !known {
			numberWords.add(k, w)
		}
	}
	numberWords.addEndings(numberEndings)
	for k, a := range bound {
		numberWords.addEndedOnly(a, numberWord{kind: numAtom, value: boundVal[k].value}, numberEndings)
	}
}

// genitiveEndings are the endings of possession (data/numbers_endings.tsv
// genitive): a classifier with one still qualifies the noun after it.
var genitiveEndings = func() map[string]bool {
	out := map[string]bool{}
	for _, row := range tsvRows(endingsTSV) {
		if len(row) >= 2 && row[0] == "genitive" {
			out[row[1]] = true
		}
	}
	return out
}()

// loadEndings reads data/numbers_endings.tsv: endings on numbers, on nouns,
// comparisons (than), limits (up to) and the person classifier.
func loadEndings() (number, noun, than, upto, person *endingSet) {
	number, noun, than, upto, person = &endingSet{}, &endingSet{}, &endingSet{}, &endingSet{}, &endingSet{}
	for _, row := range tsvRows(endingsTSV) {
		if len(row) < 2 {
			continue
		}
		switch row[0] {
		case "number":
			number.add(row[1])
		case "noun":
			noun.add(row[1])
		case "than":
			than.add(row[1])
		case "upto":
			upto.add(row[1])
		case "person":
			person.add(row[1])
			number.add(row[1])
		}
	}
	return number, noun, than, upto, person
}

// mustFloat parses a number in an embedded table; a typo there is a bug
// that every test catches at start-up.
func mustFloat(s string) float64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic("claims: bad number in embedded data: " + s)
	}
	return v
}
