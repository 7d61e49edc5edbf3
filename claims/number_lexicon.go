package claims

import (
	"sort"
	"strconv"
	"strings"
)

// phraseSet finds lexicon phrases (one or more tokens) in a token stream.
// Entries are indexed by their first token's key; the longest phrase wins.
// A single-word entry also matches a word that carries one of the allowed
// case endings (সেনাকে is সেনা, सैन्याला is सैन्य).
type phraseSet[T any] struct {
	byFirst map[string][]phraseEntry[T]
}

type phraseEntry[T any] struct {
	rest []string // keys of the tokens after the first
	val  T
}

// phraseMatch is where a phrase matched: its value, the index just past its
// last token, and the case ending stripped from its last word ("" if none).
type phraseMatch[T any] struct {
	val    T
	next   int
	ending string
}

func newPhraseSet[T any]() *phraseSet[T] {
	return &phraseSet[T]{byFirst: map[string][]phraseEntry[T]{}}
}

// add indexes phrase, tokenised the way claims are, so "km/h" and "কি.মি."
// match the tokens a claim splits them into.
func (s *phraseSet[T]) add(phrase string, val T) {
	toks := qtokenize(phrase)
	if len(toks) == 0 {
		return
	}
	e := phraseEntry[T]{val: val}
	for _, t := range toks[1:] {
		e.rest = append(e.rest, t.key)
	}
	first := toks[0].key
	list := append(s.byFirst[first], e)
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].rest) > len(list[j].rest) })
	s.byFirst[first] = list
}

// match finds the longest phrase starting at toks[i]. endings lists the case
// endings a single word may carry; nil allows none.
func (s *phraseSet[T]) match(toks []qtoken, i int, endings *endingSet) (phraseMatch[T], bool) {
	if i >= len(toks) {
		return phraseMatch[T]{}, false
	}
	for _, e := range s.byFirst[toks[i].key] {
		if i+len(e.rest) >= len(toks) && len(e.rest) > 0 {
			continue
		}
		ok := true
		for k, key := range e.rest {
			if toks[i+1+k].key != key {
				ok = false
				break
			}
		}
		if ok {
			return phraseMatch[T]{val: e.val, next: i + 1 + len(e.rest)}, true
		}
	}
	t := toks[i]
	if endings == nil || t.kind != qWord {
		return phraseMatch[T]{}, false
	}
	for _, end := range endings.forScript(t.script) {
		if len(t.key) <= len(end) || !strings.HasSuffix(t.key, end) {
			continue
		}
		for _, e := range s.byFirst[t.key[:len(t.key)-len(end)]] {
			if len(e.rest) == 0 {
				return phraseMatch[T]{val: e.val, next: i + 1, ending: end}, true
			}
		}
	}
	return phraseMatch[T]{}, false
}

// endingSet holds case endings by script, longest first.
type endingSet struct {
	byScript [4][]string
}

func (e *endingSet) add(ending string) {
	ending = strings.TrimPrefix(ending, "-")
	if ending == "" {
		return
	}
	sc := scriptOther
	for _, r := range ending {
		if sc = qRuneScript(r); sc != scriptOther {
			break
		}
	}
	e.byScript[sc] = append(e.byScript[sc], ending)
	sort.SliceStable(e.byScript[sc], func(i, j int) bool { return len(e.byScript[sc][i]) > len(e.byScript[sc][j]) })
}

func (e *endingSet) forScript(sc int) []string { return e.byScript[sc] }

func (e *endingSet) has(ending string) bool {
	for _, list := range e.byScript {
		for _, x := range list {
			if x == ending {
				return true
			}
		}
	}
	return false
}

// Kinds of number word, as named in data/numbers.tsv.
const (
	numAtom     = "atom"
	numOne      = "one"
	numArticle  = "article"
	numMult     = "mult"
	numPlusHalf = "plushalf"
	numAndHalf  = "andhalf"
	numSeveral  = "several"
	numVMult    = "vmult"
	numSuffix   = "multsuffix"
)

// numberWord is one entry of data/numbers.tsv.
type numberWord struct {
	kind        string
	value, high float64
}

var (
	numberWords   = newPhraseSet[numberWord]()
	numberEndings = &endingSet{} // on number words and digits: হাজারেরও, ১০টি
	nounEndings   = &endingSet{} // on units, counted nouns, months, weekdays
	thanEndings   = &endingSet{} // a comparison glued on: किमीपेक्षा
	uptoEndings   = &endingSet{} // "up to" glued on: किमीपर्यंत
	personEndings = &endingSet{} // a classifier that counts people: ১০জন
	// multSuffixes are multipliers written glued to a number word
	// (পাঁচশ, पाचशे), longest first.
	multSuffixes []multSuffix
)

type multSuffix struct {
	suffix string
	value  float64
}

func init() {
	for _, row := range tsvRows(numbersTSV) {
		if len(row) < 4 {
			panic("claims: data/numbers.tsv: short row " + strings.Join(row, "\t"))
		}
		w := numberWord{kind: row[0], value: mustFloat(row[1])}
		if row[2] != "-" {
			w.high = mustFloat(row[2])
		}
		for _, a := range tsvAliases(row[3]) {
			if w.kind == numSuffix {
				multSuffixes = append(multSuffixes, multSuffix{a, w.value})
				continue
			}
			numberWords.add(a, w)
		}
	}
	sort.SliceStable(multSuffixes, func(i, j int) bool { return len(multSuffixes[i].suffix) > len(multSuffixes[j].suffix) })
	for _, row := range tsvRows(endingsTSV) {
		if len(row) < 2 {
			continue
		}
		switch row[0] {
		case "number":
			numberEndings.add(row[1])
		case "noun":
			nounEndings.add(row[1])
		case "than":
			thanEndings.add(row[1])
		case "upto":
			uptoEndings.add(row[1])
		case "person":
			personEndings.add(row[1])
			numberEndings.add(row[1])
		}
	}
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
