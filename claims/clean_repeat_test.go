package claims

import (
	"strings"
	"testing"
)

func TestLearnSourceLines(t *testing.T) {
	banner := "দৈনিক সংবাদ — সত্যের পক্ষে"
	app := "Get the Daily News app"
	background := "The river crossed the danger mark at 43 feet, officials said on Monday."
	bodies := []string{
		banner + "\n" + app + "\nসিলেটে বন্যায় ৬১ জনের মৃত্যু হয়েছে।\n" + background,
		banner + "\n" + app + "\nউদ্ধার কাজ চলছে।\n" + background,
		"  " + strings.ToUpper(app) + "  \nপাঁচজন নিখোঁজ।",
	}
	src := LearnSourceLines(bodies)
	tests := []struct {
		line string
		want int
	}{
		{banner, 2},
		{"get  the daily news APP", 3},
		{background, 2},
		{"উদ্ধার কাজ চলছে।", 1},
		{"never seen", 0},
	}
	for _, tt := range tests {
		if got := src.Count(tt.line); got != tt.want {
			t.Errorf("Count(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
	if got := src.Articles(); got != 3 {
		t.Errorf("Articles() = %d, want 3", got)
	}
	if got := (SourceLines{}).Count(banner); got != 0 {
		t.Errorf("zero SourceLines Count = %d, want 0", got)
	}
}

func TestCleanSource(t *testing.T) {
	masthead := "Kerala Times — the voice of the coast"
	background := "The river crossed the danger mark at 43 feet, officials said on Monday."
	var bodies []string
	for _, s := range []string{"Five people died.", "Rescue goes on.", "Schools are shut."} {
		bodies = append(bodies, masthead+"\n"+s+"\n"+background)
	}
	src := LearnSourceLines(bodies)
	body := masthead + "\nTwo bridges collapsed.\n" + background
	c := CleanSource(body, src)
	if want := "Two bridges collapsed.\n" + background; c.Text != want {
		t.Errorf("Text = %q\nwant   %q", c.Text, want)
	}
	if len(c.Removed) != 1 || c.Removed[0].Text != masthead || c.Removed[0].Reason != ReasonSourceRepeat {
		t.Errorf("Removed = %+v, want the masthead as %q", c.Removed, ReasonSourceRepeat)
	}
	checkCleanInvariants(t, body, c)
	// Clean knows no source: the masthead line alone is not residue.
	if c := Clean(body); !strings.HasPrefix(c.Text, masthead) {
		t.Errorf("Clean(body).Text = %q, want the masthead kept without source lines", c.Text)
	}
	// One article teaches nothing: a line in one of one is not a template.
	if c := CleanSource(body, LearnSourceLines([]string{body})); !strings.HasPrefix(c.Text, masthead) {
		t.Errorf("one-article source removed %q", masthead)
	}
}

// TestProcessBannerDate: a site's banner date above the headline goes as
// residue and never becomes the article's date or a claim's.
func TestProcessBannerDate(t *testing.T) {
	tests := []struct{ name, body, banner string }{
		{"en", "Wednesday, 2 December 2026\nFloods kill five in Kerala\n\nFive people died on Monday.", "Wednesday, 2 December 2026"},
		{"bn", "বুধবার, ২ ডিসেম্বর ২০২৬\nসিলেটে বন্যা\n\nসোমবার ৬১ জনের মৃত্যু হয়েছে।", "বুধবার, ২ ডিসেম্বর ২০২৬"},
		{"hi", "बुधवार, 2 दिसंबर 2026\nबिहार में बाढ़\n\nसोमवार को पांच लोगों की मौत हो गई।", "बुधवार, 2 दिसंबर 2026"},
		{"mr", "२ डिसेंबर २०२६, बुधवार\nकोल्हापुरात पूर\n\nसोमवारी पाच जणांचा मृत्यू झाला.", "२ डिसेंबर २०२६, बुधवार"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Process("banner.txt", []byte(tt.body), Meta{}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !a.Published.IsZero() {
				t.Errorf("Published = %v, want zero: the banner is the scrape day's date", a.Published)
			}
			gone := false
			for _, r := range a.Removed {
				gone = gone || (r.Text == tt.banner && r.Reason == ReasonDateLine)
			}
			if !gone {
				t.Errorf("Removed = %+v, want %q as %q", a.Removed, tt.banner, ReasonDateLine)
			}
			if strings.Contains(a.Title, tt.banner) {
				t.Errorf("Title = %q, holds the banner date", a.Title)
			}
			for _, c := range a.Claims {
				for _, d := range c.Dates {
					if strings.HasPrefix(d.ISO, "2026-12") {
						t.Errorf("claim %q dated %s from the banner", c.Text, d.ISO)
					}
				}
			}
		})
	}
}
