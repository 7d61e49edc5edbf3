package claims

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDeriveTitle(t *testing.T) {
	long := "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিনকে তার ব্যক্তিগত জেটের জানালা দিয়ে উত্তর কোরিয়ার নেতা কিম জং উনকে বিদায় জানানোর একটি ভিডিও সোশ্যাল মিডিয়ায় ভাইরাল হয়েছে।"
	tests := []struct {
		name   string
		claims []Claim
		want   string
	}{
		{"no claims", nil, ""},
		{"short English lead, full stop dropped", []Claim{{Text: "Russia wants closer ties with North Korea."}, {Text: "Second."}}, "Russia wants closer ties with North Korea"},
		{"short Marathi lead, danda dropped", []Claim{{Text: "पुतीन यांनी किम यांची भेट घेतली।"}}, "पुतीन यांनी किम यांची भेट घेतली"},
		{"blank first claim is skipped", []Claim{{Text: "  "}, {Text: "Kim meets Putin"}}, "Kim meets Putin"},
		{"long Bengali lead cut at a word", []Claim{{Text: long}}, "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিনকে তার ব্যক্তিগত জেটের জানালা দিয়ে উত্তর কোরিয়ার…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DeriveTitle(tt.claims)
			if got != tt.want {
				t.Errorf("DeriveTitle = %q, want %q", got, tt.want)
			}
			if n := utf8.RuneCountInString(got); n > MaxDerivedTitle {
				t.Errorf("DeriveTitle is %d runes, want at most %d", n, MaxDerivedTitle)
			}
		})
	}
}

// TestProcessDerivesTitle: an article without front matter or a repeated
// headline is named by its lead; a given title wins.
func TestProcessDerivesTitle(t *testing.T) {
	raw := []byte("Russia wants to make relations closer with North Korea. Putin said so on Friday.\n")
	a, err := Process("002_b0534f73c2cf9c0f.txt", raw, Meta{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Russia wants to make relations closer with North Korea"; a.Title != want {
		t.Errorf("derived title = %q, want %q", a.Title, want)
	}
	a, err = Process("x.txt", raw, Meta{Title: "Given"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Given" || strings.Contains(a.Title, "Russia") {
		t.Errorf("title = %q, want the given one", a.Title)
	}
}
