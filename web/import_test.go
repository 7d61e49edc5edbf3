package web

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// upload posts files as the upload form does.
func (b *browser) upload(files map[string]string, header ...string) *http.Response {
	b.app.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("from", "upload")
	for name, content := range files {
		fw, err := mw.CreateFormFile("files", name)
		if err != nil {
			b.app.t.Fatal(err)
		}
		fw.Write([]byte(content))
	}
	mw.Close()
	req, _ := http.NewRequest(http.MethodPost, b.app.srv.URL+"/import", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return b.do(req)
}

func articleCount(t *testing.T, app *testApp) int {
	t.Helper()
	_, n, err := app.db.Articles(t.Context(), storeArticleFilter(), 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

const goodArticle = "---\ntitle: Troops at the border\nsource: Test Wire\nlanguage: en\n---\nOfficials said 12,000 North Korean soldiers were sent to Russia on Monday.\nKim Jong Un, the supreme leader of North Korea, met Vladimir Putin.\n"

func TestImportBadFiles(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	before := articleCount(t, app)
	tests := []struct {
		name  string
		files map[string]string
		want  []string // words each error line must hold
	}{
		{"binary", map[string]string{"photo.txt": "\x89PNG\x00\x00 not text"}, []string{"photo.txt", "binary"}},
		{"wrong extension", map[string]string{"report.pdf": "%PDF-1.4"}, []string{"report.pdf", ".txt"}},
		{"empty", map[string]string{"empty.md": "  \n"}, []string{"empty.md", "empty"}},
		{"bad jsonl", map[string]string{"feed.jsonl": "{not json}\n"}, []string{"feed.jsonl", "line 1"}},
		{"latin-1", map[string]string{"old.txt": "caf\xe9 society"}, []string{"old.txt", "UTF-8"}},
		{"no file", map[string]string{}, []string{"file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustDoc(t, b.upload(tt.files), http.StatusBadRequest)
			errs := texts(doc.Find("ul.errors li"))
			if len(errs) != max(1, len(tt.files)) {
				t.Fatalf("errors = %q, want one per file", errs)
			}
			for _, w := range tt.want {
				if !strings.Contains(errs[0], w) {
					t.Errorf("error %q does not mention %q", errs[0], w)
				}
			}
			if doc.Find(".error-message").Length() != 1 {
				t.Errorf("no summary says nothing was imported")
			}
		})
	}
	if after := articleCount(t, app); after != before {
		t.Errorf("bad files changed the article count from %d to %d", before, after)
	}
}

func TestImportUploadSummary(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	before := articleCount(t, app)
	res := b.upload(map[string]string{"good.md": goodArticle, "bad.txt": "\x00\x01"})
	wantRedirect(t, res, "/import/result?")
	doc := mustDoc(t, b.get(res.Header.Get("Location")), http.StatusOK)
	tiles := texts(doc.Find(".tile"))
	for _, want := range []string{"1articles added", "0already there, skipped", "1failed"} {
		if !containsString(tiles, want) {
			t.Errorf("summary tiles %q lack %q", tiles, want)
		}
	}
	if got := doc.Find("table.articles tbody tr").Length(); got != 1 {
		t.Errorf("result lists %d articles, want 1", got)
	}
	if f := doc.Find(".flash").Text(); !strings.Contains(f, "bad.txt") {
		t.Errorf("flash = %q, want the failed file named", f)
	}
	if after := articleCount(t, app); after != before+1 {
		t.Errorf("articles = %d, want %d", after, before+1)
	}
	// The same file again is skipped as a duplicate.
	res = b.upload(map[string]string{"good.md": goodArticle})
	wantRedirect(t, res, "/import/result?")
	doc = mustDoc(t, b.get(res.Header.Get("Location")), http.StatusOK)
	if !containsString(texts(doc.Find(".tile")), "1already there, skipped") {
		t.Errorf("a second upload of the same file is not reported as a duplicate")
	}
}

func TestImportPaste(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	res := b.post("/import", url.Values{"from": {"paste"}, "text": {"Officials said 12,000 soldiers were sent on Monday.\nThe ministry denied it."},
		"title": {"Pasted"}, "source": {"Desk"}, "language": {"en"}})
	wantRedirect(t, res, "/articles/")
	doc := mustDoc(t, b.get(res.Header.Get("Location")), http.StatusOK)
	if got := doc.Find(".pagehead h1").Text(); got != "Pasted" {
		t.Errorf("title = %q, want Pasted", got)
	}
	// Empty text: the form comes back with the reason and what was typed.
	doc = mustDoc(t, b.post("/import", url.Values{"from": {"paste"}, "text": {"   "}, "title": {"Kept title"}}), http.StatusBadRequest)
	if got := doc.Find("#paste-title").AttrOr("value", ""); got != "Kept title" {
		t.Errorf("title after a refused paste = %q, want it kept", got)
	}
	if !strings.Contains(doc.Find("ul.errors").Text(), "empty") {
		t.Errorf("errors = %q, want the text called empty", doc.Find("ul.errors").Text())
	}
	// A URL inside the network is refused.
	doc = mustDoc(t, b.post("/import", url.Values{"from": {"url"}, "link": {app.srv.URL + "/healthz"}}), http.StatusBadRequest)
	if !strings.Contains(doc.Find("ul.errors").Text(), "inside the network") {
		t.Errorf("errors = %q, want the internal address refused", doc.Find("ul.errors").Text())
	}
}

func TestImportCrossOriginRefused(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	before := articleCount(t, app)
	res := b.upload(map[string]string{"good.md": goodArticle}, "Sec-Fetch-Site", "cross-site")
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site upload = %d, want 403", res.StatusCode)
	}
	res = b.post("/import", url.Values{"from": {"paste"}, "text": {"Officials said 5 came."}}, "Sec-Fetch-Site", "cross-site")
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site paste = %d, want 403", res.StatusCode)
	}
	if after := articleCount(t, app); after != before {
		t.Errorf("a refused import stored articles: %d, want %d", after, before)
	}
}

func containsString(list []string, want string) bool {
	for _, s := range list {
		if strings.Join(strings.Fields(s), "") == strings.Join(strings.Fields(want), "") {
			return true
		}
	}
	return false
}

func TestImportJSONL(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	feed := `{"title": "One", "source": "Feed Wire", "language": "en", "text": "Officials said 3,000 workers went on strike on Monday.\nThe union confirmed the figure."}
{"title": "Broken", "text": 42}
{"title": "Two", "source": "Feed Wire", "language": "en", "text": "Officials said 4,000 workers went on strike on Monday.\nThe company disputed it."}
`
	res := b.upload(map[string]string{"feed.jsonl": feed})
	wantRedirect(t, res, "/import/result?")
	doc := mustDoc(t, b.get(res.Header.Get("Location")), http.StatusOK)
	tiles := texts(doc.Find(".tile"))
	for _, want := range []string{"2articles added", "1failed"} {
		if !containsString(tiles, want) {
			t.Errorf("tiles %q lack %q", tiles, want)
		}
	}
	if got := texts(doc.Find("table.articles a.rowlink")); !containsString(got, "One") || !containsString(got, "Two") {
		t.Errorf("articles added = %q, want One and Two", got)
	}
	if f := doc.Find(".flash").Text(); !strings.Contains(f, "feed.jsonl") || !strings.Contains(f, "line 2") {
		t.Errorf("flash = %q, want feed.jsonl line 2 named", f)
	}
}
