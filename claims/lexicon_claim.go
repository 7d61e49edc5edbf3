package claims

import "slices"

// readClaim sets c.Entities, c.Roles and c.Flags, as FindEntities,
// FindRoles and FindFlags would, from one tokenisation of c.Text in a pooled
// buffer and one snapshot of the index. Process reads every claim this way:
// the exported finders each allocate or look up tokens of their own, which
// was a third of the pipeline's garbage.
func (l *Lexicon) readClaim(c *Claim) {
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
	clear(toks) // drop references to the text before the buffer waits in the pool
	*p = toks[:0]
	lexTokenPool.Put(p)
}
