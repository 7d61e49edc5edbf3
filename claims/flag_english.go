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

// englishWordsLeft flags a run of one to three lower-case English words
// standing between two Indic words of one sentence, with only spaces
// around (দেশভরাত সংচার curfew বংদী, साम relief ग्री): machine translation
// left them untranslated. It returns the flag and the index of the run's
// last token. Every word of the run must be a common English word: a
// name, an acronym, a unit or a brand written in Latin is not a garble, and
// capitals (Modi, NDRF) or quotes around a title ("joined" is false after
// a quote) already tell those apart.
func englishWordsLeft(text string, toks []lexToken, k int) (Flag, int, bool) {
	if k == 0 || !flagIndicWord(text, &toks[k-1]) {
		return Flag{}, 0, false
	}
	m := k
	for ; m < len(toks) && m-k < 3 && toks[m].script == lexScriptLatin && toks[m].joined; m++ {
		if !isCommonEnglish(text[toks[m].bs:toks[m].be]) {
			return Flag{}, 0, false
		}
	}
	if m == k || m >= len(toks) || !toks[m].joined || !flagIndicWord(text, &toks[m]) {
		return Flag{}, 0, false
	}
	first, last := &toks[k], &toks[m-1]
	words := text[first.bs:last.be]
	return Flag{
		Kind:     FlagMixedScript,
		Evidence: words,
		Note: fmt.Sprintf("The English “%s” stands untranslated in a %s sentence (“%s … %s”): machine translation left it as it was.",
			words, flagScriptName(toks[k-1].script), text[toks[k-1].bs:toks[k-1].be], text[toks[m].bs:toks[m].be]),
		Start: first.start,
		End:   last.end,
	}, m - 1, true
}

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
