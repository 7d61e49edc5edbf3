package claims

import (
	"fmt"
	"slices"
	"strings"
)

// Translation garbles of names (garbled_names.tsv): a name word that is
// also a common word comes out of machine translation as that word (Kim
// Jong Un as কিম জং আপনি, Travis Head as ट्रॅव्हिस डोके). Two readings:
//   - a known person or place whose name holds such a word gets its
//     aliases with the word translated as aliases of their own, marked
//     garbled: the rest of the name anchors them (ट्रॅव्हिस डोके, নতুন
//     পট্টনায়েক), and the common word alone is never the name;
//   - the name of a thing the lexicon has no entity for (the Pragyan
//     rover, the Machchhu river) is a garble when its translation stands
//     next to the word for the thing (रोवर बुद्धि, मच्छर नदी).
//
// A person the lexicon lacks, read from the title before it, is not read
// for garbles: that reading takes common phrases for names (মহাসচিব গভীর
// উদ্বেগ প্রকাশ, "the secretary-general expressed deep concern"), and each
// would be a false garble.

// lexNameWords is which garble rows each word of an entity's canonical name
// has, by position, and every alias the entity already has.
type lexNameWords struct {
	rows    [][]*lexGarbleRow // by position in the canonical name; nil when none has any
	aliases map[string]bool   // joined keys of the entity's aliases
}

// lexGarbledWords finds the name words of e that garbles (by lower-case
// name word) has rows for.
func lexGarbledWords(e lexEntityRow, garbles map[string][]*lexGarbleRow) lexNameWords {
	var nw lexNameWords
	canon := lexTokenize(e.name)
	if len(canon) < 2 || e.kind == Organisation || e.kind == Country {
		return nw // a garble needs the rest of a person's or place's name beside it
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

// lexGarbledKey is a garbled form of an alias, as token keys, and the row
// that garbles it.
type lexGarbledKey struct {
	keys []string
	row  *lexGarbleRow
}

// garbledAliases returns the garbled forms of one alias of e, toks its
// tokens: each name word translated in turn, in the words of the alias's
// script. The alias must have as many words as the canonical name, so the
// words line up (ট্রাভিস হেড, Travis Head), and a translation that is an
// alias of e already (Bengali সিংহ for a সিংহ) is none.
func garbledAliases(e lexEntityRow, toks []lexToken, nw lexNameWords) []lexGarbledKey {
	if nw.rows == nil || len(toks) != len(nw.rows) {
		return nil
	}
	var out []lexGarbledKey
	for p, rows := range nw.rows {
		for _, g := range rows {
			for _, w := range g.inScript(toks[p].script) {
				keys := make([]string, len(toks))
				for i := range toks {
					keys[i] = toks[i].key
				}
				keys[p] = lexTokenKey(lexNFC(w))
				if keys[p] == toks[p].key || nw.aliases[lexJoinKeys(keys)] {
					continue
				}
				out = append(out, lexGarbledKey{keys: keys, row: g})
			}
		}
	}
	return out
}

// lexThingGarble is a translated name of a thing and the words for the
// thing it stands next to.
type lexThingGarble struct {
	row    *lexGarbleRow
	beside map[string]struct{}
}

// indexThingGarbles files the translations of names of things (the rows
// with words for the thing) by their lower-case keys.
func (ix *lexIndex) indexThingGarbles(rows []lexGarbleRow) {
	ix.thingGarbles = map[string][]*lexThingGarble{}
	for i := range rows {
		g := &rows[i]
		if len(g.beside) == 0 {
			continue
		}
		th := &lexThingGarble{row: g, beside: map[string]struct{}{}}
		for _, w := range g.beside {
			for _, t := range lexTokenize(w) {
				th.beside[lowerKey(t.key)] = struct{}{}
			}
		}
		for _, ws := range g.words {
			for _, w := range ws {
				for _, t := range lexTokenize(w) {
					k := lowerKey(t.key)
					if !slices.Contains(ix.thingGarbles[k], th) {
						ix.thingGarbles[k] = append(ix.thingGarbles[k], th)
					}
				}
			}
		}
	}
}

// thingGarbleFlags flags the translated name of a thing next to the word
// for it (रोवर बुद्धि: the Pragyan rover; मच्छर नदी: the Machchhu river).
func (ix *lexIndex) thingGarbleFlags(text string, toks []lexToken) []Flag {
	if len(ix.thingGarbles) == 0 {
		return nil
	}
	var out []Flag
	for k := range toks {
		ths := ix.thingGarbles[lowerKey(toks[k].key)]
		for _, th := range ths {
			var other *lexToken
			if k > 0 && toks[k].joined && th.has(&toks[k-1]) {
				other = &toks[k-1]
			} else if k+1 < len(toks) && toks[k+1].joined && th.has(&toks[k+1]) {
				other = &toks[k+1]
			}
			if other == nil {
				continue
			}
			first, last := other, &toks[k]
			if other.start > last.start {
				first, last = last, other
			}
			ev := text[first.bs:last.be]
			out = append(out, Flag{
				Kind:     FlagGarbledName,
				Evidence: ev,
				Note: fmt.Sprintf("“%s” is the name %s garbled in translation: %s, next to “%s”.",
					ev, th.row.word, th.row.note(), text[other.bs:other.be]),
				Start: first.start,
				End:   last.end,
			})
			break
		}
	}
	return out
}

// has reports whether t is a word for the thing.
func (th *lexThingGarble) has(t *lexToken) bool {
	_, ok := th.beside[lowerKey(t.key)]
	return ok
}
