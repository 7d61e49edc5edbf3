package claims

// maxGuessTokens is the longest unknown name guessUnknown tries as one.
const maxGuessTokens = 3

// guessUnknown looks at words the lexicon did not match that look like
// names, transliterates them and fuzzy-matches them to known names:
//   - runs of capitalised Latin words ("Vladmir Poutin");
//   - Indic words right after a title (প্রেসিডেন্ট ভ্লাদিমীর পুটিন), where a
//     name is expected.
//
// A guess that matches no known name is dropped: unknown names are not
// invented as entities.
func (ix *lexIndex) guessUnknown(text string, toks []lexToken, matched []bool) []Entity {
	var out []Entity
	for i := 0; i < len(toks); i++ {
		if matched[i] {
			continue
		}
		t := &toks[i]
		var run int
		switch {
		case t.script == lexScriptLatin && t.upper:
			run = ix.runLength(toks, matched, i, func(u *lexToken) bool {
				return u.script == lexScriptLatin && u.upper
			})
		case t.script >= lexScriptBengali && i > 0 && t.joined && ix.titleEndsAt(toks, i-1):
			run = ix.runLength(toks, matched, i, func(u *lexToken) bool {
				return u.script == t.script
			})
		default:
			continue
		}
		for n := run; n >= 1; n-- {
			if e, ok := ix.guessAt(text, toks[i:i+n]); ok {
				out = append(out, e)
				i += n - 1
				break
			}
		}
	}
	return out
}

// runLength counts the unmatched tokens from i on, up to maxGuessTokens,
// that run on without punctuation and satisfy ok.
func (ix *lexIndex) runLength(toks []lexToken, matched []bool, i int, ok func(*lexToken) bool) int {
	n := 1
	for j := i + 1; j < len(toks) && n < maxGuessTokens; j++ {
		if matched[j] || !toks[j].joined || !ok(&toks[j]) {
			break
		}
		n++
	}
	return n
}

// guessAt fuzzy-matches the words toks, as written, to a known name; the
// last word is also tried without a case ending.
func (ix *lexIndex) guessAt(text string, toks []lexToken) (Entity, bool) {
	first, last := &toks[0], &toks[len(toks)-1]
	for _, t := range toks {
		if t.key != text[t.bs:t.be] && t.alt == "" && t.script != lexScriptLatin {
			return Entity{}, false // zero-width joiners inside: offsets of a stem would be wrong
		}
	}
	e := Entity{Text: text[first.bs:last.be], Start: first.start, End: last.end, Guessed: true}
	if ent, ok := ix.fuzzyName(e.Text); ok {
		e.Name, e.Kind = ent.name, ent.kind
		return e, true
	}
	var found *lexEntity
	head := text[first.bs:last.bs]
	ix.stems(last.key, last.script, func(stem string) bool {
		found, _ = ix.fuzzyName(head + stem)
		return found != nil
	})
	if found == nil {
		return Entity{}, false
	}
	e.Name, e.Kind = found.name, found.kind
	return e, true
}
