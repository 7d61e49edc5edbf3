package claims

import (
	"cmp"
	"slices"
)

// MatchFacets compares the facets of a newly arrived article (fresh) with
// candidates already stored (stored: facets of other articles, found by the
// same Keys) and with each other, and returns the matches.
//
// Claims are told apart by (ArticleID, ClaimID): two facets of one claim are
// never compared. Within the fresh article only conflicts are reported (an
// article that says 3,000 in its headline and "more than 3,000" in a
// quote): an article agreeing with itself tells a reviewer nothing.
//
// It returns at most one match per pair of articles, Kind, Subject,
// Attribute and pair of canonical values, choosing the pair of claims with
// the highest combined check-worthiness. Side A is the earlier article (the
// lower ArticleID), so a stored article is A and the fresh one B. The cost
// is one pass over stored to index it by key plus, for each fresh facet, one
// Compare per candidate under its key.
func MatchFacets(fresh, stored []FacetRef) []Match {
	if len(fresh) == 0 {
		return nil
	}
	byKey := make(map[string][]int, len(fresh))
	for i := range stored {
		byKey[stored[i].Key] = append(byKey[stored[i].Key], i)
	}
	best := map[matchGroup]Match{}
	for i := range fresh {
		f := &fresh[i]
		for _, j := range byKey[f.Key] {
			considerMatch(best, f, &stored[j])
		}
		for j := i + 1; j < len(fresh); j++ {
			if fresh[j].Key == f.Key {
				considerMatch(best, f, &fresh[j])
			}
		}
	}
	out := make([]Match, 0, len(best))
	for _, m := range best {
		out = append(out, m)
	}
	slices.SortFunc(out, compareMatches)
	return out
}

// matchGroup is what makes two matches the same finding: the articles on
// each side, what was compared, and the two values in match-key form.
type matchGroup struct {
	articleA, articleB int64
	kind, key          string
	valueA, valueB     string
}

// considerMatch compares a and b and keeps the result in best when it is
// the first or the best-scored of its group. Two facets of one article that
// agree are dropped: an article agreeing with itself is not worth a
// reviewer's time.
func considerMatch(best map[matchGroup]Match, a, b *FacetRef) {
	if a.ArticleID == b.ArticleID && a.ClaimID == b.ClaimID {
		return
	}
	if sideOrder(a, b) > 0 {
		a, b = b, a
	}
	c, ok := Compare(a.Facet, b.Facet)
	if !ok || (c.Relation == Agrees && a.ArticleID == b.ArticleID) {
		return
	}
	g := matchGroup{
		articleA: a.ArticleID, articleB: b.ArticleID,
		kind: a.Kind, key: a.Key,
		valueA: MatchKey(a.Value), valueB: MatchKey(b.Value),
	}
	if a.ArticleID == b.ArticleID && g.valueA > g.valueB {
		// Within one article neither side comes first: the values alone
		// name the group.
		g.valueA, g.valueB = g.valueB, g.valueA
	}
	if old, seen := best[g]; seen && !betterPair(a, b, &old) {
		return
	}
	best[g] = Match{
		Relation:  c.Relation,
		Kind:      c.Kind,
		Subject:   a.Subject,
		Attribute: a.Attribute,
		A:         *a,
		B:         *b,
		Reason:    c.Reason,
	}
}

// sideOrder orders the two sides of a match: the earlier article first,
// then the earlier claim.
func sideOrder(a, b *FacetRef) int {
	return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.ClaimID, b.ClaimID))
}

// betterPair reports whether claims a and b make a better pair than the
// match old holds: higher combined score, then lower claim ids so that the
// choice does not depend on input order.
func betterPair(a, b *FacetRef, old *Match) bool {
	if s, t := a.Score+b.Score, old.A.Score+old.B.Score; s != t {
		return s > t
	}
	return cmp.Or(cmp.Compare(a.ClaimID, old.A.ClaimID), cmp.Compare(b.ClaimID, old.B.ClaimID)) < 0
}

// compareMatches orders matches for a stable output: by articles, claims,
// kind, subject and attribute.
func compareMatches(x, y Match) int {
	return cmp.Or(
		cmp.Compare(x.A.ArticleID, y.A.ArticleID),
		cmp.Compare(x.B.ArticleID, y.B.ArticleID),
		cmp.Compare(x.A.ClaimID, y.A.ClaimID),
		cmp.Compare(x.B.ClaimID, y.B.ClaimID),
		cmp.Compare(x.Kind, y.Kind),
		cmp.Compare(x.Subject, y.Subject),
		cmp.Compare(x.Attribute, y.Attribute),
		cmp.Compare(x.A.Value, y.A.Value),
		cmp.Compare(x.B.Value, y.B.Value),
	)
}
