package claims

import "strings"

// yieldGuesses gives a person the lexicon only guessed (Entity.Guessed: a
// name after a title, fuzzy-matched to a known one) back to the names of
// its scope when one of them is nearer to what was written. A guess is
// made from one claim, before the article and story are read, and the
// gazetteers hold hundreds of full names: "पुलिस आयुक्त राजू भरगोस" lies
// two edits from Raghubar Das but one from the Raju Bhargava the story
// names in full, and it is the story's. The yielded name becomes an
// unknown person again, so that unifyUnknown makes it the scope's
// spelling and flags it, as it would were no gazetteer name near.
func (ix *lexIndex) yieldGuesses(cs []Claim, scope []Claim) {
	type fullName struct{ name, skel string }
	var names []fullName
	seen := map[string]bool{}
	for i := range scope {
		for _, e := range scope[i].Entities {
			if e.Kind != Person || e.Guessed || seen[e.Name] || !strings.Contains(strings.TrimSpace(e.Name), " ") {
				continue
			}
			seen[e.Name] = true
			names = append(names, fullName{e.Name, unknownSkeleton(e.Name)})
		}
	}
	if len(names) == 0 {
		return
	}
	for i := range cs {
		c := &cs[i]
		for j := range c.Entities {
			e := &c.Entities[j]
			if !e.Guessed || e.Kind != Person {
				continue
			}
			written := unknownSkeleton(Transliterate(e.Text))
			guess := editDistance(written, unknownSkeleton(e.Name))
			nearer := false
			for _, n := range names {
				if n.name != e.Name && nearSkeleton(written, n.skel) && editDistance(written, n.skel) < guess {
					nearer = true
					break
				}
			}
			if !nearer {
				continue
			}
			u, ok := ix.unknownPersonOf(e.Text)
			if !ok {
				continue
			}
			u.Start, u.End = e.Start, e.End
			for k := range c.Roles {
				if c.Roles[k].Person == e.Name {
					c.Roles[k].Person = u.Name
				}
			}
			*e = u
		}
	}
}

// unknownPersonOf reads text, a name as written, as a person no lexicon
// names, its last word without a case ending as unknownPerson reads it.
func (ix *lexIndex) unknownPersonOf(text string) (Entity, bool) {
	toks := lexTokenize(text)
	if len(toks) == 0 {
		return Entity{}, false
	}
	words := make([]string, len(toks))
	for k, t := range toks {
		words[k] = text[t.bs:t.be]
	}
	if last := toks[len(toks)-1]; last.script >= lexScriptBengali {
		words[len(words)-1] = ix.bareName(words[len(words)-1], last.script)
	}
	return ix.unknownEntity(text, toks[0], toks[len(toks)-1], words, Person, Person), true
}
