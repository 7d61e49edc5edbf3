package claims

import (
	_ "embed"
	"unicode/utf8"
)

//go:embed data/initials.tsv
var initialsTSV string

// indicInitials maps each Bengali and Devanagari spelling of an English
// letter (এস, एस) to the letter ("S"): Indian and Bangladeshi papers write
// the initials of a name so, with a full stop or without.
var indicInitials = func() map[string]string {
	m := map[string]string{}
	for _, f := range lexRows(initialsTSV) {
		if len(f.cols) < 2 || len(f.cols[0]) != 1 {
			panic("claims: data/initials.tsv: want letter, spellings")
		}
		for _, w := range lexSplit(f.cols[1]) {
			m[w] = f.cols[0]
		}
	}
	return m
}()

// initialLetter returns the Latin letter that word stands for as an
// initial: a single capital ("S"), or a Bengali or Devanagari spelling of
// one ("এস", "एस").
func initialLetter(word string) (string, bool) {
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return word, true
	}
	if word == "" || word[0] < utf8.RuneSelf {
		return "", false
	}
	l, ok := indicInitials[word]
	return l, ok
}

// isInitialWord reports whether word can stand for an initial.
func isInitialWord(word string) bool {
	_, ok := initialLetter(word)
	return ok
}

// initialWithDot reports whether t is an initial written with its full
// stop ("के. अमोल"): then even a word that is otherwise a postposition
// (के) opens a name.
func initialWithDot(text string, t *lexToken) bool {
	return t.be < len(text) && text[t.be] == '.' && isInitialWord(text[t.bs:t.be])
}
