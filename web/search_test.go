package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func TestSearchPage(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	tests := []struct {
		name, q  string
		status   int
		minRows  int
		mark     string // a marked word every result shows
		language string
	}{
		{"bengali stem finds case endings", "পুতিন", http.StatusOK, 10, "পুতিন", "bn"},
		{"marathi", "किम", http.StatusOK, 3, "किम", "mr"},
		{"english, any case, finds every script", "putin", http.StatusOK, 10, "", "mr"},
		{"nothing found", "zzzqqq", http.StatusOK, 0, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustDoc(t, b.get("/search?q="+url.QueryEscape(tt.q)), tt.status)
			rows := doc.Find("table.results tbody tr")
			if rows.Length() < tt.minRows || (tt.minRows == 0 && rows.Length() != 0) {
				t.Fatalf("%d results, want at least %d", rows.Length(), tt.minRows)
			}
			if tt.minRows == 0 {
				if doc.Find(".empty").Length() != 1 {
					t.Errorf("no results, and no message saying so")
				}
				return
			}
			var langs []string
			rows.Each(func(i int, row *goquery.Selection) {
				marks := texts(row.Find("mark"))
				if len(marks) == 0 || !strings.HasPrefix(marks[0], tt.mark) {
					t.Errorf("row %d marks %q, want %q", i, marks, tt.mark)
				}
				langs = append(langs, row.Find(".chip.lang").Text())
			})
			if !containsString(langs, tt.language) {
				t.Errorf("languages shown = %v, want %s among them", langs, tt.language)
			}
			if got := doc.Find("#search-box").AttrOr("value", ""); got != tt.q {
				t.Errorf("the top search box shows %q, want the query", got)
			}
		})
	}
	doc := mustDoc(t, b.get("/search"), http.StatusOK)
	if doc.Find(".help").Length() != 1 || doc.Find("table.results").Length() != 0 {
		t.Errorf("an empty search does not explain how to search")
	}
	for _, bad := range []string{`"unbalanced`, "putin AND", "NEAR(", "kim:"} {
		doc = mustDoc(t, b.get("/search?q="+url.QueryEscape(bad)), http.StatusBadRequest)
		msg := doc.Find(".error-message[role=alert]").Text()
		if msg == "" {
			t.Errorf("%q: a malformed query shows no error", bad)
		}
		if strings.Contains(msg, "fts5") || strings.Contains(msg, "syntax error") || strings.Contains(msg, "column") {
			t.Errorf("%q: the message %q is the database's, want a plain one", bad, msg)
		}
	}
}

// TestSearchAcrossScripts: English names and figures in any script find the
// claims that state them, whatever script those are written in, and mark
// what they were found by.
func TestSearchAcrossScripts(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	search := func(q string) *goquery.Selection {
		t.Helper()
		return mustDoc(t, b.get("/search?q="+url.QueryEscape(q)), http.StatusOK).Find("table.results tbody tr")
	}
	langsOf := func(rows *goquery.Selection) []string {
		var out []string
		rows.Each(func(_ int, r *goquery.Selection) { out = append(out, r.Find(".chip.lang").Text()) })
		return out
	}
	for _, tt := range []struct {
		q     string
		langs []string // each must be among the results
		mark  string   // a mark some Bengali row shows ("" for none to check)
	}{
		{"troops", []string{"bn", "mr", "en"}, "দশ হাজার"},
		{"North Korea", []string{"bn", "mr", "en"}, "উত্তর কোরিয়া"},
	} {
		rows := search(tt.q)
		got := langsOf(rows)
		for _, l := range tt.langs {
			if !containsString(got, l) {
				t.Errorf("%q finds languages %v, want %s among them", tt.q, got, l)
			}
		}
		if tt.mark != "" {
			var marks []string
			rows.Each(func(_ int, r *goquery.Selection) { marks = append(marks, texts(r.Find("mark"))...) })
			found := false
			for _, m := range marks {
				found = found || strings.HasPrefix(m, tt.mark)
			}
			if !found {
				t.Errorf("%q marks %q, want %q among them", tt.q, marks, tt.mark)
			}
		}
	}
	// The same figure, typed three ways, finds the same claims.
	var want []string
	for i, q := range []string{"10000", "10,000", "১০,০০০"} {
		var ids []string
		search(q).Each(func(_ int, r *goquery.Selection) { ids = append(ids, r.AttrOr("data-href", "")) })
		if len(ids) == 0 {
			t.Fatalf("%q finds nothing, want the 10000 soldier claims", q)
		}
		if i == 0 {
			want = ids
		} else if strings.Join(ids, " ") != strings.Join(want, " ") {
			t.Errorf("%q finds %v, want what 10000 finds: %v", q, ids, want)
		}
	}
}

func TestTermSpans(t *testing.T) {
	tests := []struct {
		name, text, query string
		want              []string
	}{
		{"word start only", "Putin met Kim; input", "put", []string{"Put"}},
		{"case-insensitive", "PUTIN and putin", "Putin", []string{"PUTIN", "putin"}},
		{"vowel sign stays with its letter", "পুতিনের সাথে", "পুতিন", []string{"পুতিনে"}},
		{"virama joins the next consonant", "কিস্তি দিন", "কিস", []string{"কিস্তি"}},
		{"a virama before a space ends the word", "কিম্ জং", "কিম", []string{"কিম্"}},
		{"operators are not words", "Kim AND Putin", "Kim AND Putin", []string{"Kim", "Putin"}},
		{"nothing", "Kim", "Trump", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range markSpans(tt.text, termSpans(tt.text, readSearch(tt.query).terms)) {
				if p.Mark {
					got = append(got, p.Text)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("marked %q, want %q", got, tt.want)
			}
		})
	}
}

// TestLowerText: lowerText is strings.ToLower, in every script.
func TestLowerText(t *testing.T) {
	for _, text := range []string{"", "kim met putin", "Kim Met PUTIN", "কিম জং উন পুতিনের সাথে ১০,০০০", "किमान 1.5 उत्तर कोरियाच्या सैन्याला।",
		"রাশিয়া\u200cর Putin", "ÉLAN vital", "İstanbul", "a\xffb", "\u0966\u09e6 \u0dff \u0e00 ΣΊΣΥΦΟΣ"} {
		if got, want := lowerText(text), strings.ToLower(text); got != want {
			t.Errorf("lowerText(%q) = %q, want %q", text, got, want)
		}
	}
}
