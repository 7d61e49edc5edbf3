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
	storedByKey := make(map[string][]int, len(fresh))
	for i := range stored {
		storedByKey[stored[i].Key] = append(storedByKey[stored[i].Key], i)
	}
	freshByKey := make(map[string][]int, len(fresh))
	for i := range fresh {
		freshByKey[fresh[i].Key] = append(freshByKey[fresh[i].Key], i)
	}
	found := &matchSet{best: map[matchGroup]int{}}
	for i := range fresh {
		f := &fresh[i]
		for _, j := range storedByKey[f.Key] {
			found.consider(f, &stored[j])
		}
		for _, j := range freshByKey[f.Key] {
			if j > i {
				found.consider(f, &fresh[j])
			}
		}
	}
	return found.sorted()
}

// matchSet collects the best match of each group. Matches are large values,
// so they stay put in all and are ordered through their indexes.
type matchSet struct {
	all  []Match
	best map[matchGroup]int // index into all
}

// sorted returns the matches in a stable order: by articles, claims, kind,
// subject, attribute and values.
func (s *matchSet) sorted() []Match {
	if len(s.all) == 0 {
		return nil
	}
	order := make([]int, len(s.all))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int { return compareMatches(&s.all[i], &s.all[j]) })
	out := make([]Match, len(order))
	for k, i := range order {
		out[k] = s.all[i]
	}
	return out
}

// matchGroup is what makes two matches the same finding: the articles on
// each side, what was compared, and the two values in match-key form.
type matchGroup struct {
	articleA, articleB int64
	kind, key          string
	valueA, valueB     string
}

// consider compares a and b and keeps the result when it is
// the first or the best-scored of its group. Two facets of one article that
// agree are dropped: an article agreeing with itself is not worth a
// reviewer's time.
func (s *matchSet) consider(a, b *FacetRef) {
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
	m := Match{
		Relation:  c.Relation,
		Kind:      c.Kind,
		Subject:   a.Subject,
		Attribute: a.Attribute,
		A:         *a,
		B:         *b,
		Reason:    c.Reason,
	}
	if i, seen := s.best[g]; seen {
		if betterPair(a, b, &s.all[i]) {
			s.all[i] = m
		}
		return
	}
	s.best[g] = len(s.all)
	s.all = append(s.all, m)
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
func compareMatches(x, y *Match) int {
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
