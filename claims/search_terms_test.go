package claims

import (
	"strings"
	"testing"
)

func TestSearchFigure(t *testing.T) {
	tests := []struct {
		word string
		want string // "" when not a figure
	}{
		{"10000", "10000"},
		{"10,000", "10000"},
		{"১০,০০০", "10000"},
		{"१०,०००", "10000"},
		{"1,00,000", "100000"},
		{"১.৫", "1.5"},
		{"1.50", "1.5"},
		{"2,700.5", "2700.5"},
		{"0", "0"},
		{"10,00", ""},
		{"1,0000", ""},
		{"10.", ""},
		{",10", ""},
		{"10km", ""},
		{"troops", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := SearchFigure(tt.word)
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("SearchFigure(%q) = %q, %v; want %q", tt.word, got, ok, tt.want)
		}
	}
}

// TestSearchTerms: a claim in any script is found by the English a reviewer
// types: the canonical names, the English words for what it counts, and
// the figure in plain digits.
func TestSearchTerms(t *testing.T) {
	tests := []struct {
		name, text, lang string
		want             []string
	}{
		{"Bengali soldier count", "উত্তর কোরিয়া রাশিয়ায় দশ হাজার সৈন্য পাঠিয়েছে।", "bn", []string{"North Korea", "10000", "soldier", "troops"}},
		{"Marathi soldier count", "उत्तर कोरियाने रशियाला १०,००० सैनिक पाठवले.", "mr", []string{"North Korea", "10000", "soldier", "troops"}},
		{"English role", "Russian President Vladimir Putin met Kim.", "en", []string{"Vladimir Putin", "president"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Claim{Text: tt.text, Language: tt.lang}
			c.Quantities = FindQuantities(c.Text, c.Language)
			DefaultLexicon().readClaim(&c)
			FindFacets(&c)
			got := " " + SearchTerms(&c) + " "
			for _, w := range tt.want {
				if !strings.Contains(got, " "+w+" ") {
					t.Errorf("SearchTerms(%q) = %q, want it to hold %q", tt.text, got, w)
				}
			}
		})
	}
}
