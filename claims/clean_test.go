package claims

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// removal is one expected residue: its text and reason.
type removal struct{ text, reason string }

func TestClean(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		wantText  string
		wantGone  []removal
		wantTitle string
	}{
		{
			name:     "ad markers on their own line and inline",
			body:     "[ad_1]\nপ্রথম বাক্য। [ad_2] দ্বিতীয় বাক্য।\n[ad_3]",
			wantText: "প্রথম বাক্য। দ্বিতীয় বাক্য।",
			wantGone: []removal{{"[ad_1]", "ad marker"}, {"[ad_2]", "ad marker"}, {"[ad_3]", "ad marker"}},
		},
		{
			name:     "source link with a fragment",
			body:     "Text here.\nqjn\">Source link",
			wantText: "Text here.",
			wantGone: []removal{{"qjn\">Source link", "source link"}},
		},
		{
			name:     "attribute fragment glued to text and its link text",
			body:     "ধন্যবাদ জানিয়েছেন। yuv\">স্বাধীনতা রিপোর্ট\nপরের লাইন।",
			wantText: "ধন্যবাদ জানিয়েছেন।\nপরের লাইন।",
			wantGone: []removal{{"yuv\">", "HTML fragment"}, {"স্বাধীনতা রিপোর্ট", "link text"}},
		},
		{
			name:     "fragment mid-sentence keeps the words after it",
			body:     "তিনি বলেন abc\">আমরা প্রস্তুত।",
			wantText: "তিনি বলেন আমরা প্রস্তুত।",
			wantGone: []removal{{"abc\">", "HTML fragment"}},
		},
		{
			name:     "html tags",
			body:     "<p>Kim met <b>Putin</b>.</p>",
			wantText: "Kim met Putin.",
			wantGone: []removal{{"<p>", "HTML fragment"}, {"<b>", "HTML fragment"}, {"</b>", "HTML fragment"}, {"</p>", "HTML fragment"}},
		},
		{
			name:     "a less-than sign in text stays",
			body:     "Turnout was < 40% and x<y.",
			wantText: "Turnout was < 40% and x<y.",
		},
		{
			name: "tweet embed with lead-in",
			body: "ভিডিওটি ভাইরাল হয়েছে।\nনীচে দেখুন:\nপুতিন ও কিম বিদায় imu\">pic.twitter.com/3IufORS27H\n" +
				"— হ্যান্ডস অফ ডুম (@হ্যান্ডসফডুমটয়) unz\">জুন 21, 2024\nপরের খবর।",
			wantText: "ভিডিওটি ভাইরাল হয়েছে।\nপরের খবর।",
			wantGone: []removal{
				{"নীচে দেখুন:", "embed lead-in"},
				{"পুতিন ও কিম বিদায় imu\">pic.twitter.com/3IufORS27H", "tweet embed"},
				{"— হ্যান্ডস অফ ডুম (@হ্যান্ডসফডুমটয়) unz\">জুন 21, 2024", "tweet embed"},
			},
		},
		{
			name: "read-more teasers in every language",
			body: "এক।\nএছাড়াও পড়ুন | gfj\">দেখুন: পুতিন কিমকে গাড়ি দেন\nআরও পড়ুন- মোদি যাচ্ছেন!\n" +
				"हे पण वाचा: पुतीन यांचा दौरा\nयह भी पढ़ें: पुतिन का दौरा\nAlso read: Putin visits\nREAD MORE | Kim\nदेखें:\nदो।\n" +
				"ये भी पढ़ें-पुतिन का दौरा\nRead-only files stay.\nদেখুন আরও খবর-",
			wantText: "এক।\nदो।\nRead-only files stay.",
			wantGone: []removal{
				{"এছাড়াও পড়ুন | gfj\">দেখুন: পুতিন কিমকে গাড়ি দেন", "read-more teaser"},
				{"আরও পড়ুন- মোদি যাচ্ছেন!", "read-more teaser"},
				{"हे पण वाचा: पुतीन यांचा दौरा", "read-more teaser"},
				{"यह भी पढ़ें: पुतिन का दौरा", "read-more teaser"},
				{"Also read: Putin visits", "read-more teaser"},
				{"READ MORE | Kim", "read-more teaser"},
				{"देखें:", "read-more teaser"},
				{"ये भी पढ़ें-पुतिन का दौरा", "read-more teaser"},
				{"দেখুন আরও খবর-", "read-more teaser"},
			},
		},
		{
			name:     "the word দেখুন mid-sentence or without a separator stays",
			body:     "তিনি বলেন, দেখুন আমরা কী করেছি।\nদেখুন কীভাবে তারা জিতেছে।\nWatch the skies, he said.",
			wantText: "তিনি বলেন, দেখুন আমরা কী করেছি।\nদেখুন কীভাবে তারা জিতেছে।\nWatch the skies, he said.",
		},
		{
			name:     "photo credits",
			body:     "Photo: Collected\nছবি: সংগৃহীত\nফাইল ছবি: রয়টার্স\nThe photo: a long sentence about a photograph that is part of the story.",
			wantText: "The photo: a long sentence about a photograph that is part of the story.",
			wantGone: []removal{{"Photo: Collected", "photo credit"}, {"ছবি: সংগৃহীত", "photo credit"}, {"ফাইল ছবি: রয়টার্স", "photo credit"}},
		},
		{
			name:     "agency credit on its own",
			body:     "AFP/Getty Images\nKim met Putin.",
			wantText: "Kim met Putin.",
			wantGone: []removal{{"AFP/Getty Images", "photo credit"}},
		},
		{
			name:     "a slash in a sentence is not a credit",
			body:     "The 24/7 service and/or APPLE stay.",
			wantText: "The 24/7 service and/or APPLE stay.",
		},
		{
			name:     "a bare web address",
			body:     "Text.\nhttps://example.com/news/1234\nSee https://example.com for more.",
			wantText: "Text.\nSee https://example.com for more.",
			wantGone: []removal{{"https://example.com/news/1234", "source link"}},
		},
		{
			name:     "site furniture",
			body:     "Text.\nShare\nComment ( 0)\nComments (12)\nবিজ্ঞাপন",
			wantText: "Text.",
			wantGone: []removal{{"Share", "site furniture"}, {"Comment ( 0)", "site furniture"}, {"Comments (12)", "site furniture"}, {"বিজ্ঞাপন", "site furniture"}},
		},
		{
			name:     "furniture lines that carry a value",
			body:     "Kim met Putin.\nTags: Putin, Kim Jong Un\nপ্রকাশিত: ১২:৩০, ২১ জুন ২০২৪\nTag-team wrestling returns - fans cheer.",
			wantText: "Kim met Putin.\nTag-team wrestling returns - fans cheer.",
			wantGone: []removal{{"Tags: Putin, Kim Jong Un", "site furniture"}, {"প্রকাশিত: ১২:৩০, ২১ জুন ২০২৪", "site furniture"}},
		},
		{
			name:     "datelines at the start only",
			body:     "International Desk: Russia wants closer ties.\nNews Desk: this line stays.",
			wantText: "Russia wants closer ties.\nNews Desk: this line stays.",
			wantGone: []removal{{"International Desk:", "dateline"}},
		},
		{
			name:     "place datelines",
			body:     "नई दिल्ली: रूस के राष्ट्रपति ने बात की।\nदूसरी पंक्ति: यह रहती है।",
			wantText: "रूस के राष्ट्रपति ने बात की।\nदूसरी पंक्ति: यह रहती है।",
			wantGone: []removal{{"नई दिल्ली:", "dateline"}},
		},
		{
			name:     "wire dateline after a byline",
			body:     "By Staff Reporter\nSEOUL, Sept 13 (Reuters) - North Korean leader Kim Jong Un met Putin.",
			wantText: "North Korean leader Kim Jong Un met Putin.",
			wantGone: []removal{{"By Staff Reporter", "byline"}, {"SEOUL, Sept 13 (Reuters) - ", "dateline"}},
		},
		{
			name:     "a sentence with a colon at the start stays",
			body:     "Kim said: we are friends.\nBy the end of the year, trade grew.",
			wantText: "Kim said: we are friends.\nBy the end of the year, trade grew.",
		},
		{
			name:     "bare desk label line",
			body:     "নিজস্ব প্রতিবেদক\nঢাকায় বৈঠক হয়েছে।",
			wantText: "ঢাকায় বৈঠক হয়েছে।",
			wantGone: []removal{{"নিজস্ব প্রতিবেদক", "byline"}},
		},
		{
			name:     "bengali web desk dateline",
			body:     "ওয়েবডেস্ক- কিম -পুতিন আরও কাছাকাছি।",
			wantText: "কিম -পুতিন আরও কাছাকাছি।",
			wantGone: []removal{{"ওয়েবডেস্ক-", "dateline"}},
		},
		{
			name:     "a hyphenated opening is not a dateline",
			body:     "Kim-Putin talks went on.",
			wantText: "Kim-Putin talks went on.",
		},
		{
			name: "truncated teasers at the foot",
			body: "Kim visits the cemetery... every year.\nWent this time too.\nTangail Correspondent: Police have arrested two peop...\n" +
				"News Desk: A massive fire has broken out in the Bau-...\nComment ( 0)",
			wantText: "Kim visits the cemetery... every year.\nWent this time too.",
			wantGone: []removal{
				{"Tangail Correspondent: Police have arrested two peop...", "truncated teaser"},
				{"News Desk: A massive fire has broken out in the Bau-...", "truncated teaser"},
				{"Comment ( 0)", "site furniture"},
			},
		},
		{
			name:     "one unlabelled sentence trailing off at the end stays",
			body:     "He paused.\nAnd then he said…",
			wantText: "He paused.\nAnd then he said…",
		},
		{
			name:      "repeated title",
			body:      "পুতিন এবং কিম আলোচনা করেছেন\n\nপুতিন এবং কিম আলোচনা করেছেন\n\nপ্রথম অনুচ্ছেদ।\n\nদ্বিতীয়।",
			wantText:  "পুতিন এবং কিম আলোচনা করেছেন\n\nপ্রথম অনুচ্ছেদ।\n\nদ্বিতীয়।",
			wantGone:  []removal{{"পুতিন এবং কিম আলোচনা করেছেন", "repeated title"}},
			wantTitle: "পুতিন এবং কিম আলোচনা করেছেন",
		},
		{
			name:      "short headline set apart is the title and stays",
			body:      "Kim meets Putin in Pyongyang\n\nThe two leaders met on Wednesday.",
			wantText:  "Kim meets Putin in Pyongyang\n\nThe two leaders met on Wednesday.",
			wantTitle: "Kim meets Putin in Pyongyang",
		},
		{
			name:     "white space folded, junk dropped, zwj kept",
			body:     "  Kim\u00A0\u00A0met \u200BPutin.\t\r\n\n\n\nর\u200D্যাব  এসেছে।  \n\n",
			wantText: "Kim met Putin.\n\nর\u200D্যাব এসেছে।",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Clean(tt.body)
			if c.Text != tt.wantText {
				t.Errorf("Text = %q\nwant   %q", c.Text, tt.wantText)
			}
			var got []removal
			for _, r := range c.Removed {
				got = append(got, removal{r.Text, r.Reason})
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.wantGone) {
				t.Errorf("Removed = %q\nwant      %q", got, tt.wantGone)
			}
			if c.Title != tt.wantTitle {
				t.Errorf("Title = %q, want %q", c.Title, tt.wantTitle)
			}
			checkCleanInvariants(t, tt.body, c)
		})
	}
}

func TestCleanRunTogetherCredit(t *testing.T) {
	body := "स्पुतनिक/ईपीए ईएफई/रेक्स/शटरस्टॉकडोनाल्ड ट्रम्प यांच्याशी बोलणी केली."
	c := Clean(body)
	if want := "डोनाल्ड ट्रम्प यांच्याशी बोलणी केली."; c.Text != want {
		t.Errorf("Text = %q, want %q", c.Text, want)
	}
	if len(c.Removed) != 1 || c.Removed[0].Text != "स्पुतनिक/ईपीए ईएफई/रेक्स/शटरस्टॉक" || c.Removed[0].Reason != "photo credit" {
		t.Errorf("Removed = %+v, want the agency credit as a photo credit", c.Removed)
	}
	if len(c.Flags) != 1 {
		t.Fatalf("Flags = %+v, want one run-together flag", c.Flags)
	}
	f := c.Flags[0]
	if f.Kind != FlagRunTogether || f.Evidence != "शटरस्टॉकडोनाल्ड" {
		t.Errorf("flag = %s %q, want %s %q", f.Kind, f.Evidence, FlagRunTogether, "शटरस्टॉकडोनाल्ड")
	}
	if got := string([]rune(body)[f.Start:f.End]); got != f.Evidence {
		t.Errorf("body[%d:%d] = %q, want the evidence %q", f.Start, f.End, got, f.Evidence)
	}
}

// TestCleanRawSpanNFC checks the offset map where NFC changes lengths:
// Bengali য় and Devanagari क़ decompose (one rune becomes two), ে + া
// composes to ো (two become one).
func TestCleanRawSpanNFC(t *testing.T) {
	tests := []struct {
		name, body string
	}{
		{"bengali yya decomposes", "উত্তর কোরি\u09DFা ও রাশি\u09DFা।"},
		{"bengali rra decomposes", "প\u09DCে গেছে \u09DDাকা।"},
		{"devanagari nukta letters decompose", "\u095Bमीन और \u0958ानून, \u095Eसल।"},
		{"vowel parts compose", "ক\u09C7\u09BEরিয়া এবং ক\u09C7\u09D7শল।"},
		{"latin combining accent composes", "Zelenskye\u0301 met Re\u0301my."},
		{"junk between a letter and its mark", "Cafe\u200B\u0301 ক\u200B\u09C7\u09BE।"},
		{"junk and space runs between", "কিম\u200B  জং\u00A0উন \uFEFFপুতিন\u00AD।"},
		{"front residue shifts everything", "[ad_1]\nPhoto: Reuters\nপ\u09DCে রাশি\u09DFা।"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Clean(tt.body)
			if !norm.NFC.IsNormalString(c.Text) {
				t.Errorf("Text %q is not NFC", c.Text)
			}
			clean := []rune(c.Text)
			body := []rune(tt.body)
			for _, w := range wordSpans(clean) {
				s, e := c.RawSpan(w[0], w[1])
				raw := NormalizeText(string(body[s:e]))
				if want := string(clean[w[0]:w[1]]); raw != want {
					t.Errorf("RawSpan(%d, %d) = [%d, %d) %q; NFC of it is %q, want %q", w[0], w[1], s, e, string(body[s:e]), raw, want)
				}
			}
			checkCleanInvariants(t, tt.body, c)
		})
	}
}

// wordSpans returns the spans of the space-separated words of rs.
func wordSpans(rs []rune) [][2]int {
	var spans [][2]int
	start := -1
	for i := 0; i <= len(rs); i++ {
		if i == len(rs) || isSpaceRune(rs[i]) {
			if start >= 0 {
				spans = append(spans, [2]int{start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return spans
}

// checkCleanInvariants checks what must hold for any body: spans inside the
// text, residue quoting the body, and every claim span mapping back to body
// text that, once residue and junk are out and NFC is applied, reads the same.
func checkCleanInvariants(tb testing.TB, body string, c Cleaned) {
	tb.Helper()
	raw := []rune(body)
	for _, r := range c.Removed {
		if r.Start < 0 || r.End > len(raw) || r.Start >= r.End {
			tb.Errorf("residue span [%d, %d) outside body of %d runes", r.Start, r.End, len(raw))
			continue
		}
		if got := string(raw[r.Start:r.End]); got != r.Text {
			tb.Errorf("residue %q at [%d, %d) quotes %q", r.Text, r.Start, r.End, got)
		}
	}
	for _, f := range c.Flags {
		if f.Start < 0 || f.End > len(raw) || string(raw[f.Start:f.End]) != f.Evidence {
			tb.Errorf("flag evidence %q does not sit at [%d, %d)", f.Evidence, f.Start, f.End)
		}
	}
	clean := []rune(c.Text)
	for _, sp := range Segment(c.Text) {
		if sp[0] < 0 || sp[1] > len(clean) || sp[0] >= sp[1] {
			tb.Errorf("claim span %v outside clean text of %d runes", sp, len(clean))
			continue
		}
		s, e := c.RawSpan(sp[0], sp[1])
		if s < 0 || e > len(raw) || s > e {
			tb.Errorf("RawSpan(%v) = [%d, %d) outside body of %d runes", sp, s, e, len(raw))
			continue
		}
		var kept []rune
		for i := s; i < e; i++ {
			if !inResidue(c.Removed, i) {
				kept = append(kept, raw[i])
			}
		}
		got := strings.Join(strings.Fields(NormalizeText(string(kept))), " ")
		want := strings.Join(strings.Fields(string(clean[sp[0]:sp[1]])), " ")
		if got != want {
			tb.Errorf("claim %q maps back to %q", want, got)
		}
	}
}

// inResidue reports whether body rune i was removed as residue.
func inResidue(removed []Residue, i int) bool {
	for _, r := range removed {
		if r.Start <= i && i < r.End {
			return true
		}
	}
	return false
}

// seedCorpus returns the sample articles and their total size in bytes.
func seedCorpus(tb testing.TB) ([]string, int) {
	tb.Helper()
	var texts []string
	n := 0
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		s := mustSeed(tb, p)
		texts = append(texts, s)
		n += len(s)
	}
	return texts, n
}

func BenchmarkClean(b *testing.B) {
	texts, n := seedCorpus(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			Clean(s)
		}
	}
}
