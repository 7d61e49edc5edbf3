package claims

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// scriptFlags flags garble in the writing itself:
//   - FlagMixedScript: a Latin word between two pieces of one Indic word, the
//     piece after it opening with a combining mark or the piece before it
//     ending in a virama (দৃ strong ়, अधिका officials ्यांनी): machine
//     translation left an English word inside the word it was translating;
//   - FlagMixedScript too: common English words left between two Indic
//     words of a sentence (संचार curfew बंदी, साम relief ग्री), see
//     englishWordsLeft;
//   - FlagMixedScript too: an English word with an Indic case ending glued
//     on (reliefের, hospitalमें), see latinWithEnding;
//   - FlagOrphanMark: a combining mark opening a word, after a space or at the
//     start, that is not already part of a mixed-script flag.
func scriptFlags(text string, toks []lexToken) []Flag {
	var out []Flag
	covered := -1 // index of the last token inside a mixed-script flag
	for k := range toks {
		t := &toks[k]
		if t.script == lexScriptLatin && k > 0 && k+1 < len(toks) && t.joined && toks[k+1].joined {
			prev, next := &toks[k-1], &toks[k+1]
			if prev.script >= lexScriptBengali && next.script == prev.script &&
				(flagStartsWithMark(text[next.bs:next.be]) || flagEndsWithVirama(text[prev.bs:prev.be])) {
				ev := text[prev.bs:next.be]
				out = append(out, Flag{
					Kind:     FlagMixedScript,
					Evidence: ev,
					Note: fmt.Sprintf("The English word “%s” sits inside a %s word (“%s…%s”): machine translation left it untranslated and split the word around it.",
						text[t.bs:t.be], flagScriptName(prev.script), text[prev.bs:prev.be], text[next.bs:next.be]),
					Start: prev.start,
					End:   next.end,
				})
				covered = k + 1
				continue
			}
		}
		if t.script == lexScriptLatin {
			if f, last, ok := englishWordsLeft(text, toks, k); ok {
				out = append(out, f)
				covered = last
			} else if f, ok := latinWithEnding(text, toks, k); ok {
				out = append(out, f)
			}
			continue
		}
		if f, ok := gluedLatin(text, t); ok {
			out = append(out, f)
			continue
		}
		if k <= covered || !flagStartsWithMark(text[t.bs:t.be]) {
			continue
		}
		if k+1 < len(toks) && toks[k+1].script == lexScriptLatin && k+2 < len(toks) && flagStartsWithMark(text[toks[k+2].bs:toks[k+2].be]) {
			continue // the opening piece of a mixed-script garble that follows
		}
		start := t.start
		ev := text[t.bs:t.be]
		if k > 0 && t.joined {
			ev = text[toks[k-1].bs:t.be]
			start = toks[k-1].start
		}
		out = append(out, Flag{
			Kind:     FlagOrphanMark,
			Evidence: ev,
			Note:     "A vowel sign or other combining mark stands at the start of a word, after a space: a letter is missing or a word was split in translation.",
			Start:    start,
			End:      t.end,
		})
	}
	return out
}

// gluedLatin flags an Indic word with a Latin word inside it and no spaces
// around (অধিকাofficials্যাংনী): the same garble as a wedged word, written
// without the spaces.
func gluedLatin(text string, t *lexToken) (Flag, bool) {
	if t.script < lexScriptBengali || t.indic {
		return Flag{}, false
	}
	w := text[t.bs:t.be]
	// The first ASCII letter, found byte by byte: no multi-byte sequence,
	// valid or not, holds an ASCII byte.
	i := -1
	for k := 0; k < len(w); k++ {
		if c := w[k] | 0x20; w[k] < utf8.RuneSelf && c >= 'a' && c <= 'z' {
			i = k
			break
		}
	}
	if i < 0 {
		return Flag{}, false
	}
	j := i
	for j < len(w) && (w[j]|0x20) >= 'a' && (w[j]|0x20) <= 'z' {
		j++
	}
	if j == len(w) || j-i < 2 {
		return Flag{}, false // Latin at the end, or a lone letter: not a wedged word
	}
	return Flag{
		Kind:     FlagMixedScript,
		Evidence: w,
		Note: fmt.Sprintf("The English word “%s” sits inside a %s word (“%s”): machine translation left it untranslated inside the word it was translating.",
			w[i:j], flagScriptName(t.script), w),
		Start: t.start,
		End:   t.end,
	}, true
}

// flagStartsWithMark reports whether w opens with a combining mark.
func flagStartsWithMark(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return lexIsMark(r)
}

// flagEndsWithVirama reports whether w ends in a Bengali or Devanagari virama,
// which cannot end a written word.
func flagEndsWithVirama(w string) bool {
	return strings.HasSuffix(w, "\u094D") || strings.HasSuffix(w, "\u09CD")
}

// flagScriptName names a script for a reviewer.
func flagScriptName(script int8) string {
	if script == lexScriptBengali {
		return "Bengali"
	}
	return "Devanagari"
}

// latinWithEnding flags a word of lower-case English with a Bengali or
// Devanagari ending glued on (ত্রাণ reliefের জন্য, hospitalमें भर्ती), beside an
// Indic word of its sentence: translation left the word and inflected it.
// A name, a brand or an acronym with an ending (iPhoneটি, ISROর) is written
// with a capital, and latinWordLeft tells a word from a code.
func latinWithEnding(text string, toks []lexToken, k int) (Flag, bool) {
	t := &toks[k]
	w := text[t.bs:t.be]
	i := 0
	for i < len(w) && w[i] < utf8.RuneSelf {
		i++
	}
	if i == len(w) || !latinWordLeft(w[:i]) {
		return Flag{}, false
	}
	r, _ := utf8.DecodeRuneInString(w[i:])
	script := int8(lexScriptOf(r))
	if script < lexScriptBengali {
		return Flag{}, false
	}
	for _, r := range w[i:] {
		if lexScriptOf(r) < lexScriptBengali {
			return Flag{}, false // Latin again after the ending: not one word and its ending
		}
	}
	beside := k > 0 && t.joined && flagIndicWord(text, &toks[k-1]) ||
		k+1 < len(toks) && toks[k+1].joined && flagIndicWord(text, &toks[k+1])
	if !beside {
		return Flag{}, false
	}
	return Flag{
		Kind:     FlagMixedScript,
		Evidence: w,
		Note: fmt.Sprintf("The English “%s” stands untranslated in a %s sentence, with the ending “%s” glued on: machine translation left the word as it was.",
			w[:i], flagScriptName(script), w[i:]),
		Start: t.start,
		End:   t.end,
	}, true
}
