package claims

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/sentences"
)

// claimTexts returns the text of each span Segment finds.
func claimTexts(s string) []string {
	rs := []rune(s)
	var out []string
	for _, sp := range Segment(s) {
		out = append(out, string(rs[sp[0]:sp[1]]))
	}
	return out
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"bengali danda", "প্রথম বাক্য। দ্বিতীয় বাক্য।", []string{"প্রথম বাক্য।", "দ্বিতীয় বাক্য।"}},
		{"bengali four used as danda", "গাড়ি রয়েছে৷ পরের বাক্য৷", []string{"গাড়ি রয়েছে৷", "পরের বাক্য৷"}},
		{"danda glued to the next word", "এক।দুই।", []string{"এক।", "দুই।"}},
		{"ascii pipe as danda", "পুতিন এসেছেন | কিম খুশি |", []string{"পুতিন এসেছেন |", "কিম খুশি |"}},
		{"devanagari danda and double danda", "वह आया। वह गया॥ फिर?", []string{"वह आया।", "वह गया॥", "फिर?"}},
		{"marathi full stops", "पुतीन आले. किम गेले.", []string{"पुतीन आले.", "किम गेले."}},
		{"question and exclamation", "Really? Yes! Done.", []string{"Really?", "Yes!", "Done."}},
		{"line break always ends a claim", "first line without stop\nsecond line", []string{"first line without stop", "second line"}},
		{"ascii decimal", "At least 1.5 million came. Then more.", []string{"At least 1.5 million came.", "Then more."}},
		{"bengali decimal", "প্রায় ১.৫ লাখ সৈন্য। পরে আরও।", []string{"প্রায় ১.৫ লাখ সৈন্য।", "পরে আরও।"}},
		{"devanagari decimal", "किमान १.५ लाख सैनिक. नंतर.", []string{"किमान १.५ लाख सैनिक.", "नंतर."}},
		{"abbreviations", "Dr. Kim met Mr. Putin at St. Petersburg. They talked.", []string{"Dr. Kim met Mr. Putin at St. Petersburg.", "They talked."}},
		{"initials", "The U.S. and J. K. Rowling agree. Next.", []string{"The U.S. and J. K. Rowling agree.", "Next."}},
		{"hindi initial spelt out", "इसरो अध्यक्ष एस. सोमनाथ ने कहा। फिर?", []string{"इसरो अध्यक्ष एस. सोमनाथ ने कहा।", "फिर?"}},
		{"marathi initial spelt out", "इस्रोचे अध्यक्ष एस. सोमनाथ यांनी माहिती दिली. नंतर.", []string{"इस्रोचे अध्यक्ष एस. सोमनाथ यांनी माहिती दिली.", "नंतर."}},
		{"bengali initials spelt out", "চেয়ারম্যান কে. শিবন বলেন। পরে।", []string{"চেয়ারম্যান কে. শিবন বলেন।", "পরে।"}},
		{"marathi mother is no initial", "घरी आली आई. नंतर बाबा आले.", []string{"घरी आली आई.", "नंतर बाबा आले."}},
		{"number abbreviation only before a number", "Room No. 5 is shut. He said no. Then left.", []string{"Room No. 5 is shut.", "He said no.", "Then left."}},
		{"bengali abbreviations", "মি. রহমান ও ডা. করিম এসেছেন। তারপর।", []string{"মি. রহমান ও ডা. করিম এসেছেন।", "তারপর।"}},
		{"devanagari abbreviation", "डॉ. शर्मा आले. नंतर गेले.", []string{"डॉ. शर्मा आले.", "नंतर गेले."}},
		{"bengali initials", "এ. কে. ফজলুল হক এসেছিলেন। পরে।", []string{"এ. কে. ফজলুল হক এসেছিলেন।", "পরে।"}},
		{"hindi initials run together", "मुख्यमंत्री एम.के. स्टालिन ने पत्र लिखा। फिर?", []string{"मुख्यमंत्री एम.के. स्टालिन ने पत्र लिखा।", "फिर?"}},
		{"bengali initials run together", "মুখ্যমন্ত্রী এম.কে. স্ট্যালিন চিঠি লিখেছেন। পরে।", []string{"মুখ্যমন্ত্রী এম.কে. স্ট্যালিন চিঠি লিখেছেন।", "পরে।"}},
		{"marathi initials run together", "मुख्यमंत्री एम.के. स्टॅलिन यांनी पत्र लिहिले. नंतर.", []string{"मुख्यमंत्री एम.के. स्टॅलिन यांनी पत्र लिहिले.", "नंतर."}},
		{"domain names", "See pic.twitter.com now. Next.", []string{"See pic.twitter.com now.", "Next."}},
		{"lower-case continuation", "It costs approx. three dollars. Next.", []string{"It costs approx. three dollars.", "Next."}},
		{"curly quote keeps its sentences", "Kim said, “We are friends. We will fight.” Then he left.", []string{"Kim said, “We are friends. We will fight.”", "Then he left."}},
		{"bengali quote with danda inside", "তিনি বলেন, “আমরা বন্ধু। আমরা লড়ব।” তারপর চলে যান।", []string{"তিনি বলেন, “আমরা বন্ধু। আমরা লড়ব।”", "তারপর চলে যান।"}},
		{"ascii quotes", `He said "Go now. Run." and left. Next.`, []string{`He said "Go now. Run." and left.`, "Next."}},
		{"single quotes and apostrophes", "তারা দু’জন ‘বন্ধু। শত্রু।’ বলে। পরে।", []string{"তারা দু’জন ‘বন্ধু। শত্রু।’ বলে।", "পরে।"}},
		{"closing quote after the stop stays", "comradeship.” Kim visited Moscow.", []string{"comradeship.”", "Kim visited Moscow."}},
		{"unclosed quote protects nothing", "Kim said, “The relations are friendly. They are old.", []string{"Kim said, “The relations are friendly.", "They are old."}},
		{"ellipsis before a capital ends", "He waited... Then he left.", []string{"He waited...", "Then he left."}},
		{"spans without letters are skipped", "১০।  ... ।\n— 24\nঠিক।", []string{"ঠিক।"}},
		{"spaces trimmed", "   Kim met Putin.   ", []string{"Kim met Putin."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimTexts(tt.in)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") || len(got) != len(tt.want) {
				t.Errorf("Segment(%q)\ngot  %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSegmentLongClaims(t *testing.T) {
	sentence := "রাশিয়া উত্তর কোরিয়ার সঙ্গে সম্পর্ক আরও গভীর করতে চায়। "
	tests := []struct {
		name string
		in   string
		want int // claims expected
	}{
		{"long quote is split at its sentence ends", "তিনি বলেন, “" + strings.Repeat(sentence, 10) + "” শেষ।", 11},
		{"long sentence without stops is split at commas", strings.Repeat("কিম, পুতিন এবং ট্রাম্প আলোচনা করেন", 30) + "।", 0},
		{"long run without any break is split anyway", strings.Repeat("ক", 1500), 4},
		{"indian grouping commas are not split points", strings.Repeat("১,০০,০০০ ", 90) + "সৈন্য।", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Segment(tt.in)
			if tt.want > 0 && len(spans) != tt.want {
				t.Errorf("got %d claims, want %d", len(spans), tt.want)
			}
			rs := []rune(tt.in)
			for _, sp := range spans {
				if n := sp[1] - sp[0]; n > maxClaimRunes {
					t.Errorf("claim of %d runes, want at most %d", n, maxClaimRunes)
				}
				text := string(rs[sp[0]:sp[1]])
				if strings.TrimSpace(text) != text {
					t.Errorf("claim %q is not trimmed", text)
				}
				if strings.Contains(tt.name, "indian") && strings.HasSuffix(text, ",") && strings.HasSuffix(strings.TrimSuffix(text, ","), "১") {
					t.Errorf("claim %q was cut inside a number", text)
				}
			}
			if len(spans) > 1 {
				joined := 0
				for _, sp := range spans {
					joined += sp[1] - sp[0]
				}
				if joined < utf8.RuneCountInString(strings.TrimSpace(tt.in))-len(spans) {
					t.Errorf("claims cover %d runes of %d: text was lost", joined, utf8.RuneCountInString(tt.in))
				}
			}
		})
	}
}

// TestSegmentSeeds checks claim counts of the sample articles and the gold
// rule that two figures of article 002 land in different claims.
func TestSegmentSeeds(t *testing.T) {
	want := map[string]int{"000": 18, "001": 18, "002": 14, "003": 15, "004": 20}
	for prefix, n := range want {
		t.Run(prefix, func(t *testing.T) {
			c := Clean(mustSeed(t, prefix))
			got := claimTexts(c.Text)
			if len(got) != n {
				t.Errorf("seed %s: %d claims, want %d:\n%s", prefix, len(got), n, strings.Join(got, "\n"))
			}
			for _, s := range got {
				if utf8.RuneCountInString(s) > maxClaimRunes {
					t.Errorf("claim longer than %d runes: %q", maxClaimRunes, s)
				}
			}
		})
	}
	claims := claimTexts(Clean(mustSeed(t, "002")).Text)
	for _, s := range claims {
		if strings.Contains(s, "দশ হাজার") && strings.Contains(s, "১০ কিলোমিটার") {
			t.Errorf("দশ হাজার and ১০ কিলোমিটার share a claim: %q", s)
		}
	}
}

func BenchmarkSegment(b *testing.B) {
	texts, n := seedCorpus(b)
	for i, s := range texts {
		texts[i] = Clean(s).Text
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			Segment(s)
		}
	}
}

// BenchmarkSegmentUAX29 is the yardstick Segment's own scanner was chosen
// against: the Unicode sentence segmenter alone, before any rejoin pass.
func BenchmarkSegmentUAX29(b *testing.B) {
	texts, n := seedCorpus(b)
	for i, s := range texts {
		texts[i] = Clean(s).Text
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			seg := sentences.FromString(s)
			for seg.Next() {
				_ = seg.Value()
			}
		}
	}
}

func TestSpanTexts(t *testing.T) {
	tests := []struct {
		name  string
		s     string
		spans [][2]int
	}{
		{"segment spans of a seed", Clean(mustSeed(t, "000")).Text, nil},
		{"mixed scripts", "ক্ষ a é 😀 कि", [][2]int{{0, 3}, {4, 5}, {6, 7}, {8, 9}, {10, 12}}},
		{"out of order and empty", "রাশিয়া ও কোরিয়া", [][2]int{{9, 16}, {0, 7}, {3, 3}}},
		{"past the end is clipped", "abc", [][2]int{{1, 9}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := tt.spans
			if spans == nil {
				spans = Segment(tt.s)
			}
			rs := []rune(tt.s)
			got := SpanTexts(tt.s, spans)
			for i, sp := range spans {
				want := string(rs[min(sp[0], len(rs)):min(sp[1], len(rs))])
				if got[i] != want {
					t.Errorf("span %v = %q, want %q", sp, got[i], want)
				}
			}
		})
	}
}
