package claims

// FacetRef is a facet together with the claim that states it: what the store
// hands back as a candidate and what a Match names on each side.
type FacetRef struct {
	Facet
	ArticleID int64
	ClaimID   int64
	Origin    string  // the article's origin (file base name or URL)
	Text      string  // the claim's text
	Score     float64 // the claim's check-worthiness
}

// Match is the engine's finding on two claims: on one facet, they agree or
// they conflict. Explainable: Reason says what was compared and why.
type Match struct {
	Relation  string // Agrees or Conflicts
	Kind      string // KindQuantity, KindRole, KindDate, KindPlace, KindName
	Subject   string // canonical entity the facet is about
	Attribute string
	A, B      FacetRef
	Reason    string
}
