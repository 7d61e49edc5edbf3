package claims

import (
	"strings"
	"unicode/utf8"
)

// Transliteration works on one table keyed by Devanagari: most Bengali
// letters sit 0x80 above their Devanagari twins (ক U+0995, क U+0915), so a
// Bengali rune is shifted down and read from the same table.

// translitKind says how a Devanagari code point behaves.
const (
	trNone      = iota
	trConsonant // carries an inherent "a" unless a sign or virama follows
	trVowel     // an independent vowel
	trSign      // a dependent vowel sign: replaces the inherent "a"
	trVirama    // kills the inherent "a"
	trNasal     // anusvara, chandrabindu
	trVisarga
	trNukta
	trDigit
)

type translitEntry struct {
	kind  int
	latin string
}

// translitTable maps Devanagari U+0900..U+097F to Latin. The candra e (ॅ,
// ऍ) writes the English "a" of "cat" (पॅट Pat, हॅरिस Harris, कॅप्टन), so
// it is "a".
var translitTable = func() [0x80]translitEntry {
	var t [0x80]translitEntry
	set := func(kind int, pairs ...string) {
		for i := 0; i+1 < len(pairs); i += 2 {
			r, _ := utf8.DecodeRuneInString(pairs[i])
			t[r-0x0900] = translitEntry{kind, pairs[i+1]}
		}
	}
	set(trConsonant,
		"क", "k", "ख", "kh", "ग", "g", "घ", "gh", "ङ", "ng",
		"च", "ch", "छ", "chh", "ज", "j", "झ", "jh", "ञ", "ny",
		"ट", "t", "ठ", "th", "ड", "d", "ढ", "dh", "ण", "n",
		"त", "t", "थ", "th", "द", "d", "ध", "dh", "न", "n", "ऩ", "n",
		"प", "p", "फ", "ph", "ब", "b", "भ", "bh", "म", "m",
		"य", "y", "र", "r", "ऱ", "r", "ल", "l", "ळ", "l", "ऴ", "l", "व", "v",
		"श", "sh", "ष", "sh", "स", "s", "ह", "h")
	// Precomposed nukta consonants (U+0958..U+095F), by code point: NFC
	// decomposes them, so a literal could silently become two runes here.
	for i, latin := range []string{"q", "kh", "g", "z", "r", "rh", "f", "y"} {
		t[0x58+i] = translitEntry{trConsonant, latin}
	}
	set(trVowel,
		"अ", "a", "आ", "a", "इ", "i", "ई", "i", "उ", "u", "ऊ", "u", "ऋ", "ri", "ॠ", "ri",
		"ऌ", "li", "ऍ", "a", "ऎ", "e", "ए", "e", "ऐ", "ai", "ऑ", "o", "ऒ", "o", "ओ", "o", "औ", "au")
	set(trSign,
		"ा", "a", "ि", "i", "ी", "i", "ु", "u", "ू", "u", "ृ", "ri", "ॄ", "ri",
		"ॅ", "a", "ॆ", "e", "े", "e", "ै", "ai", "ॉ", "o", "ॊ", "o", "ो", "o", "ौ", "au")
	set(trVirama, "्", "")
	set(trNasal, "ँ", "n", "ं", "n")
	set(trVisarga, "ः", "h")
	set(trNukta, "़", "")
	for d := 0; d < 10; d++ {
		t[0x66+d] = translitEntry{trDigit, string(rune('0' + d))}
	}
	return t
}()

// translitNukta gives the sound of a consonant followed by a separate nukta.
var translitNukta = map[rune]string{
	'क': "q", 'ख': "kh", 'ग': "g", 'ज': "z", 'ड': "r", 'ढ': "rh", 'फ': "f", 'य': "y",
}

// translitTwin maps a Bengali or Devanagari rune to its Devanagari code
// point, or returns false for any other rune.
func translitTwin(r rune) (rune, bool) {
	switch {
	case r >= 0x0900 && r <= 0x097F:
		return r, true
	case r == 0x09CE: // ৎ khanda ta: a final t
		return 'त', true
	case r == 0x09F0: // ৰ Assamese ra
		return 'र', true
	case r == 0x09F1: // ৱ Assamese wa
		return 'व', true
	case r == 0x09D7: // ৗ au length mark
		return 0x094C, true
	case r >= 0x0980 && r <= 0x09FF:
		return r - 0x80, true
	}
	return 0, false
}

// Transliterate renders Bengali and Devanagari text in plain Latin letters
// (ASCII, no diacritics) for display and fuzzy matching: "পুতিন" and "पुतिन"
// both give "putin". Other characters pass through unchanged. The inherent
// vowel is written "a" inside a word and dropped at its end; Bengali য at
// the start of a word is "j", as it is spoken.
func Transliterate(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	vowel := false // the last sound written was a vowel
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		d, ok := translitTwin(r)
		if !ok || translitTable[d-0x0900].kind == trNone {
			if r != 0x200C && r != 0x200D {
				b.WriteRune(r)
				vowel = false
			}
			continue
		}
		e := translitTable[d-0x0900]
		switch {
		case r == 0x09CE: // ৎ khanda ta never carries a vowel
			b.WriteByte('t')
			vowel = false
		case r == 0x0982: // Bengali anusvara is spoken "ng"
			b.WriteString("ng")
		case e.kind == trConsonant:
			at := i // the consonant itself, before i moves past its nukta
			latin := e.latin
			next := skipJoiners(rs, i+1)
			if nd, ok := translitTwinAt(rs, next); ok && nd == '़' {
				if f, ok := translitNukta[d]; ok {
					latin = f
				}
				next = skipJoiners(rs, next+1)
			} else if r == 0x09AF && (i == 0 || !translitIsLetter(rs[i-1])) {
				latin = "j"
			}
			b.WriteString(latin)
			i = next - 1
			nd, ok := translitTwinAt(rs, next)
			nk := translitTable[nd-0x0900].kind
			switch {
			case ok && (nk == trSign || nk == trVirama):
				vowel = false // the sign or virama replaces the inherent vowel
			case ok && (nk == trNasal || nk == trVisarga || nk == trVowel):
				b.WriteByte('a')
				vowel = true
			case ok && nk == trConsonant && !(vowel && syllableHasVowel(rs, next)):
				// Schwa deletion: a vowel, this consonant, then a consonant
				// with a vowel of its own drops the inherent "a"
				// (खेरसन is "khersan", not "kherasan").
				b.WriteByte('a')
				vowel = true
			case !ok && finalVowelKept(rs, at, d):
				b.WriteByte('a')
				vowel = true
			default:
				vowel = false // word end or schwa deleted
			}
		default:
			b.WriteString(e.latin)
			vowel = e.kind == trVowel || e.kind == trSign
		}
	}
	return b.String()
}

// finalVowelKept reports whether the word-final consonant rs[at] (Devanagari
// twin d) keeps its inherent vowel, as Indian names and words are written
// in English: after a conjunct ending in r, y, v, m, n or l (भूपेंद्र
// Bhupendra, मिश्र Mishra, कृष्ण Krishna, শুক্ল Shukla, सत्य Satya), and y
// after an i (राष्ट्रीय Rashtriya, জাতীয় Jatiya). A cluster that opens with
// r (कार्ल Karl, धर्म) keeps it only before y (सूर्य Surya); a final stop
// cluster never does (ट्रम्प Trump, দোনেৎস্ক Donetsk).
func finalVowelKept(rs []rune, at int, d rune) bool {
	j := at - 1
	for j >= 0 && (rs[j] == 0x200C || rs[j] == 0x200D) {
		j--
	}
	if j < 0 {
		return false
	}
	prev, ok := translitTwin(rs[j])
	if !ok {
		return false
	}
	if (d == 'य' || d == 0x095F) && (prev == 'ि' || prev == 'ी') {
		return true
	}
	if prev != '्' || j == 0 {
		return false
	}
	switch d {
	case 'र', 'य', 'व', 'म', 'न', 'ण', 'ल':
	default:
		return false
	}
	first, ok := translitTwin(rs[j-1])
	if !ok || translitTable[first-0x0900].kind != trConsonant {
		return false
	}
	return first != 'र' || d == 'य'
}

// translitTwinAt returns the Devanagari twin of rs[i], if i is in range and rs[i] is
// Bengali or Devanagari.
func translitTwinAt(rs []rune, i int) (rune, bool) {
	if i >= len(rs) {
		return 0x0900, false
	}
	d, ok := translitTwin(rs[i])
	if !ok {
		return 0x0900, false
	}
	return d, true
}

// translitIsLetter reports whether r is a Bengali or Devanagari letter or sign.
func translitIsLetter(r rune) bool {
	d, ok := translitTwin(r)
	return ok && translitTable[d-0x0900].kind != trNone && translitTable[d-0x0900].kind != trDigit
}

// skipJoiners returns the first index from i on that is not a zero-width
// joiner or non-joiner.
func skipJoiners(rs []rune, i int) int {
	for i < len(rs) && (rs[i] == 0x200C || rs[i] == 0x200D) {
		i++
	}
	return i
}

// syllableHasVowel reports whether the consonant cluster starting at rs[i]
// ends in a spoken vowel: a vowel sign, or an inherent vowel that is not at
// the end of the word.
func syllableHasVowel(rs []rune, i int) bool {
	for i < len(rs) {
		d, ok := translitTwin(rs[i])
		if !ok || translitTable[d-0x0900].kind != trConsonant {
			return false
		}
		i = skipJoiners(rs, i+1)
		if nd, ok := translitTwinAt(rs, i); ok && nd == '़' {
			i = skipJoiners(rs, i+1)
		}
		nd, ok := translitTwinAt(rs, i)
		if !ok {
			return false // the word ends: its last inherent vowel is silent
		}
		switch translitTable[nd-0x0900].kind {
		case trVirama:
			i = skipJoiners(rs, i+1) // a conjunct: read on to its last consonant
		case trSign, trConsonant, trNasal, trVisarga, trVowel:
			return true
		default:
			return false
		}
	}
	return false
}
