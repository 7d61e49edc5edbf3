package claims

import "strings"

// nameVowelEndings are the Devanagari endings of a name's last syllable
// whose long ी English writes "ee": विनीत Vineet, प्रवीण Praveen, संदीप
// Sandeep, पुनीत Puneet. Only these: before श, ष and स English writes "i"
// (नीतीश Nitish, मनीष Manish), and before र, ल, म and व it writes either
// (Sudhir and Sameer, Sunil, Shamim and Nadeem, Rajiv and Rajeev). Bengali
// keeps the "i" (প্রদীপ Pradip), so the rule is Devanagari's.
var nameVowelEndings = [...]struct{ deva, latin string }{
	{"ीत", "eet"}, {"ीन", "een"}, {"ीण", "een"}, {"ीप", "eep"},
}

// nameTransliterate romanises one Bengali or Devanagari word of a
// person's name the way the English press spells Indian names, where that
// differs from Transliterate's letter-for-letter reading: a व or ব joined
// to the consonant before it is "w" (विश्वास Vishwas, स्वप्निल Swapnil,
// द्विवेदी Dwivedi, বিশ্বজিৎ Biswajit), and a long ई closing the name
// before त, न or प is "ee" (nameVowelEndings). Fuzzy skeletons fold w to
// v and ee to i, so matching reads both spellings as one.
func nameTransliterate(word string) string {
	var tail string
	if r, _ := firstRune(word); r >= 0x0900 && r < 0x0980 {
		for _, e := range nameVowelEndings {
			if stem, ok := strings.CutSuffix(word, e.deva); ok && lexAtLeastRunes(stem, 1) {
				word, tail = stem, e.latin
				break
			}
		}
	}
	var b strings.Builder
	for {
		at, size := joinedV(word)
		if at < 0 {
			break
		}
		b.WriteString(Transliterate(word[:at+len("्")]))
		b.WriteByte('w')
		word = word[at+size:]
		if r, _ := firstRune(word); word != "" && isIndicConsonant(r) {
			b.WriteByte('a') // "स्वपन": the व's own vowel
		}
	}
	if tail != "" && word != "" && isIndicConsonant(lastRune(word)) {
		// The stem's last consonant before the long vowel keeps no schwa.
		return b.String() + Transliterate(word+"्") + tail
	}
	return b.String() + Transliterate(word) + tail
}

// joinedV returns the byte offset of a virama followed by व or ব in word,
// after a consonant, and the size of the pair; -1 if there is none.
func joinedV(word string) (int, int) {
	for _, pair := range []string{"्व", "্ব"} {
		if at := strings.Index(word, pair); at > 0 {
			return at, len(pair)
		}
	}
	return -1, 0
}

// isIndicConsonant reports whether r is a Bengali or Devanagari consonant.
func isIndicConsonant(r rune) bool {
	d, ok := translitTwin(r)
	return ok && translitTable[d-0x0900].kind == trConsonant
}

// firstRune returns the first rune of s and whether there is one.
func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// lastRune returns the last rune of s, or 0.
func lastRune(s string) rune {
	rs := []rune(s)
	if len(rs) == 0 {
		return 0
	}
	return rs[len(rs)-1]
}
