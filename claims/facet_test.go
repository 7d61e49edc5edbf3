package claims

import (
	"strings"
	"testing"
)

// fxSpan returns the rune span of the first occurrence of sub in text; the
// test fails when sub is missing, so a typo cannot make a case pass.
func fxSpan(tb testing.TB, text, sub string) (int, int) {
	tb.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		tb.Fatalf("%q not in %q", sub, text)
	}
	start := len([]rune(text[:i]))
	return start, start + len([]rune(sub))
}

// fxEntity builds the entity extraction would find for written in text.
func fxEntity(tb testing.TB, text, written, name, kind string) Entity {
	tb.Helper()
	s, e := fxSpan(tb, text, written)
	return Entity{Name: name, Kind: kind, Text: written, Start: s, End: e}
}

// fxQuantity places q at written in text.
func fxQuantity(tb testing.TB, text, written string, q Quantity) Quantity {
	tb.Helper()
	q.Text = written
	q.Start, q.End = fxSpan(tb, text, written)
	return q
}

// fxFacetLine renders a facet for comparison: key and value.
func fxFacetLine(f Facet) string { return f.Key + " = " + f.Value }

// fxFacetCase is one claim, built as extraction would leave it, and the
// facets FindFacets should find on it.
type fxFacetCase struct {
	name string
	text string
	make func(tb testing.TB, text string) Claim
	want []string // fxFacetLine of each facet, in order
	of   []string // Quantity.Of of each quantity, in order
}

// fxRunFacetCases runs FindFacets on each case and checks the facets, the
// owners it fills in, and that each facet carries its structured value.
func fxRunFacetCases(t *testing.T, tests []fxFacetCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.make(t, tt.text)
			fs := FindFacets(&c)
			var got []string
			for _, f := range fs {
				got = append(got, fxFacetLine(f))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("FindFacets:\ngot  %q\nwant %q", got, tt.want)
			}
			for i, want := range tt.of {
				if c.Quantities[i].Of != want {
					t.Errorf("Quantities[%d].Of = %q, want %q", i, c.Quantities[i].Of, want)
				}
			}
			for _, f := range fs {
				if f.Kind == KindQuantity && (f.Quantity == nil || f.Quantity.Of != f.Subject) {
					t.Errorf("facet %s: Quantity does not point at its owner", fxFacetLine(f))
				}
				if f.Kind == KindRole && (f.Role == nil || f.Role.Person != f.Subject) {
					t.Errorf("facet %s: Role does not name its person", fxFacetLine(f))
				}
			}
		})
	}
}

func TestFindFacets(t *testing.T) {
	fxRunFacetCases(t, []fxFacetCase{
		{
			name: "bn distance: the one place the claim names",
			text: "ইউক্রেনের দোব্রোপিলিয়াতে ইতিমধ্যেই প্রায় ১০ কিলোমিটার ভিতরে ঢুকে রয়েছে রাশিয়ান বাহিনী।",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "প্রায় ১০ কিলোমিটার", fxFigure(About, 10, "km", ""))},
					Entities: []Entity{fxEntity(tb, s, "ইউক্রেনের", "Ukraine", Country), fxEntity(tb, s, "দোব্রোপিলিয়াতে", "Dobropillia", Place),
						fxEntity(tb, s, "রাশিয়ান", "Russia", Country)}}
			},
			want: []string{"quantity|dobropillia|distance = ~10 km"},
			of:   []string{"Dobropillia"},
		},
		{
			name: "en distance between two places is about neither",
			text: "Pokrovsk lies 20 km from Dobropillia.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "20 km", fxFigure(Exactly, 20, "km", ""))},
					Entities:   []Entity{fxEntity(tb, s, "Pokrovsk", "Pokrovsk", Place), fxEntity(tb, s, "Dobropillia", "Dobropillia", Place)}}
			},
			of: []string{""},
		},
		{
			name: "en a length below a kilometre is a size, not a distance",
			text: "A 50-metre statue stands in Pyongyang.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "50-metre", fxFigure(Exactly, 50, "m", ""))},
					Entities:   []Entity{fxEntity(tb, s, "Pyongyang", "Pyongyang", Place)}}
			},
			of: []string{""},
		},
		{
			name: "bn duration and percent get no facet",
			text: "এক দিনের সফরে দুই নেতা একসঙ্গে ১০ ঘণ্টারও বেশি সময় কাটিয়েছেন, রাশিয়া ইউক্রেনের ২০ শতাংশ দখল করেছে।",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "১০ ঘণ্টারও বেশি", fxFigure(MoreThan, 10, "hour", "")),
						fxQuantity(tb, s, "২০ শতাংশ", fxFigure(Exactly, 20, "percent", ""))},
					Entities: []Entity{fxEntity(tb, s, "রাশিয়া", "Russia", Country), fxEntity(tb, s, "ইউক্রেনের", "Ukraine", Country)}}
			},
			of: []string{"", ""},
		},
		{
			name: "en two figures under one key are ambiguous",
			text: "North Korea's 10,000 troops and 3,000 North Korean troops.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "10,000 troops", fxFigure(Exactly, 10000, "", "soldier")),
						fxQuantity(tb, s, "3,000 North Korean troops", fxFigure(Exactly, 3000, "", "soldier"))},
					Entities: []Entity{fxEntity(tb, s, "North Korea's", "North Korea", Country),
						fxEntity(tb, s, "North Korean", "North Korea", Country)}}
			},
			of: []string{"North Korea", "North Korea"},
		},
		{
			name: "roles: one facet per person and title",
			text: "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন ও উত্তর কোরিয়ার প্রেসিডেন্ট কিম জং উন (North Korean President Kim Jong Un)",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s, Roles: []Role{
					{Person: "Vladimir Putin", Role: "president", Text: "প্রেসিডেন্ট"},
					{Person: "Kim Jong Un", Role: "president", Text: "প্রেসিডেন্ট"},
					{Person: "Kim Jong Un", Role: "president", Text: "President"},
				}}
			},
			want: []string{"role|vladimir putin|role = president", "role|kim jong un|role = president"},
		},
	})
}

func TestFacetWordsLoad(t *testing.T) {
	tests := []struct {
		text    string
		figures int
		want    string
		wantOK  bool
	}{
		{"About 4,000 soldiers were killed", 1, "killed", true},
		{"রুশ সেনারা নিহতদের স্মরণ করলেন", 0, "killed", true},
		{"सैनिक जखमींना रुग्णालयात नेले", 1, "wounded", true},
		{"Some 4,000 soldiers have been killed or wounded", 1, "casualty", true},
		{"12 killed and 30 wounded", 2, "", false},
		{"मारे गए सैनिकों और घायल सैनिकों की संख्या", 2, "", false},
		{"500 soldiers were captured and 20 killed", 1, "", false},
		{"মারাত্মক হামলায় সেনা পাঠানো হয়েছে", 1, "", true},
		{"10,000 soldiers were sent", 1, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, ok := facetVocab.event(tt.text, tt.figures)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("event(%q, %d) = %q, %v; want %q, %v", tt.text, tt.figures, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}
