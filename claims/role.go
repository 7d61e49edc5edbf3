package claims

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// FindRoles returns the titles text binds to named people, by the default
// lexicon. See (*Lexicon).FindRoles.
func FindRoles(text, lang string, ents []Entity) []Role {
	return DefaultLexicon().FindRoles(text, lang, ents)
}

// FindRoles returns the titles in text bound to a person of ents (spans in
// runes of text), one per person and role, in text order. A title binds
// only to a person named right next to it:
//   - before the name, with nothing but spaces between: রাশিয়ার প্রেসিডেন্ট
//     ভ্লাদিমির পুতিন, North Korean President Kim Jong Un, रशियाचे अध्यक्ष
//     व्लादिमीर पुतीन;
//   - after the name and a comma, with at most "the" and a country between:
//     Kim Jong Un, the supreme leader of North Korea.
//
// A title with no person beside it (ক্রেমলিন নেতা, the Russian president)
// binds to nobody: guessing the holder from a country would put words in
// the article's mouth.
func (l *Lexicon) FindRoles(text, lang string, ents []Entity) []Role {
	if !slices.ContainsFunc(ents, func(e Entity) bool { return e.Kind == Person }) {
		return nil // a title binds to a person only
	}
	ix := l.index()
	return lexWithTokens(l, text, func(toks []lexToken) []Role { return ix.findRoles(text, toks, ents) })
}

// findRoles is FindRoles over the tokens of text.
func (ix *lexIndex) findRoles(text string, toks []lexToken, ents []Entity) []Role {
	var out []Role
	for i := 0; i < len(toks); i++ {
		w, n, ok := ix.roleAt(toks, i)
		if !ok {
			continue
		}
		first, last := &toks[i], &toks[i+n-1]
		r := Role{Role: w.role, Text: text[first.bs:last.be], Start: first.start, End: last.end}
		if typ, ok := bodyBefore(toks, ents, i); ok && first.script != lexScriptLatin {
			// "इसरो अध्यक्ष": the head of a body, not of a state. English
			// says which it means ("ISRO chairman", "IOA president").
			if body, ok := ix.bodyRoles[bodyRoleKey(w.role, typ)]; ok {
				r.Role = body // "नाटो महासचिव": NATO's secretary-general
			} else if body, ok := ix.bodyRoles[w.role]; ok {
				r.Role = body
			}
		}
		if i > 0 && toks[i].joined && ix.isPlural(toks[i-1].key) {
			i += n - 1
			continue // "দুই নেতা", "both leaders": a shared title, bound to nobody
		}
		if j, ok := formerBefore(toks, ents, i); ok {
			// "Former US president Donald Trump": an office once held.
			r.Role, r.Text, r.Start = FormerRole+r.Role, text[toks[j].bs:last.be], toks[j].start
		}
		if p, ok := rolePersonAfter(text, ents, last.be, last.end); ok {
			r.Person = p
		} else if p, ok := rolePersonAfterParen(text, ents, last.be, last.end); ok {
			r.Person = p
		} else if p, ok := ix.rolePersonAfterHonorifics(text, toks, ents, i+n); ok {
			r.Person = p
		} else if p, ok := rolePersonBefore(text, toks, ents, i); ok {
			r.Person = p
		} else if p, ok := rolePersonAfterComma(text, toks, ents, i, n); ok {
			r.Person = p
		} else if p, ok := rolePersonOfPredicate(text, toks, ents, i, n); ok {
			r.Person = p
		}
		i += n - 1
		if r.Person == "" || slices.ContainsFunc(out, func(o Role) bool { return o.Person == r.Person && o.Role == r.Role }) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// roleAt returns the longest role word starting at token i and its length in
// tokens.
func (ix *lexIndex) roleAt(toks []lexToken, i int) (*lexRoleWord, int, bool) {
	t := &toks[i]
	var cands []*lexRoleWord
	if ix.maybe.mayHave(t.key) {
		cands = ix.roleFirst[t.key]
	}
	if alt := t.alt(); alt != "" && len(cands) == 0 {
		cands = ix.roleFirst[alt]
	}
	for _, w := range cands {
		n := len(w.keys)
		if i+n > len(toks) {
			continue
		}
		ok := true
		for j := 1; j < n && ok; j++ {
			ok = toks[i+j].joined && toks[i+j].keyMatches(w.keys[j])
		}
		if ok {
			return w, n, true
		}
	}
	return nil, 0, false
}

// isPlural reports whether key makes a following title plural.
func (ix *lexIndex) isPlural(key string) bool {
	_, ok := ix.plural[key]
	return ok
}

// mayEndTitle reports whether key is the last word of some role word: a
// cheap test before titleEndsAt.
func (ix *lexIndex) mayEndTitle(key string) bool {
	if !ix.maybe.mayHave(key) {
		return false
	}
	_, ok := ix.roleLast[key]
	return ok
}

// titleEndsAt reports whether a role word ends at token i.
func (ix *lexIndex) titleEndsAt(toks []lexToken, i int) bool {
	for start := max(0, i-ix.roleLongest+1); start <= i; start++ {
		if _, n, ok := ix.roleAt(toks, start); ok && start+n-1 == i {
			return true
		}
	}
	return false
}

// rolePersonAfter returns the person whose name starts right after a title
// ending at byte be, rune end, with only spaces between.
func rolePersonAfter(text string, ents []Entity, be, end int) (string, bool) {
	gap := 0
	for ; be+gap < len(text) && (text[be+gap] == ' ' || text[be+gap] == '\t'); gap++ {
	}
	if gap == 0 && be < len(text) {
		return "", false
	}
	for _, e := range ents {
		if e.Start == end+gap {
			return e.Name, e.Kind == Person
		}
	}
	return "", false
}

// rolePersonAfterParen returns the person named right after a bracketed
// qualifier of a title ending at byte be, rune end: "ADG (law and order)
// Jawed Shamim" (see titleBeforeParen).
func rolePersonAfterParen(text string, ents []Entity, be, end int) (string, bool) {
	rest := text[be:]
	trimmed := strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(trimmed, "(") {
		return "", false
	}
	closeAt := strings.IndexByte(trimmed, ')')
	if closeAt < 0 || utf8.RuneCountInString(trimmed[:closeAt]) > 60 || strings.ContainsAny(trimmed[1:closeAt], "(.।") {
		return "", false
	}
	after := trimmed[closeAt+1:]
	name := strings.TrimLeft(after, " ")
	if len(name) == len(after) {
		return "", false
	}
	start := end + utf8.RuneCountInString(rest[:len(rest)-len(name)])
	for _, e := range ents {
		if e.Start == start {
			return e.Name, e.Kind == Person
		}
	}
	return "", false
}

// rolePersonBefore returns the person an appositive title at token i describes:
// "Kim Jong Un, the supreme leader": the person, one comma, and at most
// "the" and one country (North Korea's, রাশিয়ার) before the title.
func rolePersonBefore(text string, toks []lexToken, ents []Entity, i int) (string, bool) {
	j := i - 1
	for j >= 0 && (toks[j].key == "the" || toks[j].key == "s" || roleEntityKindAt(ents, toks[j]) == Country) {
		j--
	}
	if j < 0 || i-j-1 > 4 {
		return "", false
	}
	if strings.TrimSpace(text[toks[j].be:toks[j+1].bs]) != "," {
		return "", false
	}
	for k := j + 2; k <= i; k++ {
		if gap := strings.TrimSpace(text[toks[k-1].be:toks[k].bs]); gap != "" && gap != "'" && gap != "’" {
			return "", false
		}
	}
	for _, e := range ents {
		if e.End == toks[j].end {
			return e.Name, e.Kind == Person
		}
	}
	return "", false
}

// roleEntityKindAt returns the kind of the entity covering token t, or "".
func roleEntityKindAt(ents []Entity, t lexToken) string {
	for _, e := range ents {
		if e.Start <= t.start && t.end <= e.End {
			return e.Kind
		}
	}
	return ""
}

// bodyRoleKey is the key of roles_bodies.tsv's row for a title after a
// body of type typ ("international body").
func bodyRoleKey(role, typ string) string {
	return role + "\x00" + typ
}

// bodyBefore returns the type of the organisation whose name the title at
// token i follows, right before it ("इसरो अध्यक्ष", "বোর্ডের সভাপতি") or
// past a Hindi genitive ("रेलवे बोर्ड की अध्यक्ष"), and whether there is
// one.
func bodyBefore(toks []lexToken, ents []Entity, i int) (string, bool) {
	if i == 0 || !toks[i].joined {
		return "", false
	}
	if typ, ok := bodyEndsAt(ents, toks[i-1].end); ok {
		return typ, true
	}
	switch toks[i-1].key {
	case "का", "की", "के":
		if i > 1 && toks[i-1].joined {
			return bodyEndsAt(ents, toks[i-2].end)
		}
	}
	return "", false
}

// bodyEndsAt returns the type of the organisation of ents that ends at
// rune end, and whether one does.
func bodyEndsAt(ents []Entity, end int) (string, bool) {
	for _, e := range ents {
		if e.End == end && e.Kind == Organisation {
			return e.Type, true
		}
	}
	return "", false
}

// rolePersonAfterHonorifics returns the person named after the honorifics
// that open at token j, right after a title ("প্রতিমন্ত্রী ডা. মো. এনামুর
// রহমান"): the title is the named person's, not the honorific's.
func (ix *lexIndex) rolePersonAfterHonorifics(text string, toks []lexToken, ents []Entity, j int) (string, bool) {
	k := ix.afterHonorifics(toks, j)
	if k == j || k >= len(toks) {
		return "", false
	}
	for h := j; h < k; h++ {
		if gap := strings.TrimSpace(text[toks[h].be:toks[h+1].bs]); gap != "" && gap != "." && gap != ":" {
			return "", false
		}
	}
	for _, e := range ents {
		if e.Start == toks[k].start {
			return e.Name, e.Kind == Person
		}
	}
	return "", false
}

// FormerRole prefixes a title someone held in the past: "former president".
const FormerRole = "former "

//go:embed data/roles_former.txt
var rolesFormerTXT string

// formerWords are data/roles_former.txt in lexToken key form.
var formerWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, row := range tsvRows(rolesFormerTXT) {
		out[strings.ToLower(row[0])] = true
	}
	return out
})

// formerBefore returns the token of a "former" word right before the title
// at toks[i], past one country or place name ("Former US president"), and
// whether there is one.
func formerBefore(toks []lexToken, ents []Entity, i int) (int, bool) {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if !toks[j+1].joined {
			return 0, false
		}
		if formerWords()[strings.ToLower(strings.TrimPrefix(toks[j].key, "^"))] {
			return j, true
		}
		if k := roleEntityKindAt(ents, toks[j]); k != Country && k != Place {
			return 0, false
		}
	}
	return 0, false
}
