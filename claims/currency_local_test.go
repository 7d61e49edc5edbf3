package claims

import "testing"

// TestLocaliseCurrency checks which currency a word two countries share
// (টাকা) is read as: the country the article's names are in, else the
// story's, else the word's own default.
func TestLocaliseCurrency(t *testing.T) {
	tests := []struct {
		name, text, country, want string
		changed                   bool
	}{
		{"an Indian place makes টাকা rupees, as Process read it already", "কলকাতা পুরসভা ৫০০ কোটি টাকা খরচ করেছে।", "Bangladesh", "inr", false},
		{"a Bangladeshi place makes টাকা taka", "ঢাকায় ৫০০ কোটি টাকা খরচ হয়েছে।", "India", "bdt", false},
		{"no place: the story's country decides", "গোটা অভিযানে খরচ হয়েছে ৫০০ কোটি টাকা।", "India", "inr", true},
		{"no place and no story: the word's default", "গোটা অভিযানে খরচ হয়েছে ৫০০ কোটি টাকা।", "", "bdt", false},
		{"the rupee word is no shared word", "গোটা অভিযানে খরচ হয়েছে ৫০০ কোটি রুপি।", "Bangladesh", "inr", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Process("probe.txt", []byte(tt.text), Meta{}, Options{})
			if err != nil || len(a.Claims) != 1 || len(a.Claims[0].Quantities) != 1 {
				t.Fatalf("Process: %v; want one claim with one figure, got %+v", err, a.Claims)
			}
			changed := LocaliseCurrency(a.Claims, tt.country)
			if got := a.Claims[0].Quantities[0].Unit; got != tt.want || changed != tt.changed {
				t.Errorf("unit = %q (changed %v), want %q (changed %v)", got, changed, tt.want, tt.changed)
			}
		})
	}
}
