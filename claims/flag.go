package claims

import (
	"fmt"
	"slices"
)

// FindFlags returns what a reviewer should look at in one claim, spans in
// runes of c.Text, in text order: translation garble in the script (an
// English word left untranslated in an Indic sentence or wedged inside an
// Indic word, an orphan combining mark, words run together), garbled and
// translated names among c.Entities and in the text (কিম জং আপনি, বায়ু
// ভারত, লোহার গম্বুজ), and implausible figures among c.Quantities. It uses
// the default lexicon. See (*Lexicon).FindFlags.
func FindFlags(c *Claim) []Flag {
	return DefaultLexicon().FindFlags(c)
}

// FindFlags returns the flags of claim c. Each flag quotes its evidence from
// c.Text and explains it in plain words. It is conservative: every flag is
// a reviewer's time, so only clear cases are flagged.
func (l *Lexicon) FindFlags(c *Claim) []Flag {
	ix := l.index()
	return lexWithTokens(l, c.Text, func(toks []lexToken) []Flag { return ix.findFlags(c, toks, true) })
}

// findFlags is FindFlags over toks, the tokens of c.Text. glued false says
// that findEntitiesGlued found no glued words in toks, so runTogetherFlags
// need not look for them again.
func (ix *lexIndex) findFlags(c *Claim, toks []lexToken, glued bool) []Flag {
	out := scriptFlags(c.Text, toks)
	if glued {
		out = append(out, ix.runTogetherFlags(c.Text, toks)...)
	}
	out = append(out, ix.garbledNameFlags(c.Entities)...)
	out = append(out, ix.thingGarbleFlags(c.Text, toks)...)
	out = append(out, implausibleFlags(c.Text, c.Quantities)...)
	slices.SortStableFunc(out, func(a, b Flag) int { return a.Start - b.Start })
	return out
}

// runTogetherFlags flags words that are two known words glued together.
func (ix *lexIndex) runTogetherFlags(text string, toks []lexToken) []Flag {
	var out []Flag
	for i := range toks {
		t := &toks[i]
		cut, ok := ix.gluedCut(t)
		if !ok || text[t.bs:t.be] != t.key {
			continue
		}
		out = append(out, Flag{
			Kind:     FlagRunTogether,
			Evidence: t.key,
			Note:     fmt.Sprintf("“%s” is two words run together, “%s” and “%s”: a space was lost when the page was scraped.", t.key, t.key[:cut], t.key[cut:]),
			Start:    t.start,
			End:      t.end,
		})
	}
	return out
}

// garbledNameFlags flags entities whose written form is a known garble or a
// misspelling of their name.
func (ix *lexIndex) garbledNameFlags(ents []Entity) []Flag {
	var out []Flag
	for _, e := range ents {
		if !e.Garbled {
			continue
		}
		note := fmt.Sprintf("“%s” looks like a misspelling of %s.", e.Text, e.Name)
		if why := ix.garbleNote(e.Text); why != "" {
			note = fmt.Sprintf("“%s” is %s garbled in translation: %s.", e.Text, e.Name, why)
		}
		out = append(out, Flag{Kind: FlagGarbledName, Evidence: e.Text, Note: note, Start: e.Start, End: e.End})
	}
	return out
}

// garbleNote returns the garble table's note for a written name, or "".
func (ix *lexIndex) garbleNote(written string) string {
	toks := lexTokenize(written)
	if len(toks) == 0 {
		return ""
	}
	m, ok := ix.matchAt(written, toks, 0)
	if !ok {
		return ""
	}
	return m.note
}
