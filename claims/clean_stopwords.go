package claims

import (
	"golang.org/x/text/unicode/norm"
)

// Scripts a line's words are counted in, for stop words and thresholds.
const (
	stopLatin = iota
	stopBengali
	stopDevanagari
	stopScripts
)

// stopWords are the function words of data/residue_stopwords_*.txt: English
// for Latin words, Bengali for Bengali, Hindi and Marathi together for
// Devanagari (one page mixes them, and a word is a function word in either).
// Latin entries are lower case.
var stopWords = loadStopWords()

// proseStopShare is the least share of stop words, per script, at which a
// line of four or more words reads as prose. jusText puts English prose at
// 0.30 and more; news sentences full of names and figures run lower, and
// Bengali glues its case endings to the noun, so its share runs lower still.
// Measured on the sample articles: their sentences sit above these, their
// furniture and mastheads at or near zero.
var proseStopShare = [stopScripts]float64{
	stopLatin:      0.15,
	stopBengali:    0.08,
	stopDevanagari: 0.15,
}

// loadStopWords reads the four lists into one set.
func loadStopWords() map[string]bool {
	set := map[string]bool{}
	for _, lang := range []string{"en", "bn", "hi", "mr"} {
		for _, w := range textDataList("residue_stopwords_" + lang + ".txt") {
			set[w] = true
		}
	}
	return set
}

// isStopWord reports whether w, a word stripped of punctuation, is a stop
// word. Latin words are folded to lower case in a stack buffer, so the
// lookup allocates nothing; Indic words not in NFC (a precomposed য়) are
// normalised first, as the lists are.
func isStopWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] < 0x80 {
		var buf [16]byte
		k, ok := lowerASCII(w, buf[:])
		return ok && stopWords[string(k)]
	}
	if stopWords[w] {
		return true
	}
	if !isNFC(w) {
		return stopWords[norm.NFC.String(w)]
	}
	return false
}

// wordScript returns the script of a word by its first letter: Bengali,
// Devanagari or, for anything else, Latin.
func wordScript(w string) int {
	if i, ok := indicRune(w, 0); ok {
		if i >= 0x980 {
			return stopBengali
		}
		return stopDevanagari
	}
	return stopLatin
}
