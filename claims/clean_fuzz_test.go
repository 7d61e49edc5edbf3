package claims

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// classifierReasons are every reason classifyLine may give.
var classifierReasons = map[string]bool{
	"": true, ReasonMasthead: true, ReasonContact: true, ReasonSourceLink: true,
	ReasonDeskLabels: true, ReasonDateLine: true, ReasonSiteFurniture: true, ReasonNavigation: true, ReasonByline: true,
}

// proseSentinels are sentences of the four languages that no page residue
// may take with it: appended as a paragraph of their own to any body, they
// stay in the clean text.
var proseSentinels = []string{
	"Zorvath villagers said five people died in the flood on Monday.",
	"জোরভাথ গ্রামে বন্যায় ৬১ জনের মৃত্যু হয়েছে।",
	"जोरवाथ गांव में बाढ़ से पांच लोगों की मौत हो गई है।",
	"जोरवाथ गावात पुरामुळे पाच जणांचा मृत्यू झाला आहे.",
}

// FuzzClassifyLine checks the residue classifier on any text: it never
// panics, gives only known reasons and consistent counts, CleanSource keeps
// Clean's invariants with source lines learnt from the body itself, and a
// sentence of prose appended to the body is never removed with its residue.
func FuzzClassifyLine(f *testing.F) {
	fuzzSeeds(f)
	for _, s := range []string{
		"Dhaka Tribune | news@dhakatribune.com | Wednesday, December 2, 2026\nFive people died.",
		"Download the X app and watch the latest videos",
		"/media/files/2024/05/photo.webp)\n~XY.12~\n{{ ad }}\n%%AD%%\n[caption id=\"a\"]x[/caption]",
		"Date: 2025-03-14, created: 2025-03-14 11:05:37\nKICKER HL BODY\nHL: Floods",
		"বুধবার, ২ ডিসেম্বর ২০২৬\nসিলেটে বন্যা\n\n৬১ জনের মৃত্যু হয়েছে।\nপ্র",
		"दैनिक | desk@x.in | 2 दिसंबर 2026\nपांच लोगों की मौत हो गई। अधिकारियों ने बताया कि",
		"शेअर करा\nकोल्हापुरात पूर\nविज्ञापन\nपाच जणांचा मृत्यू झाला.\nपाच जणांचा मृत्यू झाला.",
		"a | b | c\n| | |\n~~\n~a~b~\n{{\n[/\n@.com\nx@y.z\nwww.\n///a.jpg",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if !utf8.Valid(raw) {
			return
		}
		body := string(raw)
		for _, l := range splitCleanLines(body) {
			line := strings.TrimFunc(body[l.start:l.end], isTrimRune)
			if r := classifyLine(line); !classifierReasons[r] {
				t.Fatalf("classifyLine(%q) = %q, not a classifier reason", line, r)
			}
			ft := measureLine(line)
			if ft.stops > ft.words || ft.caps > ft.words || ft.labels > ft.caps || ft.digits > ft.words || ft.emails+ft.links > ft.words {
				t.Fatalf("measureLine(%q) = %+v: counts exceed the words", line, ft)
			}
		}
		src := LearnSourceLines([]string{body, body, "x\n" + body})
		checkCleanInvariants(t, body, CleanSource(body, src))
		for _, s := range proseSentinels {
			if strings.Contains(body, strings.Fields(s)[0]) {
				continue
			}
			with := body + "\n\n" + s
			if c := Clean(with); !strings.Contains(c.Text, s) {
				t.Fatalf("Clean dropped the prose %q appended to %q: removed %+v", s, body, c.Removed)
			}
		}
	})
}
