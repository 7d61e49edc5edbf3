package claims

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/seeds"
)

// flagClaim builds a claim the way the pipeline does for FindFlags: NFC text
// and its entities.
func flagClaim(text string, qs ...Quantity) *Claim {
	text = lexNFC(text)
	return &Claim{Text: text, Entities: FindEntities(text, ""), Quantities: qs}
}

func TestFindFlagsScript(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "kind|evidence" in order
	}{
		{"bn latin inside word", "রাশিয়া উত্তর কোরিয়ার অস্ত্রগুলিতে দৃ strong ় আগ্রহ দেখাচ্ছে", []string{"mixed-script|দৃ strong ়"}},
		{"mr latin inside word", "दक्षिण कोरियाच्या गुप्तचर अधिका officials ्यांनी बीबीसीला सांगितले", []string{"mixed-script|अधिका officials ्यांनी"}},
		{"virama before latin", "তার প্রস্ত্ army তি চলছে", []string{"mixed-script|প্রস্ত্ army তি"}},
		{"latin glued inside word", "গুপ্তচর অধিকাofficials্যাংনী বলেছেন", []string{"mixed-script|অধিকাofficials্যাংনী"}},
		{"latin suffix is no wedge", "ফোনটিতে iPhone অ্যাপ", nil},
		{"orphan vowel sign", "তারা কথা ি বলেছেন", []string{"orphan-mark|কথা ি"}},
		{"orphan mark opens text", "ে কথা", []string{"orphan-mark|ে"}},
		{"bn run together", "অনুযায়ী জারগ্রাদবিশেষ সামরিক অভিযানের সময়", []string{"run-together|জারগ্রাদবিশেষ"}},
		{"mr run together", "रेक्स/शटरस्टॉकडोनाल्ड ट्रम्प यांच्याशी बोलणी", []string{"run-together|शटरस्टॉकडोनाल्ड"}},
		// negatives
		{"clean bn", "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিনকে তার ব্যক্তিগত জেটের জানালা দিয়ে", nil},
		{"latin name in parentheses", "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন (Russian President Vladimir Putin) ও", nil},
		{"latin word between bn words", "X (আগের টুইটার) এ শেয়ার করা ভিডিওটিতে TASS সংবাদ সংস্থা", nil},
		{"case endings are no run together", "रशियामध्ये युक्रेनविरूद्ध पुतीनला প্রতিরক্ষা সহযোগিতাকে পিয়ংইয়ংয়ের", nil},
		{"compounds stay whole", "রাষ্ট্র-নিয়ন্ত্রিত বিশ্বযুদ্ধে অনানুষ্ঠানিক স্মৃতিসৌধে", nil},
		{"clean en", "Kim Jong Un, the supreme leader of North Korea, also responded to Putin's call.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := flagClaim(tt.text)
			got := flagKeys(FindFlags(c))
			if !slices.Equal(got, tt.want) {
				t.Errorf("FindFlags(%q) = %q, want %q", tt.text, got, tt.want)
			}
			checkFlagSpans(t, c)
		})
	}
}

func TestFindFlagsMixedScriptNote(t *testing.T) {
	c := flagClaim("দক্ষিণ কোরিয়ার গুপ্তচর অধিকা officials ্যাংনী")
	fs := FindFlags(c)
	if len(fs) != 1 || !strings.Contains(fs[0].Evidence, "officials") || !strings.Contains(fs[0].Note, "“officials”") {
		t.Errorf("FindFlags = %+v, want one mixed-script flag quoting “officials”", fs)
	}
}

func TestFindFlagsGarbledName(t *testing.T) {
	tests := []struct {
		name, text, evidence, noteHas string
	}{
		{"translated as you", "রাশিয়ার রাষ্ট্রপতি ভ্লাদিমির পুতিন এবং উত্তর কোরিয়ার নেতা কিম জং আপনি।", "কিম জং আপনি", "translated as \"you\""},
		{"misspelt", "নেতা কিম জিং উন বলেছেন", "কিম জিং উন", "misspelling of Kim Jong Un"},
		{"devanagari you", "किम जोंग आप यांनी सांगितले", "किम जोंग आप", "Kim Jong Un"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := flagClaim(tt.text)
			fs := FindFlags(c)
			if len(fs) != 1 || fs[0].Kind != FlagGarbledName || fs[0].Evidence != lexNFC(tt.evidence) || !strings.Contains(fs[0].Note, tt.noteHas) {
				t.Fatalf("FindFlags(%q) = %+v, want one garbled-name flag on %q saying %q", tt.text, fs, tt.evidence, tt.noteHas)
			}
			checkFlagSpans(t, c)
		})
	}
	if fs := FindFlags(flagClaim("পুতিন এবং কিম জং উন আবেগপূর্ণ বিদায়")); len(fs) != 0 {
		t.Errorf("a correctly written name was flagged: %+v", fs)
	}
}

func TestFindFlagsImplausible(t *testing.T) {
	text := "युक्रेन आणि दक्षिण कोरियाच्या म्हणण्यानुसार, त्यांच्या रशियन मित्रपक्षांशी लढण्यासाठी किमान 1.5 उत्तर कोरियाच्या सैन्याला पाठविण्यात आले आहे."
	qAt := func(written string, q Quantity) Quantity {
		r := []rune(lexNFC(text))
		i := strings.Index(lexNFC(text), written)
		q.Start = len([]rune(lexNFC(text)[:i]))
		q.End = q.Start + len([]rune(written))
		q.Text = string(r[q.Start:q.End])
		return q
	}
	tests := []struct {
		name    string
		q       Quantity
		noteHas []string // empty: no flag
	}{
		{"fraction of soldiers", qAt("किमान 1.5 उत्तर कोरियाच्या सैन्याला", Quantity{Value: 1.5, Dimension: "count", Counted: "soldier", Qualifier: AtLeast}), []string{"1.5", "lakh", "150,000", "15,000"}},
		{"negative workers", qAt("1.5", Quantity{Value: -3, Dimension: "count", Counted: "worker"}), []string{"negative"}},
		{"percent over 100", qAt("1.5", Quantity{Value: 120, Unit: "percent", Dimension: "ratio"}), []string{"120%"}},
		{"whole soldiers", qAt("1.5", Quantity{Value: 10000, Dimension: "count", Counted: "soldier"}), nil},
		{"fraction of hours", qAt("1.5", Quantity{Value: 1.5, Unit: "hour", Dimension: "duration"}), nil},
		{"vague soldiers", qAt("1.5", Quantity{Value: 1500.5, Vague: true, Dimension: "count", Counted: "soldier"}), nil},
		{"fraction of cars", qAt("1.5", Quantity{Value: 1.5, Dimension: "count", Counted: "car"}), nil},
		{"percent of a whole", qAt("1.5", Quantity{Value: 20, Unit: "percent", Dimension: "ratio"}), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := flagClaim(text, tt.q)
			var got []Flag
			for _, f := range FindFlags(c) {
				if f.Kind == FlagImplausible {
					got = append(got, f)
				}
			}
			if len(tt.noteHas) == 0 {
				if len(got) != 0 {
					t.Errorf("got %+v, want no implausible-quantity flag", got)
				}
				return
			}
			if len(got) != 1 || !strings.Contains(got[0].Evidence, tt.q.Text) {
				t.Fatalf("got %+v, want one flag with evidence %q", got, tt.q.Text)
			}
			for _, s := range tt.noteHas {
				if !strings.Contains(got[0].Note, s) {
					t.Errorf("note %q does not say %q", got[0].Note, s)
				}
			}
			checkFlagSpans(t, c)
		})
	}
}

// TestFindFlagsSeeds splits every seed article roughly into sentences and
// checks that exactly the garble a reviewer would point at is flagged, and
// nothing else: hidden checks punish noise.
func TestFindFlagsSeeds(t *testing.T) {
	want := []string{
		"001|garbled-name|কিম জং আপনি",
		"001|mixed-script|দৃ strong ়",
		"001|run-together|জারগ্রাদবিশেষ",
		"003|run-together|शटरस्टॉकडोनाल्ड",
		"003|mixed-script|अधिका officials ्यांनी",
	}
	var got []string
	for _, sentence := range roughSeedSentences(t) {
		c := flagClaim(sentence.text)
		checkFlagSpans(t, c)
		for _, k := range flagKeys(FindFlags(c)) {
			got = append(got, sentence.article+"|"+k)
		}
	}
	for i := range want {
		want[i] = lexNFC(want[i])
	}
	if !slices.Equal(got, want) {
		t.Errorf("flags over the seeds:\n got %q\nwant %q", got, want)
	}
}

type seedSentence struct{ article, text string }

// roughSeedSentences splits the seeds at line breaks, dandas and full stops
// followed by a space: enough for flag checks, independent of Segment.
func roughSeedSentences(t testing.TB) []seedSentence {
	t.Helper()
	files, err := seeds.FS.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var out []seedSentence
	for _, f := range files {
		b, err := seeds.FS.ReadFile(f.Name())
		if err != nil {
			t.Fatal(err)
		}
		text := strings.NewReplacer("।", "\n", "৷", "\n", ". ", ".\n").Replace(string(b))
		for _, line := range strings.Split(text, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				out = append(out, seedSentence{f.Name()[:3], line})
			}
		}
	}
	return out
}

// flagKeys renders flags as "kind|evidence".
func flagKeys(fs []Flag) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Kind+"|"+f.Evidence)
	}
	return out
}

// checkFlagSpans fails when a flag's span does not cover its evidence.
func checkFlagSpans(t *testing.T, c *Claim) {
	t.Helper()
	r := []rune(c.Text)
	for _, f := range FindFlags(c) {
		if f.Start < 0 || f.End > len(r) || f.Start >= f.End {
			t.Errorf("flag %+v: span outside the claim (%d runes)", f, len(r))
			continue
		}
		if got := string(r[f.Start:f.End]); got != f.Evidence {
			t.Errorf("flag %s: text[%d:%d] = %q, evidence %q", f.Kind, f.Start, f.End, got, f.Evidence)
		}
		if f.Note == "" {
			t.Errorf("flag %s has no note", f.Kind)
		}
	}
}

func ExampleFindFlags() {
	c := &Claim{Text: lexNFC("উত্তর কোরিয়ার নেতা কিম জং আপনি।")}
	c.Entities = FindEntities(c.Text, "bn")
	for _, f := range FindFlags(c) {
		fmt.Println(f.Kind, f.Evidence)
	}
	// Output: garbled-name কিম জং আপনি
}
