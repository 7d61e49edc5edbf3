package claims

import (
	"testing"
	"time"
)

func TestPageDate(t *testing.T) {
	tests := []struct {
		name, raw, want string
	}{
		{"en masthead with Updated", "By Staff Reporter | Kolkata | Updated: May 20, 2020 22:40 IST\nCyclone Amphan made landfall near the Sundarbans on Wednesday.\nAt least 72 people were killed in West Bengal.", "2020-05-20"},
		{"hi byline with Updated", "कोलकाता, ब्यूरो | Updated Thu, 21 May 2020 06:45 PM IST\nअम्फान तूफान से पश्चिम बंगाल में 72 लोगों की मौत हो गई।\nमुख्यमंत्री ने मुआवजे का एलान किया।", "2020-05-21"},
		{"bn প্রকাশ line", "প্রকাশ: ২২ মে ২০২০, ১৬:১০\nঘূর্ণিঝড় আম্পানে দেশে ১৬ জনের মৃত্যু হয়েছে।\nউপকূলে লাখো মানুষ আশ্রয়কেন্দ্রে ছিলেন।", "2020-05-22"},
		{"a banner date without a label is not the article's", "Wednesday, 2 December 2026\nCyclone Amphan made landfall near the Sundarbans on Wednesday.\nAt least 72 people were killed in West Bengal.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Process("probe.txt", []byte(tt.raw), Meta{}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if !a.Published.IsZero() {
				got = a.Published.Format(time.DateOnly)
			}
			if got != tt.want {
				t.Errorf("Published = %q, want %q (removed: %+v)", got, tt.want, a.Removed)
			}
		})
	}
	// Front matter wins over the page.
	a, err := Process("probe.txt", []byte("---\npublished: 2020-05-19\n---\nBy Staff | Updated: May 20, 2020 22:40 IST\nAt least 72 people were killed in West Bengal.\nThe storm weakened overnight."), Meta{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published.Format(time.DateOnly); got != "2020-05-19" {
		t.Errorf("Published = %s, want the front matter's 2020-05-19", got)
	}
}
