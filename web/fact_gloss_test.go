package web

import (
	"math"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

func TestGloss(t *testing.T) {
	tests := []struct {
		name  string
		facet *claims.Facet
		about string
		want  string
	}{
		{"lower bound", &claims.Facet{Kind: claims.KindQuantity, Subject: "North Korea", Attribute: "soldier count",
			Quantity: &claims.Quantity{Value: 1.5, Low: 1.5, High: 3, Qualifier: claims.AtLeast, Counted: "soldier", Dimension: "count"}},
			"", "North Korea · soldier count: at least 1.5, read as 1.5 to 3"},
		{"exact", &claims.Facet{Kind: claims.KindQuantity, Subject: "North Korea", Attribute: "soldier count",
			Quantity: &claims.Quantity{Value: 10000, Low: 10000, High: 10000, Counted: "soldier", Dimension: "count"}},
			"", "North Korea · soldier count: 10,000"},
		{"the story's event", &claims.Facet{Kind: claims.KindQuantity, Attribute: "killed person count",
			Quantity: &claims.Quantity{Value: 61, Low: 61, High: 61, Counted: "person", Dimension: "count"}},
			"Bridge collapse", "Bridge collapse · killed person count: 61"},
		{"title", &claims.Facet{Kind: claims.KindRole, Subject: "Kim Jong Un", Attribute: "role", Value: "president", Role: &claims.Role{}},
			"", "Kim Jong Un · role: president"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := gloss(tt.facet, "", tt.about); got != tt.want {
				t.Errorf("gloss = %q, want %q", got, tt.want)
			}
		})
	}
	if got := intervalWords(claims.Interval{Lo: 3000, Hi: math.Inf(1), LoOpen: true}); got != "more than 3,000" {
		t.Errorf("open interval = %q", got)
	}
}
