package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lineFeatures are what the line classifier knows about a line: counts of
// its words by kind, in the spirit of jusText and boilerpipe, which tell a
// page's text from its template by length, stop-word density and link
// density rather than by what the words say.
type lineFeatures struct {
	words   int              // white-space separated words
	stops   int              // stop words among them
	scripts [stopScripts]int // words per script, for the stop-word threshold
	caps    int              // words written in Latin capitals only ("KICKER", "HL")
	labels  int              // known desk labels among the capitals
	digits  int              // words with a digit
	emails  int              // e-mail addresses
	links   int              // web addresses, bare domains included
	seps    int              // separators between parts: "|", "•", "·", a spaced dash
	sentEnd bool             // the line ends a sentence
}

// deskLabels are the field names of data/residue_desk_labels.txt.
var deskLabels = textDataKeys(textDataList("residue_desk_labels.txt"))

// measureLine counts the features of t, a line's kept text, trimmed.
func measureLine(t string) lineFeatures {
	f := lineFeatures{sentEnd: endsSentence(t)}
	for i := 0; i < len(t); {
		for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
			i++
		}
		j := i
		for j < len(t) && t[j] != ' ' && t[j] != '\t' {
			j++
		}
		if j > i {
			f.addWord(t[i:j])
		}
		i = j
	}
	return f
}

// addWord counts one word of the line.
func (f *lineFeatures) addWord(w string) {
	if isSeparatorWord(w) {
		f.seps++
		return
	}
	f.words++
	if strings.IndexByte(w, '.') >= 0 || strings.IndexByte(w, '@') >= 0 {
		switch {
		case isEmailWord(w):
			f.emails++
			return
		case isLinkWord(w):
			f.links++
			return
		}
	}
	bare := trimWordPunct(w)
	if bare == "" {
		return
	}
	f.scripts[wordScript(bare)]++
	if isStopWord(bare) {
		f.stops++
	}
	if hasDigit(bare) {
		f.digits++
	} else if isCapsWord(bare) {
		f.caps++
		var buf [24]byte
		if k, ok := lowerASCII(bare, buf[:]); ok && deskLabels[string(k)] {
			f.labels++
		}
	}
}

// trimWordPunct strips punctuation from both ends of w, ASCII first without
// decoding.
func trimWordPunct(w string) string {
	for w != "" && w[0] < utf8.RuneSelf && isWordPunct(rune(w[0])) {
		w = w[1:]
	}
	for w != "" && w[len(w)-1] < utf8.RuneSelf && isWordPunct(rune(w[len(w)-1])) {
		w = w[:len(w)-1]
	}
	return strings.TrimFunc(w, isWordPunct)
}

// hasDigit reports whether w holds a digit of any script.
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= '0' && c <= '9' {
			return true
		} else if c >= 0x80 {
			return strings.ContainsFunc(w[i:], unicode.IsDigit)
		}
	}
	return false
}

// script returns the script most of the line's words are in.
func (f *lineFeatures) script() int {
	best := stopLatin
	for s, n := range f.scripts {
		if n > f.scripts[best] {
			best = s
		}
	}
	return best
}

// isProse reports whether the line reads as a sentence of the article: four
// or more words besides its addresses, enough of them stop words for its
// script, and a sentence end or, failing one, the length of a real sentence.
func (f *lineFeatures) isProse() bool {
	n := f.words - f.emails - f.links
	if n < 4 {
		return false
	}
	return f.hasStopShare() && (f.sentEnd || n >= 8)
}

// hasStopShare reports whether stop words make up the share of prose among
// the line's words besides its addresses.
func (f *lineFeatures) hasStopShare() bool {
	n := f.words - f.emails - f.links
	return n > 0 && float64(f.stops) >= proseStopShare[f.script()]*float64(n)
}

// isSeparatorWord reports whether w only separates the parts of a label
// line: "|", "•", "·", "–", "—", "-".
func isSeparatorWord(w string) bool {
	switch w {
	case "|", "||", "•", "·", "–", "—", "-":
		return true
	}
	return false
}

// isWordPunct reports whether r is punctuation to strip from a word's ends.
func isWordPunct(r rune) bool {
	if r < utf8.RuneSelf {
		return !isASCIILetter(byte(r)) && !(r >= '0' && r <= '9')
	}
	switch r {
	case runeDanda, runeDoubleDanda, runeBengaliDanda, '“', '”', '‘', '’', '«', '»', '…', '–', '—', '•', '·', '©':
		return true
	}
	return false
}

// isCapsWord reports whether w is two or more Latin letters, all capitals
// ("HL", "KICKER"); a single capital ("A", "I") is not a label.
func isCapsWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// isEmailWord reports whether w holds an e-mail address: a name, "@" and a
// dotted domain of ASCII letters ("news@dhakatribune.com", "(desk@x.in)").
func isEmailWord(w string) bool {
	at := strings.IndexByte(w, '@')
	if at <= 0 {
		return false
	}
	if c := w[at-1]; !isASCIILetter(c) && !(c >= '0' && c <= '9') {
		return false
	}
	dom := strings.TrimRight(w[at+1:], ".,;:)]>\"'")
	dot := strings.LastIndexByte(dom, '.')
	return dot > 0 && len(dom)-dot > 2 && isASCIIWord(dom[dot+1:])
}

// webTLDs are the top-level domains that make a bare "name.tld" word a web
// address on a news page ("dhakatribune.com", "ndtv.in"): the generic ones
// and those of the countries whose press the workbench reads.
var webTLDs = map[string]bool{"com": true, "net": true, "org": true, "in": true, "bd": true, "info": true, "news": true, "tv": true, "gov": true, "co": true, "io": true, "uk": true, "live": true}

// isLinkWord reports whether w is a web address: a scheme, "www." or a
// dotted ASCII name ending in a known top-level domain, with or without a
// path.
func isLinkWord(w string) bool {
	w = strings.TrimLeft(w, "([\"'<")
	if strings.Contains(w, "://") || strings.HasPrefix(w, "www.") {
		return true
	}
	host, _, _ := strings.Cut(w, "/")
	host = strings.TrimRight(host, ".,;:)]>\"'")
	dot := strings.LastIndexByte(host, '.')
	if dot <= 0 || !webTLDs[strings.ToLower(host[dot+1:])] {
		return false
	}
	for i := 0; i < dot; i++ {
		if c := host[i]; !(isASCIILetter(c) || c >= '0' && c <= '9' || c == '-' || c == '.') {
			return false
		}
	}
	// A name of two letters or more before the domain: "e.g.in" is not one.
	return dot >= 2 && isASCIILetter(host[dot-1]) && isASCIILetter(host[dot-2])
}
