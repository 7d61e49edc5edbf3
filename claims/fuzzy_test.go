package claims

import "testing"

func TestFuzzySkeleton(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Vladimir Putin", Transliterate(lexNFC("ভ্লাদিমির পুতিন"))},
		{"Vladimir Putin", Transliterate(lexNFC("व्लादिमीर पुतिन"))},
		{"Kim Jong Un", Transliterate(lexNFC("কিম জং উন"))},
		{"Zelensky", Transliterate(lexNFC("জেলেনস্কি"))},
		{"Kherson", Transliterate(lexNFC("খেরসন"))},
	}
	for _, tt := range tests {
		t.Run(tt.a, func(t *testing.T) {
			if a, b := fuzzySkeleton(tt.a), fuzzySkeleton(tt.b); a != b {
				t.Errorf("fuzzySkeleton(%q) = %q, fuzzySkeleton(%q) = %q: want equal", tt.a, a, tt.b, b)
			}
		})
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "", 3}, {"", "abc", 3}, {"kitten", "sitting", 3},
		{"putin", "poutin", 1}, {"jangun", "jingun", 1}, {"same", "same", 0},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
	if got := fuzzyDistance("abcde", "abcdf"); got != 0.2 {
		t.Errorf("fuzzyDistance(abcde, abcdf) = %v, want 0.2", got)
	}
}

func TestFuzzyName(t *testing.T) {
	ix := DefaultLexicon().index()
	tests := []struct {
		text  string
		latin bool
		want  string // "" for no guess
	}{
		{"Vladmir Poutin", true, "Vladimir Putin"},
		{"Zelenskiy", true, "Volodymyr Zelensky"},
		{"Pyongyan", true, "Pyongyang"},
		{"Comment", true, ""},
		{"Recently", true, ""},
		{"During", true, ""},
		{"Putn", true, ""}, // too short to guess at
		{"ভ্লাদিমীর পুটিন", false, "Vladimir Putin"},
		{"जेलेन्स्की", false, "Volodymyr Zelensky"},
		{"ইয়ং ইয়ং", false, ""}, // seed 002's garbled Pyongyang lost its first letter: too far to guess
		{"ইরানিয়ান", false, ""},
		{"বিশেষজ্ঞরা", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ent, ok := ix.fuzzyName(lexNFC(tt.text), len(lexTokenize(lexNFC(tt.text))), tt.latin)
			got := ""
			if ok {
				got = ent.name
			}
			if got != tt.want {
				t.Errorf("fuzzyName(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestGarbledPyongyangNotGuessed: seed 002 writes Pyongyang as "ইয়ং ইয়ং"
// with no title or other cue that a name follows. Fuzzy matching every
// unknown word would catch it but would also turn ordinary words into
// places, so it stays unresolved: a reviewer sees the text as it is.
func TestGarbledPyongyangNotGuessed(t *testing.T) {
	text := lexNFC("রাশিয়া – ইয়ং ইয়ং এর মধ্যে দীর্ঘ বন্ধুত্বের বন্ধন অটুট থাকার কারণে")
	if got := entityNames(FindEntities(text, "bn")); got != "Russia" {
		t.Errorf("FindEntities(%q) = %q, want %q", text, got, "Russia")
	}
}
