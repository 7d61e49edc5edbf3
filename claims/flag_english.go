package claims

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/english_common.txt
var englishCommonTXT string

// englishCommon is the set of common English words (english_common.txt),
// loaded once, on the first Latin word found between Indic words.
var englishCommon = sync.OnceValue(func() map[string]struct{} {
	set := map[string]struct{}{}
	for _, f := range lexRows(englishCommonTXT) {
		set[f.cols[0]] = struct{}{}
	}
	return set
})

// englishWordsLeft flags a run of one to three lower-case Latin words
// standing between two Indic words of one sentence, with only spaces
// around (দেশভরাত সংচার curfew বংদী, साम relief ग्री, জল logging ভরাব), or
// between an Indic word and the danda that ends its sentence, or opening
// the claim or a clause after a comma before an Indic word: machine
// translation left them untranslated. It returns the flag and the index of
// the run's last token. Each word must read as a word (latinWordLeft): a
// word the translator leaves is any word of English, not only the common
// ones of english_common.txt. What belongs in an Indic sentence in Latin
// letters stays unflagged: names and brands (Modi, WhatsApp) and acronyms
// (NDRF, BJP) by their capitals, units (km, kmph) and codes by
// latinWordLeft, handles, URLs, file names and quoted titles by the
// punctuation around them ("joined" is false after a quote, a dot, an @ or
// an underscore).
func englishWordsLeft(text string, toks []lexToken, k int) (Flag, int, bool) {
	opens := k == 0 || !toks[k].joined && flagCommaBetween(text[toks[k-1].be:toks[k].bs])
	if !opens && (!toks[k].joined || !flagIndicWord(text, &toks[k-1])) {
		return Flag{}, 0, false
	}
	m := k
	for ; m < len(toks) && m-k < 3 && toks[m].script == lexScriptLatin && (m == k || toks[m].joined); m++ {
		if !latinWordLeft(text[toks[m].bs:toks[m].be]) {
			return Flag{}, 0, false
		}
	}
	if m == k {
		return Flag{}, 0, false
	}
	first, last := &toks[k], &toks[m-1]
	var after string
	switch {
	case m < len(toks) && toks[m].joined && flagIndicWord(text, &toks[m]):
		after = text[toks[m].bs:toks[m].be]
	case opens:
		return Flag{}, 0, false // opening a sentence or a clause, the word needs an Indic word after it
	case m-k == 1 && flagDandaNext(text[last.be:]):
		after = "।" // a lone word closing the sentence: a run of them is more often a quoted phrase
	default:
		return Flag{}, 0, false
	}
	words := text[first.bs:last.be]
	before := "…"
	if k > 0 {
		before = text[toks[k-1].bs:toks[k-1].be]
	}
	beside := k - 1 // the Indic word that makes the sentence Indic
	if opens {
		beside = m
	}
	script := toks[beside].script
	return Flag{
		Kind:     FlagMixedScript,
		Evidence: words,
		Note: fmt.Sprintf("The English “%s” stands untranslated in a %s sentence (“%s … %s”): machine translation left it as it was.",
			words, flagScriptName(script), before, after),
		Start: first.start,
		End:   last.end,
	}, m - 1, true
}

// flagCommaBetween reports whether between, the text between two words, is
// a comma and spaces: the second word opens a clause.
func flagCommaBetween(between string) bool {
	between = strings.TrimSpace(between)
	return between == "," || between == "،"
}

// flagDandaNext reports whether rest, the text after a word, goes on with a
// danda (। or ॥, spaces aside): the word ends an Indic sentence.
func flagDandaNext(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return strings.HasPrefix(rest, "।") || strings.HasPrefix(rest, "॥")
}

// latinWordLeft reports whether w, a Latin token in an Indic sentence, reads
// as a word that translation left untranslated: a common English word
// (isCommonEnglish), or any other word in lower case of three letters or
// more with a vowel (internet, arson, logging) that is no unit (km, kmph,
// mph), abbreviation (etc, vs) or file or web code (jpg, www, com) of the
// data files. Without a vowel a token is a code or an abbreviation (gfj,
// ltd, pvt), not a word.
func latinWordLeft(w string) bool {
	if isCommonEnglish(w) {
		return true
	}
	if len(w) < 3 {
		return false
	}
	vowel := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			return false // capitals, digits, accents: a name, an acronym, a code
		}
		vowel = vowel || strings.IndexByte("aeiouy", c) >= 0
	}
	return vowel && !latinCodes()[w]
}

// latinCodes are the lower-case Latin tokens that belong in an Indic
// sentence: the Latin unit symbols of units.tsv (km, kmph, hrs), the
// abbreviations of abbreviations.txt, the file types of
// residue_file_types.txt and latin_codes.txt (www, com, http).
var latinCodes = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	add := func(s string) {
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r < 'a' || r > 'z' }) {
			set[w] = true
		}
	}
	for _, row := range tsvRows(unitsTSV) {
		for _, a := range tsvAliases(row[len(row)-1]) {
			if !isCommonEnglish(a) {
				add(a) // a symbol (kmph, cusecs); "hours" left in a Hindi sentence is a word left
			}
		}
	}
	for _, list := range []string{"abbreviations.txt", "residue_file_types.txt", "latin_codes.txt"} {
		for _, e := range textDataList(list) {
			add(strings.TrimSuffix(e, "#"))
		}
	}
	return set
})

// flagIndicWord reports whether t is a Bengali or Devanagari word that
// opens with a letter: digits (১২ km) do not make a sentence Indic.
func flagIndicWord(text string, t *lexToken) bool {
	if t.script < lexScriptBengali {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[t.bs:t.be])
	return unicode.IsLetter(r)
}

// isCommonEnglish reports whether w, in lower case and three letters or
// more, is a common English word or a regular inflection of one (results,
// disrupted, flooding, casualties, stopped).
func isCommonEnglish(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false // capitals, digits, accents: a name, an acronym, a code
		}
	}
	set := englishCommon()
	if _, ok := set[w]; ok {
		return true
	}
	for _, e := range englishEndings {
		stem, ok := strings.CutSuffix(w, e.ending)
		if !ok || len(stem) < 2 {
			continue
		}
		if _, ok := set[stem+e.restore]; ok {
			return true
		}
		// A doubled last consonant (stopped, planning) is written once in
		// the base form.
		if n := len(stem); e.restore == "" && n >= 3 && stem[n-1] == stem[n-2] {
			if _, ok := set[stem[:n-1]]; ok {
				return true
			}
		}
	}
	return false
}

// englishEndings are the regular inflections of English, with what the base
// form has in their place: casualties -> casualty, rescued -> rescue.
var englishEndings = []struct{ ending, restore string }{
	{"ies", "y"}, {"ied", "y"}, {"es", ""}, {"s", ""},
	{"ed", ""}, {"d", ""}, {"ing", ""}, {"ing", "e"}, {"ly", ""},
}
