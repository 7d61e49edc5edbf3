package claims

import (
	"fmt"
	"strings"
	"testing"
)

// fxRef places facet f on claim claimID of article articleID.
func fxRef(articleID, claimID int64, score float64, f Facet) FacetRef {
	return FacetRef{Facet: f, ArticleID: articleID, ClaimID: claimID, Score: score,
		Origin: fmt.Sprintf("%03d.txt", articleID), Text: f.Value}
}

// fxMatchLine renders a match for comparison in a test.
func fxMatchLine(m Match) string {
	return fmt.Sprintf("%s %s %s/%s: %d.%d %q vs %d.%d %q (%s)", m.Relation, m.Kind, m.Subject, m.Attribute,
		m.A.ArticleID, m.A.ClaimID, m.A.Value, m.B.ArticleID, m.B.ClaimID, m.B.Value, m.Reason)
}

func TestMatchFacets(t *testing.T) {
	troops := func(q Quantity) Facet { return fxQuantityFacet("North Korea", "soldier count", q) }
	kim := func(role string) Facet { return fxRoleFacet("Kim Jong Un", role) }
	tests := []struct {
		name          string
		fresh, stored []FacetRef
		want          []string
	}{
		{
			name:   "a fresh article against a stored one",
			stored: []FacetRef{fxRef(2, 20, 0.9, troops(fxFigure(Exactly, 10000, "", "soldier")))},
			fresh:  []FacetRef{fxRef(3, 31, 0.8, troops(fxFigure(AtLeast, 1.5, "", "soldier")))},
			want: []string{`conflicts quantity North Korea/soldier count: 2.20 "10000 soldier" vs 3.31 ">=1.5 soldier" ` +
				`(10000 soldier lies outside >=1.5 soldier (read as 1.5 to 3))`},
		},
		{
			name: "one match per pair of articles and values, the best-scored claims",
			stored: []FacetRef{
				fxRef(1, 10, 0.4, kim("leader")),
				fxRef(1, 11, 0.9, kim("leader")),
				fxRef(1, 12, 0.5, kim("leader")),
			},
			fresh: []FacetRef{
				fxRef(2, 21, 0.3, kim("president")),
				fxRef(2, 22, 0.8, kim("president")),
			},
			want: []string{`conflicts role Kim Jong Un/role: 1.11 "leader" vs 2.22 "president" ` +
				`(Kim Jong Un is called leader and president: different titles)`},
		},
		{
			name: "each stored article gets its own match",
			stored: []FacetRef{
				fxRef(1, 10, 0.5, kim("leader")),
				fxRef(4, 40, 0.5, kim("supreme leader")),
			},
			fresh: []FacetRef{fxRef(5, 50, 0.5, kim("leader"))},
			want: []string{
				`agrees role Kim Jong Un/role: 1.10 "leader" vs 5.50 "leader" (both call Kim Jong Un leader)`,
				`agrees role Kim Jong Un/role: 4.40 "supreme leader" vs 5.50 "leader" (supreme leader and leader are compatible titles for Kim Jong Un)`,
			},
		},
		{
			name: "a conflict inside the fresh article counts",
			fresh: []FacetRef{
				fxRef(7, 70, 0.6, troops(fxFigure(Exactly, 3000, "", "soldier"))),
				fxRef(7, 75, 0.7, troops(fxFigure(MoreThan, 3000, "", "soldier"))),
			},
			want: []string{`conflicts quantity North Korea/soldier count: 7.70 "3000 soldier" vs 7.75 ">3000 soldier" ` +
				`(3000 soldier lies outside >3000 soldier (read as 3000 to 6000))`},
		},
		{
			name: "an article agreeing with itself is not reported",
			fresh: []FacetRef{
				fxRef(7, 70, 0.6, kim("leader")),
				fxRef(7, 71, 0.6, kim("leader")),
			},
		},
		{
			name: "two facets of one claim are never compared",
			fresh: []FacetRef{
				fxRef(7, 70, 0.6, troops(fxFigure(Exactly, 3000, "", "soldier"))),
				fxRef(7, 70, 0.6, troops(fxFigure(Exactly, 5000, "", "soldier"))),
			},
		},
		{
			name:   "different keys are never compared",
			stored: []FacetRef{fxRef(1, 10, 0.5, fxQuantityFacet("Ukraine", "percent", fxFigure(About, 20, "percent", "")))},
			fresh:  []FacetRef{fxRef(2, 20, 0.5, troops(fxFigure(Exactly, 10000, "", "soldier")))},
		},
		{
			name:   "facets that cannot be compared give no match",
			stored: []FacetRef{fxRef(1, 10, 0.5, fxDateFacet("Vladimir Putin", "--06-19"))},
			fresh:  []FacetRef{fxRef(2, 20, 0.5, fxDateFacet("Vladimir Putin", "2024-06-19"))},
		},
		{
			name:   "nothing fresh, nothing found",
			stored: []FacetRef{fxRef(1, 10, 0.5, kim("leader"))},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range MatchFacets(tt.fresh, tt.stored) {
				got = append(got, fxMatchLine(m))
				if m.A.Key != m.B.Key || m.Subject != m.A.Subject || m.Attribute != m.A.Attribute {
					t.Errorf("match %s does not describe its facets", fxMatchLine(m))
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("MatchFacets:\ngot  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// BenchmarkMatchFacets measures one article's worth of fresh facets (a few
// roles and figures) against the bounded candidate set the store hands over:
// four stored facets per distinct value under each key.
func BenchmarkMatchFacets(b *testing.B) {
	var fresh, stored []FacetRef
	people := []string{"Kim Jong Un", "Vladimir Putin", "Donald Trump", "Volodymyr Zelensky"}
	roles := []string{"leader", "president", "supreme leader", "prime minister"}
	for i, p := range people {
		fresh = append(fresh, fxRef(1000, int64(i), 0.5, fxRoleFacet(p, roles[i%len(roles)])))
		for j, r := range roles {
			for k := range 4 {
				stored = append(stored, fxRef(int64(10+j*4+k), int64(100*j+k), 0.5, fxRoleFacet(p, r)))
			}
		}
	}
	for i := range 6 {
		fresh = append(fresh, fxRef(1000, int64(10+i), 0.5,
			fxQuantityFacet("North Korea", "soldier count", fxFigure(Exactly, float64(1000*(i+1)), "", "soldier"))))
		stored = append(stored, fxRef(int64(200+i), int64(2000+i), 0.5,
			fxQuantityFacet("North Korea", "soldier count", fxFigure(About, float64(1500*(i+1)), "", "soldier"))))
	}
	b.ReportAllocs()
	b.ResetTimer()
	matches := 0
	for b.Loop() {
		matches = len(MatchFacets(fresh, stored))
	}
	b.ReportMetric(float64(matches), "matches/op")
	b.ReportMetric(float64(len(fresh)), "fresh/op")
	b.ReportMetric(float64(len(stored)), "candidates/op")
}
