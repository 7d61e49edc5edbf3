package claims

import (
	"io/fs"
	"testing"

	"github.com/claimdesk/claimdesk/seeds"
)

// FuzzMatchFacets runs arbitrary text through the engine, then facets and
// matching: nothing panics, and every match compares two different claims
// under one key with a relation a report can show.
func FuzzMatchFacets(f *testing.F) {
	names, _ := fs.Glob(seeds.FS, "*.txt")
	for _, name := range names {
		raw, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte("North Korea has sent more than 10,000 troops.\nNorth Korea sent 3,000 troops to Russia."))
	f.Add([]byte("उत्तर कोरिया ने रूस में 10,000 से अधिक सैनिक भेजे हैं। रूस को 5 हज़ार सैनिक।"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := Process("fuzz", raw, Meta{}, Options{})
		if err != nil {
			return
		}
		var refs []FacetRef
		for i := range a.Claims {
			c := &a.Claims[i]
			for _, fc := range FindFacets(c) {
				if fc.Key == "" || fc.Subject == "" || fc.Value == "" {
					t.Fatalf("claim %d: facet without key, subject or value: %+v", c.Ordinal, fc)
				}
				// Split the article in two so that both stored and fresh
				// paths of MatchFacets run.
				refs = append(refs, FacetRef{Facet: fc, ArticleID: int64(1 + i%2), ClaimID: int64(c.Ordinal), Score: c.Score})
			}
		}
		var stored, fresh []FacetRef
		for _, r := range refs {
			if r.ArticleID == 1 {
				stored = append(stored, r)
			} else {
				fresh = append(fresh, r)
			}
		}
		for _, m := range MatchFacets(fresh, stored) {
			if m.A.Key != m.B.Key || (m.A.ArticleID == m.B.ArticleID && m.A.ClaimID == m.B.ClaimID) {
				t.Fatalf("match compares %s/%d.%d with %s/%d.%d", m.A.Key, m.A.ArticleID, m.A.ClaimID,
					m.B.Key, m.B.ArticleID, m.B.ClaimID)
			}
			if m.Relation != Agrees && m.Relation != Conflicts || m.Reason == "" {
				t.Fatalf("match without relation or reason: %+v", m)
			}
		}
	})
}
