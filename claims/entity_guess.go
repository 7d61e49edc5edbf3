package claims

import "strings"

// maxGuessTokens is the longest unknown name guessUnknown tries as one.
const maxGuessTokens = 3

// guessUnknown looks at words the lexicon did not match that look like
// names, transliterates them and fuzzy-matches them to known names:
//   - runs of capitalised Latin words ("Vladmir Poutin");
//   - Indic words right after a title (প্রেসিডেন্ট ভ্লাদিমীর পুটিন), where a
//     name is expected;
//   - Indic words right before a Latin name in parentheses (ভ্লাদিমীর পুটিন
//     (Vladimir Putin)), the way Bengali sites gloss a foreign name.
//
// A guess that matches no known name is dropped: unknown names are not
// invented as entities.
func (ix *lexIndex) guessUnknown(text string, toks []lexToken, matched []bool) []Entity {
	var out []Entity
	// Without a parenthesis, no Indic word is glossed: one search for the
	// claim instead of one look past every Indic word.
	paren := strings.IndexByte(text, '(') >= 0
	for i := 0; i < len(toks); i++ {
		if matched[i] {
			continue
		}
		if e, n, ok := ix.unknownBody(text, toks, matched, i); ok {
			out = append(out, e)
			i += n - 1
			continue
		}
		t := &toks[i]
		var run int
		gloss := ""
		person := false // after a title only a person is named
		switch {
		case t.script == lexScriptLatin && t.upper && !ix.isTitleWord(t.key):
			run = ix.runLength(toks, matched, i, func(u *lexToken) bool {
				return u.script == lexScriptLatin && u.upper && !ix.isTitleWord(u.key)
			})
			if run == 1 && sentenceStart(text, toks, i) {
				run = 0 // "Comment", "During": capitalised by position, not as a name
			}
			if i > 0 && t.joined && !matched[i-1] && toks[i-1].script == lexScriptLatin && toks[i-1].upper && !ix.isTitleWord(toks[i-1].key) && !ix.isHonorific(&toks[i-1]) {
				// Inside a longer capitalised name that matched nothing from
				// its first word ("Satish Dhawan Space Centre", "Mitchell
				// Starc"), a later word alone is no misspelt Dharan or SAARC.
				run = 0
			}
			// A title before the run ("Health Minister Rushikesh Patel")
			// or one after it and a comma ("Abhishek Roy, additional SP")
			// says a person is named: no place or body may be guessed.
			person = run > 0 && (i > 0 && t.joined && ix.mayEndTitleToken(&toks[i-1]) && ix.titleEndsAt(toks, i-1) || ix.titleBeforeParen(text, toks, i) || run >= 2 && i > 0 && t.joined && ix.isPersonNoun(&toks[i-1]) ||
				run >= 2 && ix.personAfterComma(text, toks, i+run))
		case t.script >= lexScriptBengali && i > 0 && (t.joined && ix.mayEndTitle(toks[i-1].key) && ix.titleEndsAt(toks, i-1) || ix.titleBeforeParen(text, toks, i)):
			// Only words a name may be made of: "প্রধানমন্ত্রী হতে চলেছেন" is
			// a title and a verb, no misspelt name.
			if _, pred := predicateAt(toks, i); ix.nameWord(t) && !pred {
				run = ix.runLength(toks, matched, i, func(u *lexToken) bool {
					return u.script == t.script && ix.nameWord(u)
				})
			}
			person = true
		case t.script >= lexScriptBengali && paren:
			run = ix.runBeforeParen(text, toks, matched, i)
			if run > 0 {
				gloss = glossAfter(text, toks[i+run-1].be)
			}
		}
		found := false
		for n := run; n >= 1; n-- {
			if e, ok := ix.guessAt(text, toks[i:i+n]); ok && (gloss == "" || ix.glossNames(gloss, e.Name)) && (!person || e.Kind == Person) {
				out = append(out, e)
				i += n - 1
				found = true
				break
			}
		}
		if found || t.script == lexScriptOther {
			continue
		}
		if e, n, ok := ix.unknownAt(text, toks, matched, i); ok {
			out = append(out, e)
			i += n - 1
		}
	}
	return out
}

// unknownAt reads a name the lexicon lacks at token i from the words
// beside it: a person right after a title (and an honorific), a place
// right before a place word. It returns the entity and how many tokens
// it covers.
func (ix *lexIndex) unknownAt(text string, toks []lexToken, matched []bool, i int) (Entity, int, bool) {
	t := &toks[i]
	if i > 0 && t.joined && ix.mayEndTitleToken(&toks[i-1]) && ix.titleEndsAt(toks, i-1) {
		if ix.pluralTitleEndsAt(toks, i-1) {
			return Entity{}, 0, false // "দুই নেতা একসঙ্গে": a shared title names nobody
		}
		if _, ok := predicateAt(toks, i); ok {
			return Entity{}, 0, false // "मुख्यमंत्री बने": a title its clause's subject holds
		}
		if ix.isHonorific(t) {
			if j := ix.afterHonorifics(toks, i); j < len(toks) && !matched[j] {
				if start, ok := ix.titleBefore(text, toks, j); ok && start == i {
					return ix.unknownPerson(text, toks, matched, i, j)
				}
			}
			return Entity{}, 0, false
		}
		return ix.unknownPerson(text, toks, matched, i, i)
	}
	if i > 0 && t.joined && ix.isPersonNoun(&toks[i-1]) {
		if e, n, ok := ix.unknownPerson(text, toks, matched, i, i); ok && n >= 2 {
			return e, n, true
		}
		return Entity{}, 0, false
	}
	if ix.titleBeforeParen(text, toks, i) {
		if _, ok := predicateAt(toks, i); ok {
			return Entity{}, 0, false
		}
		return ix.unknownPerson(text, toks, matched, i, i)
	}
	n := 1
	if t.script == lexScriptLatin {
		if !t.upper {
			return Entity{}, 0, false
		}
		n = ix.runLength(toks, matched, i, func(u *lexToken) bool {
			return u.script == lexScriptLatin && u.upper && ix.nameWord(u)
		})
	}
	p, _ := ix.placeWordAt(toks, i+n)
	if p == nil && t.script == lexScriptLatin && n >= 2 && ix.nameWord(t) && ix.personAfterComma(text, toks, i+n) {
		return ix.unknownPerson(text, toks, matched, i, i)
	}
	if p == nil || !ix.nameWord(t) || ix.counted(text, toks, i) {
		return Entity{}, 0, false
	}
	if t.script >= lexScriptBengali && !lexAtLeastRunes(t.key, 3) {
		return Entity{}, 0, false // "कि नदी": no place name is that short
	}
	if w := text[t.bs:t.be]; t.script >= lexScriptBengali && ix.bareName(w, t.script) != w {
		// A word with a case ending is no place before a place word, which
		// takes the ending itself: "जखमीचा जिल्हा रुग्णालयात" is the
		// injured man's district hospital.
		return Entity{}, 0, false
	}
	return ix.unknownPlace(text, toks, i, n, p.typ), n, true
}

// maxParenTokens is how many words a title's bracketed qualifier may hold.
const maxParenTokens = 5

// titleBeforeParen reports whether a title and a bracketed qualifier of
// it end right before token i: "ADG (law and order) Jawed Shamim", "এডিজি
// (আইনশৃঙ্খলা) জাভেদ শামিম". The qualifier says which office, and the name
// after it is the holder's, as it is right after the title.
func (ix *lexIndex) titleBeforeParen(text string, toks []lexToken, i int) bool {
	if i < 2 || strings.TrimSpace(text[toks[i-1].be:toks[i].bs]) != ")" {
		return false
	}
	for j := i - 1; j >= 1 && j >= i-maxParenTokens; j-- {
		switch gap := strings.TrimSpace(text[toks[j-1].be:toks[j].bs]); {
		case gap == "(":
			return ix.mayEndTitleToken(&toks[j-1]) && ix.titleEndsAt(toks, j-1)
		case strings.ContainsAny(gap, "()"):
			return false
		}
	}
	return false
}

// mayEndTitleToken is mayEndTitle for a token, in capitals or not ("DM",
// "Home Secretary").
func (ix *lexIndex) mayEndTitleToken(t *lexToken) bool {
	return ix.mayEndTitle(t.key) || t.script == lexScriptLatin && ix.mayEndTitle(lowerKey(t.key))
}

// isTitleWord reports whether key starts a role word ("President",
// "Chairperson"): a title is never part of an unknown name.
func (ix *lexIndex) isTitleWord(key string) bool {
	if !ix.maybe.mayHave(key) {
		return false
	}
	_, ok := ix.roleFirst[key]
	return ok
}

// runBeforeParen returns how many unmatched words from i on, at most
// maxGuessTokens, run on up to an opening parenthesis that holds a
// capitalised Latin word; 0 when there is no such parenthesis. All of them
// are the name: the gloss in parentheses names the same person or place.
func (ix *lexIndex) runBeforeParen(text string, toks []lexToken, matched []bool, i int) int {
	for n := 1; n <= maxGuessTokens && i+n <= len(toks); n++ {
		j := i + n - 1
		if matched[j] || toks[j].script != toks[i].script || n > 1 && !toks[j].joined {
			return 0
		}
		rest := strings.TrimLeft(text[toks[j].be:], " ")
		if strings.HasPrefix(rest, "(") {
			rest = strings.TrimLeft(rest[1:], " ")
			if rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
				return n
			}
			return 0
		}
	}
	return 0
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
		if t.key != text[t.bs:t.be] && t.alt() == "" && t.script != lexScriptLatin {
			return Entity{}, false // zero-width joiners inside: offsets of a stem would be wrong
		}
	}
	e := Entity{Text: text[first.bs:last.be], Start: first.start, End: last.end, Guessed: true}
	latin := first.script == lexScriptLatin
	if latin && len(toks) == 1 {
		if _, ok := ix.latinShort[lowerKey(first.key)]; ok {
			return Entity{}, false // a known person's surname, left for ResolveNames
		}
	}
	if ent, ok := ix.fuzzyName(e.Text, len(toks), latin); ok {
		e.Name, e.Kind, e.Type = ent.name, ent.kind, ent.typ
		return e, true
	}
	var found *lexEntity
	head := text[first.bs:last.bs]
	ix.stems(last.key, last.script, func(stem string) bool {
		found, _ = ix.fuzzyName(head+stem, len(toks), latin)
		return found != nil
	})
	if found == nil {
		return Entity{}, false
	}
	e.Name, e.Kind, e.Type = found.name, found.kind, found.typ
	return e, true
}

// sentenceStart reports whether token i opens a sentence or a line: the
// first word, or one after a full stop, question or exclamation mark, colon
// or line break.
func sentenceStart(text string, toks []lexToken, i int) bool {
	if i == 0 {
		return true
	}
	return strings.ContainsAny(text[toks[i-1].be:toks[i].bs], ".?!:\n।")
}

// glossAfter returns the text in the parentheses that open right after byte
// at ("ভ্লাদিমীর পুটিন (Vladimir Putin)": "Vladimir Putin"), or "".
func glossAfter(text string, at int) string {
	rest := strings.TrimLeft(text[at:], " ")
	if !strings.HasPrefix(rest, "(") {
		return ""
	}
	inner, _, ok := strings.Cut(rest[1:], ")")
	if !ok {
		return ""
	}
	return strings.TrimSpace(inner)
}

// glossNames reports whether a Latin gloss names the entity name: a guess
// from the Indic words must agree with the gloss the site gave them, or
// "রাসেল (Russell)" would be guessed as Russia.
func (ix *lexIndex) glossNames(gloss, name string) bool {
	ent, ok := ix.fuzzyName(gloss, len(strings.Fields(gloss)), true)
	return ok && ent.name == name
}
