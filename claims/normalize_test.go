package claims

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestMatchKey(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ascii lower", "kim jong un", "kim jong un"},
		{"ascii fold and spaces", "  Kim   Jong\tUn \n", "kim jong un"},
		{"ascii pipe is danda", "done | next", "done । next"},
		{"curly quotes", "“Putin’s ‘friend’”", "\"putin's 'friend'\""},
		{"zero-width space", "Pu\u200Btin", "putin"},
		{"zwj and zwnj dropped", "র\u200D্যাব ক্ষ\u200Cমা", "র্যাব ক্ষমা"},
		{"bengali four as danda", "হয়েছে৷", "হয়েছে।"},
		{"nfc composes bengali o", "ক\u09C7\u09BE", "কো"},
		{"nukta stays decomposed", "\u095B", "\u091C\u093C"},
		{"bengali rra stays decomposed", "\u09DC", "\u09A1\u09BC"},
		{"nbsp folds", "North\u00A0Korea", "north korea"},
		{"empty", "", ""},
		{"only spaces", " \t ", ""},
		{"latin with accent", "Zelenskyy É", "zelenskyy é"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MatchKey(tt.in)
			if got != tt.want {
				t.Errorf("MatchKey(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if !norm.NFC.IsNormalString(got) {
				t.Errorf("MatchKey(%q) = %q is not NFC", tt.in, got)
			}
			if again := MatchKey(got); again != got {
				t.Errorf("MatchKey is not idempotent: %q -> %q", got, again)
			}
		})
	}
}

func TestNormalizeText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"keeps zwj", "র\u200D্যাব", "র\u200D্যাব"},
		{"drops zwsp and bom", "\uFEFFকিম\u200B জং", "কিম জং"},
		{"drops soft hyphen", "inter\u00ADnational", "international"},
		{"composes", "e\u0301", "é"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NormalizeText(tt.in); got != tt.want {
				t.Errorf("NormalizeText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func BenchmarkMatchKey(b *testing.B) {
	words := []string{"Putin", "পুতিনকে", "उत्तर कोरियाच्या", "North Korea", "kim"}
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			MatchKey(w)
		}
	}
}
