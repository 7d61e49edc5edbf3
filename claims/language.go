package claims

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Language detection. The script decides Bengali, Devanagari or Latin. For
// Devanagari, Marathi and Hindi share the letters, so a small weighted
// evidence model decides: function words (आहे, आणि, यांनी against है, और,
// में), word endings (-च्या, -ांनी against -ों, -ेगा) and the letter ळ, all
// from data/stopwords_*.txt. It costs a few kilobytes, where lingua-go ships
// n-gram models of megabytes per language and is slower, and it can be read
// and extended by anyone who knows the languages.

// langEvidence is what the Devanagari model knows about one language.
type langEvidence struct {
	words    map[string]float64  // whole words
	suffixes map[rune][]weighted // word endings by their last rune, longest first
	// devaSuffixes is suffixes for the last runes U+0900..U+097F, where
	// every word scored ends: an index instead of a map lookup.
	devaSuffixes [0x80][]weighted
	letters      []weighted // letters anywhere in a word
}

// weighted is one ending or letter and how much it says.
type weighted struct {
	text   string
	weight float64
}

var (
	marathiEvidence = loadLangEvidence("stopwords_mr.txt")
	hindiEvidence   = loadLangEvidence("stopwords_hi.txt")
	// devaListed merges both word lists, so that marathiOrHindi looks each
	// word up once for both languages.
	devaListed = mergeListed(&marathiEvidence, &hindiEvidence)
)

// listedWord is a word of the Marathi or Hindi list: its weight in each and
// whether each lists it.
type listedWord struct {
	mr, hi     float64
	inMR, inHI bool
}

// mergeListed maps every word of mr's or hi's list to its listedWord.
func mergeListed(mr, hi *langEvidence) map[string]listedWord {
	out := make(map[string]listedWord, len(mr.words)+len(hi.words))
	for w, s := range mr.words {
		lw := out[w]
		lw.mr, lw.inMR = s, true
		out[w] = lw
	}
	for w, s := range hi.words {
		lw := out[w]
		lw.hi, lw.inHI = s, true
		out[w] = lw
	}
	return out
}

// loadLangEvidence reads one stopwords file: "word", "-suffix" or "*letter",
// each with an optional tab and weight.
func loadLangEvidence(name string) langEvidence {
	ev := langEvidence{words: map[string]float64{}, suffixes: map[rune][]weighted{}}
	for _, line := range textDataList(name) {
		entry, w := line, 1.0
		if i := strings.IndexByte(line, '\t'); i >= 0 {
			f, err := strconv.ParseFloat(strings.TrimSpace(line[i+1:]), 64)
			if err != nil {
				panic("claims: " + name + ": bad weight in " + strconv.Quote(line))
			}
			entry, w = strings.TrimSpace(line[:i]), f
		}
		switch {
		case strings.HasPrefix(entry, "-") && len(entry) > 1:
			last, _ := utf8.DecodeLastRuneInString(entry)
			ev.suffixes[last] = append(ev.suffixes[last], weighted{entry[1:], w})
		case strings.HasPrefix(entry, "*"):
			ev.letters = append(ev.letters, weighted{entry[1:], w})
		default:
			ev.words[entry] = w
		}
	}
	for last, ws := range ev.suffixes {
		sortWeighted(ws)
		if last >= 0x0900 && last < 0x0980 {
			ev.devaSuffixes[last-0x0900] = ws
		}
	}
	return ev
}

// sortWeighted puts longer endings first, so that one word counts its most
// specific ending only.
func sortWeighted(ws []weighted) {
	for i := 1; i < len(ws); i++ {
		for j := i; j > 0 && len(ws[j].text) > len(ws[j-1].text); j-- {
			ws[j], ws[j-1] = ws[j-1], ws[j]
		}
	}
}

// score returns the evidence a word gives for the language: its own weight
// s when it is a listed word (listed, from devaListed), else the weight of
// its longest listed ending; plus any telling letter.
func (ev *langEvidence) score(word string, s float64, listed bool) float64 {
	if !listed {
		for _, suf := range ev.endings(word) {
			if len(word) > len(suf.text) && strings.HasSuffix(word, suf.text) {
				s = suf.weight
				break
			}
		}
	}
	for _, l := range ev.letters {
		if strings.Contains(word, l.text) {
			s += l.weight
		}
	}
	return s
}

// The letter counts of DetectLanguage, by index: countNone is where runes
// that are no letter go, so that the hot loop adds without branching.
const (
	countNone = iota
	countBengali
	countDevanagari
	countLatin
	countOther
	numCounts
)

// indicLetterCount tells, for U+0900..U+09FF, which count a rune adds to:
// letters and their signs count, digits and dandas do not.
var indicLetterCount = func() (t [0x100]uint8) {
	for i := range t {
		switch r := rune(0x0900 + i); {
		case r >= 0x0980 && !(r >= 0x09E6 && r <= 0x09EF) && r != runeBengaliDanda:
			t[i] = countBengali
		case r < 0x0980 && !(r >= 0x0966 && r <= 0x096F) && r != runeDanda && r != runeDoubleDanda:
			t[i] = countDevanagari
		}
	}
	return t
}()

// indicLetterIs is indicLetterCount by count: indicLetterIs[k][i] is
// whether U+0900+i adds to count k, for indicRunOf.
var indicLetterIs = func() (t [numCounts][0x100]bool) {
	for i, k := range indicLetterCount {
		t[k][i] = true
	}
	return t
}()

// asciiLetterCount is indicLetterCount for ASCII: letters count as Latin.
var asciiLetterCount = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		if isASCIILetter(byte(c)) {
			t[c] = countLatin
		}
	}
	return t
}()

// endings returns the listed endings that may end word: those with its
// last rune.
func (ev *langEvidence) endings(word string) []weighted {
	if n := len(word); n >= 3 {
		if r, ok := indicRune(word, n-3); ok && r < 0x0980 {
			return ev.devaSuffixes[r-0x0900]
		}
	}
	last, _ := utf8.DecodeLastRuneInString(word)
	return ev.suffixes[last]
}

// Script counts below this many letters give less than full confidence.
const confidentLetters = 20

// DetectLanguage returns the ISO 639-1 code of text's language (bn, mr, hi
// or en) and a confidence in 0..1. Confidence is low for short text, for
// text that mixes scripts, and for Devanagari with little Marathi or Hindi
// evidence; it is 0 with lang "" when text has no letters.
func DetectLanguage(text string) (lang string, confidence float64) {
	var counts [numCounts]int
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			counts[asciiLetterCount[c]]++
			i++
			continue
		}
		if c == 0xE0 {
			// Bengali and Devanagari letters, the bulk of the text, a run
			// of one script at a time.
			if end, n := indicRunOf(text, i, &indicLetterIs[countBengali]); n > 0 {
				counts[countBengali] += n
				i = end
				continue
			}
			if end, n := indicRunOf(text, i, &indicLetterIs[countDevanagari]); n > 0 {
				counts[countDevanagari] += n
				i = end
				continue
			}
		}
		if r, ok := indicRune(text, i); ok {
			// The rest of U+0900..U+09FF (digits, dandas) by table.
			// indicRune reads every encoding of the two blocks, so the
			// decoder below never sees them.
			counts[indicLetterCount[r-0x0900]]++
			i += 3
			continue
		}
		r, size := decodeRune(text, i)
		i += size
		if unicode.IsLetter(r) {
			if unicode.Is(unicode.Latin, r) {
				counts[countLatin]++
			} else {
				counts[countOther]++
			}
		}
	}
	bengali, devanagari, latin, other := counts[countBengali], counts[countDevanagari], counts[countLatin], counts[countOther]
	total := bengali + devanagari + latin + other
	if total == 0 {
		return "", 0
	}
	top := max(bengali, devanagari, latin, other)
	share := float64(top) / float64(total)
	length := math.Min(1, float64(top)/confidentLetters)
	switch top {
	case bengali:
		return "bn", round2(share * length)
	case devanagari:
		lang, sure := marathiOrHindi(text)
		return lang, round2(share * length * sure)
	case latin:
		return "en", round2(share * length)
	}
	return "", 0
}

// marathiOrHindi weighs the Marathi and Hindi evidence in Devanagari text.
// sure is in 0..1: the margin between the two, scaled down when there is
// little evidence at all. With none, it says "hi" at sureness 0.
func marathiOrHindi(text string) (lang string, sure float64) {
	var mr, hi float64
	for w := range devanagariWords(text) {
		lw := devaListed[w]
		mr += marathiEvidence.score(w, lw.mr, lw.inMR)
		hi += hindiEvidence.score(w, lw.hi, lw.inHI)
	}
	if mr+hi == 0 {
		return "hi", 0
	}
	lang = "hi"
	if mr > hi {
		lang = "mr"
	}
	margin := math.Abs(mr-hi) / (mr + hi)
	return lang, margin * math.Min(1, (mr+hi)/3)
}

// devanagariWords yields the Devanagari words of text: runs of Devanagari
// letters and signs, ZWJ and ZWNJ inside a word kept.
func devanagariWords(text string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(text); {
			// As a range loop would, but without a call per Indic letter.
			// As a range loop would, but a Devanagari letter by table:
			// the letters DetectLanguage counts as Devanagari are the
			// ones a word is made of.
			in, size := false, 1
			if r, ok := indicRune(text, i); ok {
				in, size = indicLetterCount[r-0x0900] == countDevanagari, 3
			} else if text[i] >= utf8.RuneSelf {
				var r rune
				r, size = decodeRune(text, i)
				in = start >= 0 && (r == runeZWJ || r == runeZWNJ)
			}
			switch {
			case in && start < 0:
				start = i
			case !in && start >= 0:
				if !yield(text[start:i]) {
					return
				}
				start = -1
			}
			i += size
		}
		if start >= 0 {
			yield(text[start:])
		}
	}
}

// round2 rounds a confidence to two decimals, so that reports and golden
// files do not carry float noise.
func round2(f float64) float64 { return math.Round(f*100) / 100 }
