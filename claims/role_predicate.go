package claims

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/roles_predicates.tsv
var rolesPredicatesTSV string

// rolePredicate is a phrase after a title (roles_predicates.tsv) as token
// keys, and whether the person after it (a participle) or the clause's
// subject before the title holds the title.
type rolePredicate struct {
	keys       []string
	participle bool
}

// rolePredicates are data/roles_predicates.tsv, read once.
var rolePredicates = sync.OnceValue(func() []rolePredicate {
	var out []rolePredicate
	for _, f := range lexRows(rolesPredicatesTSV) {
		if len(f.cols) < 2 || f.cols[0] != "subject" && f.cols[0] != "participle" {
			panic("claims: data/roles_predicates.tsv: want kind (subject, participle), words")
		}
		var keys []string
		for _, t := range lexTokenize(f.cols[1]) {
			keys = append(keys, t.key)
		}
		out = append(out, rolePredicate{keys: keys, participle: f.cols[0] == "participle"})
	}
	return out
})

// predicateAt returns the predicate phrase that opens at token j, run on
// from the title before it.
func predicateAt(toks []lexToken, j int) (rolePredicate, bool) {
	for _, p := range rolePredicates() {
		if j+len(p.keys) > len(toks) {
			continue
		}
		ok := true
		for k, key := range p.keys {
			ok = ok && toks[j+k].joined && toks[j+k].keyMatches(key)
		}
		if ok {
			return p, true
		}
	}
	return rolePredicate{}, false
}

// rolePersonOfPredicate returns the holder of a title at tokens i..i+n-1
// that a predicate phrase follows: the person right after a participle
// ("प्रधानमंत्री हो चुकीं हसीना"), or else the nearest person before the
// title in its sentence, the subject of "became", "is going to be" or
// "took the oath as" (roles_predicates.tsv). A title followed by anything
// else binds no one this way.
func rolePersonOfPredicate(text string, toks []lexToken, ents []Entity, i, n int) (string, bool) {
	p, ok := predicateAt(toks, i+n)
	if !ok {
		return "", false
	}
	if p.participle {
		last := toks[i+n+len(p.keys)-1]
		return rolePersonAfter(text, ents, last.be, last.end)
	}
	start := toks[i].start
	best := -1
	for k, e := range ents {
		if e.End <= start && e.Kind == Person {
			best = k
		}
	}
	if best < 0 {
		return "", false
	}
	// The subject is in the title's own sentence: no full stop or danda
	// between (a full stop right after an initial is a name's, but an
	// initial opens a name and never ends one before a title).
	between := string([]rune(text)[ents[best].End:start])
	if strings.ContainsAny(between, ".।?!;:") {
		return "", false
	}
	return ents[best].Name, true
}
