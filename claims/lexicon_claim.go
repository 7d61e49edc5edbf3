package claims

import "slices"

// readClaim sets c.Entities, c.Roles and c.Flags, as FindEntities,
// FindRoles and FindFlags would, from one tokenisation of c.Text in a pooled
// buffer and one snapshot of the index. Process reads every claim this way:
// the exported finders each allocate or look up tokens of their own, which
// was a third of the pipeline's garbage.
func (l *Lexicon) readClaim(c *Claim) {
	l.readClaimLoose(c, nil)
}

// readClaimLoose is readClaim that also appends the claim's loose words
// to *loose, when loose is not nil, for resolveNames: one buffer for the
// article, not one allocation a claim.
func (l *Lexicon) readClaimLoose(c *Claim, loose *[]looseWord) {
	ix := l.index()
	p := lexTokenPool.Get().(*[]lexToken)
	toks := lexTokenizeInto((*p)[:0], c.Text)
	ents, glued := ix.findEntitiesGlued(c.Text, toks)
	c.Entities = ents
	c.Roles = nil
	if slices.ContainsFunc(c.Entities, func(e Entity) bool { return e.Kind == Person }) {
		c.Roles = ix.findRoles(c.Text, toks, c.Entities)
	}
	c.Flags = ix.findFlags(c, toks, glued)
	if loose != nil {
		c.looseFrom = int32(len(*loose))
		*loose = appendLooseWords(*loose, toks, c.Entities, &ix.partHeads)
		c.looseTo = int32(len(*loose))
	}
	clear(toks) // drop references to the text before the buffer waits in the pool
	*p = toks[:0]
	lexTokenPool.Put(p)
}
