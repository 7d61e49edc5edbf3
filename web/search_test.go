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
		{"english, any case", "putin", http.StatusOK, 1, "Putin", "en"},
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
	doc = mustDoc(t, b.get("/search?q="+url.QueryEscape(`"unbalanced`)), http.StatusBadRequest)
	if doc.Find(".error-message").Length() != 1 {
		t.Errorf("a malformed query shows no error")
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
			for _, p := range markSpans(tt.text, termSpans(tt.text, tt.query)) {
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
