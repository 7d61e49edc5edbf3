package claims

import (
	"fmt"
	"strings"
)

// Translation garbles of names (garbled_names.tsv): a name word that is
// also a common word comes out of machine translation as that word (Kim
// Jong Un as কিম জং আপনি, Travis Head as ट्रॅव्हिस डोके, the Awami League as
// जनता लीग). Four readings:
//   - a known person, place or organisation whose name holds such words
//     gets its aliases with one or several of them translated as aliases
//     of their own, marked garbled (garbledAliases): the rest of the name
//     anchors them (ট্রাভিস মাথার, বায়ু ভারত for Air India), and the common
//     word alone is never the name; a patronymic's link comes out with the
//     name after it moved before it (मोहम्मद सलमान का बेटा; patronymicLinks);
//   - the name of a thing the lexicon has no entity for, or a one-word
//     place, is a garble when its translation stands next to the word for
//     the thing (रोवर बुद्धि, मच्छर नदी, पहला गांव इलाके; thingGarbleFlags);
//   - a whole name translated word by word that no plain text writes is a
//     garble wherever it stands (লোহার গম্বুজ for Iron Dome);
//   - a person the lexicon lacks, whose article or story gives the name in
//     another spelling, is a garble when a word of it is the translation
//     of that name word (भावेश भिंडी for Bhavesh Bhinde; translatedSpelling).
//
// A person the lexicon lacks, read from the title before it, is not read
// for garbles on its own: that reading takes common phrases for names
// (মহাসচিব গভীর উদ্বেগ প্রকাশ, "the secretary-general expressed deep
// concern"), and each would be a false garble.

// lexNameWords is which garble rows each word of an entity's canonical name
// has, by position, and every alias the entity already has.
type lexNameWords struct {
	rows    [][]*lexGarbleRow // by position in the canonical name; nil when none has any
	aliases map[string]bool   // joined keys of the entity's aliases
	// garbles are all the rows by lower-case name word: an English alias
	// is read by its own words (Trinamool Congress of All India Trinamool
	// Congress), which need not line up with the canonical name's.
	garbles map[string][]*lexGarbleRow
}

// lexGarbledWords finds the name words of e that garbles (by lower-case
// name word) has rows for.
func lexGarbledWords(e lexEntityRow, garbles map[string][]*lexGarbleRow) lexNameWords {
	var nw lexNameWords
	canon := lexTokenize(e.name)
	if len(canon) < 2 || e.kind == Country {
		// A garble needs the rest of the name beside it; a country's name
		// translated (সংযুক্ত আরব আমিরাত) is how the language writes it.
		return nw
	}
	for p, t := range canon {
		rows := garbles[strings.ToLower(e.name[t.bs:t.be])]
		if len(rows) == 0 {
			continue
		}
		if nw.rows == nil {
			nw.rows = make([][]*lexGarbleRow, len(canon))
		}
		nw.rows[p] = rows
	}
	if nw.rows == nil {
		return nw
	}
	nw.garbles = garbles
	nw.aliases = map[string]bool{}
	for _, a := range e.aliases {
		var keys []string
		for _, t := range lexTokenize(a) {
			keys = append(keys, t.key)
		}
		nw.aliases[lexJoinKeys(keys)] = true
	}
	return nw
}

// lexGarbledKey is a garbled form of an alias, as token keys, and the
// reviewer's note on the words translated.
type lexGarbledKey struct {
	keys []string
	note string
}

// garbledAliases returns the garbled forms of one alias of e, toks its
// tokens: its name words translated, one or several at once (Air India as
// বায়ু ভারত, both words), in the words of the alias's script. The alias
// must have as many words as the canonical name, so the words line up
// (ট্রাভিস হেড, Travis Head); an English alias is read by its own words.
// A form that is an alias of e already
// (Bengali সিংহ for a সিংহ, ভারতীয় জনতা পার্টি) is none.
func garbledAliases(e lexEntityRow, toks []lexToken, nw lexNameWords) []lexGarbledKey {
	if nw.rows == nil {
		return nil
	}
	rows := nw.rows
	if toks[0].script == lexScriptLatin {
		rows = make([][]*lexGarbleRow, len(toks))
		for p := range toks {
			rows[p] = nw.garbles[lowerKey(toks[p].key)]
		}
	} else if len(toks) != len(nw.rows) {
		return nil
	}
	// The choices at each word: as written, or one of its translations,
	// which may be of several words (Un read as the UN: संयुक्त राष्ट्र).
	type choice struct {
		keys []string
		row  *lexGarbleRow
	}
	choices := make([][]choice, len(toks))
	forms := 1
	for p := range toks {
		choices[p] = []choice{{keys: []string{toks[p].key}}}
		for _, g := range rows[p] {
			if g.link {
				continue // patronymicLinks'
			}
			for _, w := range g.inScript(toks[p].script) {
				var keys []string
				for _, t := range lexTokenize(lexNFC(w)) {
					keys = append(keys, t.key)
				}
				if len(keys) > 0 && (len(keys) > 1 || keys[0] != toks[p].key) {
					choices[p] = append(choices[p], choice{keys: keys, row: g})
				}
			}
		}
		forms *= len(choices[p])
	}
	if forms > maxGarbledForms {
		return nil
	}
	out := patronymicLinks(toks, rows, nw)
	pick := make([]int, len(toks))
	for {
		// The next combination, as an odometer over the choices.
		p := 0
		for ; p < len(pick); p++ {
			if pick[p]++; pick[p] < len(choices[p]) {
				break
			}
			pick[p] = 0
		}
		if p == len(pick) {
			return out
		}
		var keys, notes []string
		for i, c := range pick {
			keys = append(keys, choices[i][c].keys...)
			if g := choices[i][c].row; g != nil {
				notes = append(notes, g.note())
			}
		}
		if !nw.aliases[lexJoinKeys(keys)] {
			out = append(out, lexGarbledKey{keys: keys, note: strings.Join(notes, ", ")})
		}
	}
}

// patronymicLinks returns the forms of an alias whose link of a patronymic
// (bin, ibn: "son of") is translated with the name after it, in the
// language's order: मोहम्मद बिन सलमान as मोहम्मद सलमान का बेटा, "Mohammed,
// Salman's son". A link row's words hold "{}" where that name goes.
func patronymicLinks(toks []lexToken, rows [][]*lexGarbleRow, nw lexNameWords) []lexGarbledKey {
	var out []lexGarbledKey
	for p := 0; p+1 < len(toks); p++ {
		for _, g := range rows[p] {
			if !g.link {
				continue
			}
			for _, w := range g.inScript(toks[p].script) {
				var keys []string
				for _, t := range toks[:p] {
					keys = append(keys, t.key)
				}
				for _, t := range lexTokenize(lexNFC(strings.ReplaceAll(w, "{}", toks[p+1].key))) {
					keys = append(keys, t.key)
				}
				for _, t := range toks[p+2:] {
					keys = append(keys, t.key)
				}
				if !nw.aliases[lexJoinKeys(keys)] {
					out = append(out, lexGarbledKey{keys: keys, note: g.note()})
				}
			}
		}
	}
	return out
}

// maxGarbledForms bounds the garbled forms of one alias: a name whose every
// word has many translations would fill the index with forms nobody writes.
const maxGarbledForms = 64

// lexThingGarble is one translation of the name of a thing, as token
// keys (রোভার প্রজ্ঞা's প্রজ্ঞা; লোহার গম্বুজ for Iron Dome), and the words
// for the thing it stands next to.
type lexThingGarble struct {
	row    *lexGarbleRow
	keys   []string   // lower-case token keys of the translation
	beside [][]string // each word for the thing, as keys; none for a phrase row
}

// indexThingGarbles files the translations of names of things (the rows
// with words for the thing, and the phrase rows: a whole name translated
// word by word) by the lower-case key of their first word.
func (ix *lexIndex) indexThingGarbles(rows []lexGarbleRow) {
	ix.thingGarbles = map[string][]*lexThingGarble{}
	for i := range rows {
		g := &rows[i]
		if len(g.beside) == 0 && !g.phrase {
			continue
		}
		var beside [][]string
		for _, w := range g.beside {
			if keys := lowerKeys(w); len(keys) > 0 {
				beside = append(beside, keys)
			}
		}
		for _, ws := range g.words {
			for _, w := range ws {
				keys := lowerKeys(w)
				if len(keys) == 0 {
					continue
				}
				ix.thingGarbles[keys[0]] = append(ix.thingGarbles[keys[0]], &lexThingGarble{row: g, keys: keys, beside: beside})
			}
		}
	}
}

// lowerKeys returns the lower-case token keys of w.
func lowerKeys(w string) []string {
	var keys []string
	for _, t := range lexTokenize(lexNFC(w)) {
		keys = append(keys, lowerKey(t.key))
	}
	return keys
}

// thingGarbleFlags flags the translated name of a thing next to the word
// for it (रोवर बुद्धि: the Pragyan rover; मच्छर नदी: the Machchhu river;
// पूर्वेकडील अंतराळ तळावर: the Vostochny cosmodrome), and a name translated
// word by word that no plain text writes (লোহার গম্বুজ: Iron Dome).
func (ix *lexIndex) thingGarbleFlags(text string, toks []lexToken) []Flag {
	if len(ix.thingGarbles) == 0 {
		return nil
	}
	var out []Flag
	for k := range toks {
		for _, th := range ix.thingGarbles[lowerKey(toks[k].key)] {
			n := ix.keysAt(toks, k, th.keys)
			if n == 0 {
				continue
			}
			first, last := k, k+n-1
			var beside string
			if len(th.beside) > 0 {
				var ok bool
				if first, last, ok = ix.besideThing(toks, k, n, th.beside, th.row.nameFirst); !ok {
					continue
				}
				if first < k {
					beside = text[toks[first].bs:toks[k-1].be]
				} else {
					beside = text[toks[k+n].bs:toks[last].be]
				}
			}
			ev := text[toks[first].bs:toks[last].be]
			note := fmt.Sprintf("“%s” is the name %s translated word by word: %s.", ev, th.row.word, th.row.note())
			if beside != "" {
				note = fmt.Sprintf("“%s” is the name %s garbled in translation: %s, next to “%s”.", ev, th.row.word, th.row.note(), beside)
			}
			out = append(out, Flag{Kind: FlagGarbledName, Evidence: ev, Note: note, Start: toks[first].start, End: toks[last].end})
			break
		}
	}
	return out
}

// keysAt returns how many tokens from k on spell keys, the words run on
// without punctuation, the last of several words exactly or with a case
// ending; 0 when they do not.
func (ix *lexIndex) keysAt(toks []lexToken, k int, keys []string) int {
	if k+len(keys) > len(toks) {
		return 0
	}
	for j, key := range keys {
		t := &toks[k+j]
		if j > 0 && !t.joined {
			return 0
		}
		got := lowerKey(t.key)
		if got == key || j == len(keys)-1 && j > 0 && ix.stemOf(got, t.script, key) {
			continue
		}
		return 0
	}
	return len(keys)
}

// besideThing finds a word for the thing right after the n tokens from k
// or, unless the name comes first, right before them, and returns the span
// of both; a word for the thing of several words may take a case ending on
// its last (अंतराळ तळावर).
func (ix *lexIndex) besideThing(toks []lexToken, k, n int, beside [][]string, nameFirst bool) (int, int, bool) {
	for _, b := range beside {
		if m := k + n; m < len(toks) && toks[m].joined {
			if got := ix.keysAt(toks, m, b); got > 0 {
				return k, m + got - 1, true
			}
		}
		if s := k - len(b); !nameFirst && s >= 0 && toks[k].joined && ix.keysAt(toks, s, b) == len(b) {
			return s, k + n - 1, true
		}
	}
	return 0, 0, false
}

// translatedSpelling flags e, a person no lexicon has, when its words are
// the name another spelling of its article or story gives (name), but one
// of them is the common word garbled_names.tsv says translation makes of
// that name word: भावेश भिंडी, where the story's English writes Bhavesh
// Bhinde, holds भिंडी, okra. The words sound alike, so the spellings are
// one person, and only the table tells the garble from a transliteration.
func (ix *lexIndex) translatedSpelling(e *Entity, name string) (Flag, bool) {
	words := strings.Fields(name)
	toks := lexTokenize(e.Text)
	if len(words) != len(toks) || len(toks) < 2 {
		return Flag{}, false
	}
	for p, w := range words {
		t := &toks[p]
		for _, g := range ix.garbles[strings.ToLower(w)] {
			for _, tr := range g.inScript(t.script) {
				k := lexTokenKey(lexNFC(tr))
				if t.key != k && !(p == len(toks)-1 && ix.stemOf(t.key, t.script, k)) {
					continue
				}
				if strings.EqualFold(Transliterate(tr), w) {
					continue // how the script writes the name too (Hindi हसीना for Hasina)
				}
				return Flag{
					Kind:     FlagGarbledName,
					Evidence: e.Text,
					Note:     fmt.Sprintf("“%s” is %s garbled in translation, as the story names this person elsewhere: %s.", e.Text, name, g.note()),
					Start:    e.Start,
					End:      e.End,
				}, true
			}
		}
	}
	return Flag{}, false
}
