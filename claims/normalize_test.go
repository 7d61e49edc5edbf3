package claims

import (
	"testing"
	"unicode"
	"unicode/utf8"

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
		{"already a key", "উত্তর কোরিয়ার নেতা", "উত্তর কোরিয়ার নেতা"},
		{"trailing space after indic", "পুতিন ", "পুতিন"},
		{"double space between indic", "পুতিন  কিম", "পুতিন কিম"},
		{"indic with capital latin", "পুতিন Kim", "পুতিন kim"},
		{"indic with pipe", "এক | দুই", "এক । দুই"},
		{"indic with curly quote", "“পুতিন”", "\"পুতিন\""},
		{"devanagari ready key", "पुतीन यांनी", "पुतीन यांनी"},
		{"greek capital folds", "Ωmega", "ωmega"},
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

// TestIsNFCAgreesWithNorm checks the fast NFC scan against the norm package
// on every pair of Bengali and Devanagari code points (and some neighbours),
// and on triples of the marks that compose or reorder.
func TestIsNFCAgreesWithNorm(t *testing.T) {
	var alphabet []rune
	for r := rune(0x0900); r <= 0x09FF; r++ {
		alphabet = append(alphabet, r)
	}
	alphabet = append(alphabet, 'a', ' ', 'e', '\u0301', '\u00A0', '“', '…', '\u200B', '\u200D', 'É', '\u2126')
	for _, a := range alphabet {
		for _, b := range alphabet {
			s := string([]rune{a, b})
			if got, want := isNFC(s), norm.NFC.IsNormalString(s); got != want {
				t.Errorf("isNFC(%+q) = %v, norm says %v", s, got, want)
			}
		}
	}
	marks := []rune{0x0928, 0x0930, 0x0933, 0x093C, 0x094D, 0x0951, 0x0952, 0x09C7, 0x09BE, 0x09D7, 0x09BC, 0x09CD, 0x09AF, 0x0915}
	for _, a := range marks {
		for _, b := range marks {
			for _, c := range marks {
				s := string([]rune{a, b, c})
				if got, want := isNFC(s), norm.NFC.IsNormalString(s); got != want {
					t.Errorf("isNFC(%+q) = %v, norm says %v", s, got, want)
				}
			}
		}
	}
}

func TestIsSpaceRuneAgreesWithUnicode(t *testing.T) {
	for r := rune(0); r <= 0x3100; r++ {
		if got, want := isSpaceRune(r), unicode.IsSpace(r); got != want {
			t.Errorf("isSpaceRune(%U) = %v, unicode.IsSpace says %v", r, got, want)
		}
	}
}

func TestDecodeRune(t *testing.T) {
	inputs := []string{"a", "কি", "\u0915", "\uFFFD", "\xe0\xa6", "\xed\xa0\x80", "\xe0\x80\x80", "😀", "é", "\xff", "\u2026x"}
	for _, s := range inputs {
		for i := 0; i < len(s); i++ {
			r, n := decodeRune(s, i)
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Errorf("decodeRune(%q, %d) = %U, %d; want %U, %d", s, i, r, n, wr, wn)
			}
		}
	}
}
