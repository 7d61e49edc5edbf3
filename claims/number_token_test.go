package claims

import (
	"strings"
	"testing"
)

func TestQTokenize(t *testing.T) {
	tests := []struct {
		text string
		want string // kind:key tokens, ^ before a glued token
	}{
		{"১০ ঘণ্টারও বেশি", "n:১০ w:ঘণ্টারও w:বেশি"},
		{"1,00,000 troops", "n:1,00,000 w:troops"},
		{"1.5 and 2024, he", "n:1.5 w:and n:2024 ^p:, w:he"},
		{"35-year", "n:35 ^p:- ^w:year"},
		{"১০টি", "n:১০ ^w:টি"},
		{"Kim's", "w:kim ^p:' ^w:s"},
		{"20%.", "n:20 ^p:% ^p:."},
		{"কি\u200cমি", "w:কিমি"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, tok := range qtokenize(tt.text) {
				s := map[int8]string{qWord: "w", qNum: "n", qPunct: "p"}[tok.kind] + ":" + tok.key
				if tok.glued {
					s = "^" + s
				}
				got = append(got, s)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("qtokenize(%q) = %q, want %q", tt.text, g, tt.want)
			}
		})
	}
}

func TestQTokenizeNumbers(t *testing.T) {
	tests := []struct {
		text     string
		val      float64
		ok       bool
		leading0 bool
	}{
		{"10,000", 10000, true, false},
		{"1,00,000", 100000, true, false},
		{"১.৫", 1.5, true, false},
		{"१०", 10, true, false},
		{"1,2", 12, false, false},
		{"21.06.2024", 21.06, false, false},
		{"01712", 1712, true, true},
		{"0.5", 0.5, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks := qtokenize(tt.text)
			if len(toks) != 1 || toks[0].kind != qNum {
				t.Fatalf("qtokenize(%q) = %d tokens, want one number", tt.text, len(toks))
			}
			n := toks[0]
			if n.numOK != tt.ok || n.leading0 != tt.leading0 || (tt.ok && n.val != tt.val) {
				t.Errorf("number %q: val %v ok %v leading0 %v; want %v %v %v", tt.text, n.val, n.numOK, n.leading0, tt.val, tt.ok, tt.leading0)
			}
		})
	}
}

func BenchmarkQTokenize(b *testing.B) {
	lines := seedText(b)
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			qtokenize(l)
		}
	}
}
