package claims

import (
	_ "embed"
	"sync"
	"unicode/utf8"
)

//go:embed data/body_words.tsv
var bodyWordsTSV string

// bodyWords maps each body word of data/body_words.tsv, as a lower-case
// token key, to the type of body it ends the name of; heads holds the
// first rune of every Bengali and Devanagari one, so that a word opening
// otherwise is turned away before its endings are tried.
var bodyWords = sync.OnceValue(func() (words struct {
	types map[string]string
	heads map[rune]bool
}) {
	words.types, words.heads = map[string]string{}, map[rune]bool{}
	for _, f := range lexRows(bodyWordsTSV) {
		if len(f.cols) < 2 {
			continue
		}
		for _, w := range lexSplit(f.cols[1]) {
			toks := lexTokenize(w)
			if len(toks) != 1 {
				continue
			}
			k := lowerKey(toks[0].key)
			if _, seen := words.types[k]; !seen {
				words.types[k] = f.cols[0]
			}
			if r, _ := utf8.DecodeRuneInString(k); r >= 0x0900 {
				words.heads[r] = true
			}
		}
	}
	return words
})

// maxBodyTokens is the longest unknown body name read, body words
// included: "Maharashtra Pollution Control Board", "Ego Media Pvt Ltd".
const maxBodyTokens = 6

// bodyWordAt returns the type of body the word t ends the name of, and the
// word without its case ending ("कंपनीचे" ends a company's name as
// "कंपनी"), or "" when t is no body word.
func (ix *lexIndex) bodyWordAt(text string, t *lexToken) (typ, word string) {
	bw := bodyWords()
	w := text[t.bs:t.be]
	if t.script == lexScriptLatin {
		return bw.types[lowerKey(t.key)], w
	}
	if t.script < lexScriptBengali {
		return "", ""
	}
	if r, _ := utf8.DecodeRuneInString(t.key); !bw.heads[r] {
		return "", ""
	}
	if typ := bw.types[t.key]; typ != "" {
		return typ, w
	}
	if t.key != w {
		return "", "" // joiners inside: a stem's offsets in w would be wrong
	}
	ix.stems(t.key, t.script, func(stem string) bool {
		if typ = bw.types[stem]; typ != "" {
			word = w[:len(stem)]
		}
		return typ != ""
	})
	return typ, word
}

// unknownBody reads a body the lexicon lacks from token i on: capitalised
// English words closed by a body word ("Ego Media Pvt Ltd", the body words
// may run on), or two or three Bengali or Devanagari words and a body word
// ("इगो मीडिया कंपनी", "রেল সুরক্ষা কমিশন"). None of the words may be a stop
// word, a title, a place word or part of a known name; the first is no
// body word itself ("Company officials", "The Board"). It returns the
// entity and how many tokens it covers.
func (ix *lexIndex) unknownBody(text string, toks []lexToken, matched []bool, i int) (Entity, int, bool) {
	t := &toks[i]
	if t.script == lexScriptLatin && !t.upper || t.script != lexScriptLatin && t.script < lexScriptBengali || !ix.nameWord(t) {
		return Entity{}, 0, false
	}
	if typ, _ := ix.bodyWordAt(text, t); typ != "" {
		return Entity{}, 0, false
	}
	end, typ, last := -1, "", ""
	for j := i + 1; j < len(toks) && j < i+maxBodyTokens; j++ {
		u := &toks[j]
		if matched[j] || !u.joined || u.script != t.script || !ix.nameWord(u) {
			break
		}
		if t.script == lexScriptLatin {
			if wt, w := ix.bodyWordAt(text, u); wt != "" {
				end, last = j, w
				if typ == "" {
					typ = wt // the first body word says what it is: "Ego Media Pvt Ltd" is a company
				}
				continue
			}
			if end >= 0 || !u.upper {
				break // "Ego Media Ltd Chairman": the name closed at its body word
			}
			continue
		}
		if j-i < 2 {
			continue
		}
		if wt, w := ix.bodyWordAt(text, u); wt != "" {
			end, typ, last = j, wt, w
		}
		break
	}
	if end < 0 {
		return Entity{}, 0, false
	}
	words := make([]string, 0, end-i+1)
	for j := i; j < end; j++ {
		words = append(words, text[toks[j].bs:toks[j].be])
	}
	words = append(words, last)
	e := ix.unknownEntity(text, toks[i], toks[end], words, Organisation, typ)
	return e, end - i + 1, true
}
