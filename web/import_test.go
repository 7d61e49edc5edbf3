package web

import (
	"bytes"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/claimdesk/claimdesk/claims"
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

// TestImportRefusedAtOnce: what can be refused without reading a file comes
// back on the form, and nothing is stored.
func TestImportRefusedAtOnce(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	before := articleCount(t, app)
	tests := []struct {
		name  string
		files map[string]string
		want  []string // words the error line must hold
	}{
		{"wrong extension", map[string]string{"report.pdf": "%PDF-1.4"}, []string{"report.pdf", ".txt"}},
		{"no file", map[string]string{}, []string{"file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustDoc(t, b.upload(tt.files), http.StatusBadRequest)
			errs := texts(doc.Find("ul.errors li"))
			if len(errs) != 1 {
				t.Fatalf("errors = %q, want one", errs)
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
		t.Errorf("refused files changed the article count from %d to %d", before, after)
	}
}

// TestImportBadFiles: a file found bad only when read gets its failure line,
// naming it and the reason, on the job's page.
func TestImportBadFiles(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	before := articleCount(t, app)
	tests := []struct {
		name  string
		files map[string]string
		want  []string // words the failure line must hold
	}{
		{"binary", map[string]string{"photo.txt": "\x89PNG\x00\x00 not text"}, []string{"photo.txt", "binary"}},
		{"empty", map[string]string{"empty.md": "  \n"}, []string{"empty.md", "empty"}},
		{"bad jsonl", map[string]string{"feed.jsonl": "{not json}\n"}, []string{"feed.jsonl", "line 1"}},
		{"latin-1", map[string]string{"old.txt": "caf\xe9 society"}, []string{"old.txt", "UTF-8"}},
		{"javascript url", map[string]string{"x.md": "---\nurl: javascript:alert(1)\n---\nOfficials said 5 came."}, []string{"x.md", "http(s)"}},
		{"too many claims", map[string]string{"archive.txt": manyClaims(claims.DefaultMaxClaims + 10)}, []string{"archive.txt", "2000", "split it"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := b.upload(tt.files)
			wantRedirect(t, res, "/import/jobs/")
			doc := b.waitImport(res.Header.Get("Location"))
			errs := texts(doc.Find(".file-failures li"))
			if len(errs) != 1 {
				t.Fatalf("failures = %q, want one", errs)
			}
			for _, w := range tt.want {
				if !strings.Contains(errs[0], w) {
					t.Errorf("failure %q does not mention %q", errs[0], w)
				}
			}
			if got := doc.Find(".import-file").AttrOr("data-status", ""); got != "failed" {
				t.Errorf("file status = %q, want failed", got)
			}
		})
	}
	if after := articleCount(t, app); after != before {
		t.Errorf("bad files changed the article count from %d to %d", before, after)
	}
}

// manyClaims is an article of n one-sentence paragraphs.
func manyClaims(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Officials said %d soldiers crossed the river on day %d.\n\n", 100+i, i)
	}
	return b.String()
}

func TestImportUploadSummary(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	before := articleCount(t, app)
	res := b.upload(map[string]string{"good.md": goodArticle, "bad.txt": "\x00\x01", "notes.pdf": "%PDF"})
	wantRedirect(t, res, "/import/jobs/")
	doc := b.waitImport(res.Header.Get("Location"))
	tiles := texts(doc.Find(".tile"))
	for _, want := range []string{"1articles added", "0already there, skipped", "2failed"} {
		if !containsString(tiles, want) {
			t.Errorf("summary tiles %q lack %q", tiles, want)
		}
	}
	files := map[string]*goquery.Selection{}
	doc.Find(".import-file").Each(func(_ int, f *goquery.Selection) { files[f.Find(".file-name").Text()] = f })
	if len(files) != 3 {
		t.Fatalf("job lists files %v, want good.md, bad.txt and notes.pdf", files)
	}
	good := files["good.md"].Find(".file-result a")
	if !strings.HasPrefix(good.Text(), "added: ") || !strings.HasPrefix(good.AttrOr("href", ""), "/articles/") {
		t.Errorf("good.md result = %q (%s), want an added line linking to the article", good.Text(), good.AttrOr("href", ""))
	}
	for _, name := range []string{"bad.txt", "notes.pdf"} {
		if f := files[name].Find(".file-failures li").Text(); !strings.Contains(f, name) {
			t.Errorf("%s failure = %q, want it named with its reason", name, f)
		}
	}
	if after := articleCount(t, app); after != before+1 {
		t.Errorf("articles = %d, want %d", after, before+1)
	}
	// The same file again is skipped as a duplicate.
	res = b.upload(map[string]string{"good.md": goodArticle})
	wantRedirect(t, res, "/import/jobs/")
	doc = b.waitImport(res.Header.Get("Location"))
	if !containsString(texts(doc.Find(".tile")), "1already there, skipped") || doc.Find(".file-result").Text() != "already imported, skipped" {
		t.Errorf("a second upload of the same file is not reported as a duplicate")
	}
}

func TestImportPaste(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	res := b.post("/import", url.Values{"from": {"paste"}, "text": {"Officials said 12,000 soldiers were sent on Monday.\nThe ministry denied it."},
		"title": {"Pasted"}, "source": {"Desk"}, "language": {"en"}})
	wantRedirect(t, res, "/import/jobs/")
	href := b.waitImport(res.Header.Get("Location")).Find(".file-result a").AttrOr("href", "")
	doc := mustDoc(t, b.get(href), http.StatusOK)
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
	// A pasted address must be http(s), as in front matter.
	res = b.post("/import", url.Values{"from": {"paste"}, "text": {"Officials said 7 came."}, "url": {"javascript:alert(1)"}})
	wantRedirect(t, res, "/import/jobs/")
	if got := b.waitImport(res.Header.Get("Location")).Find(".file-failures").Text(); !strings.Contains(got, "http(s)") {
		t.Errorf("failures = %q, want the javascript: address refused", got)
	}
	// Not a URL at all: refused on the form.
	doc = mustDoc(t, b.post("/import", url.Values{"from": {"url"}, "link": {"javascript:alert(1)"}}), http.StatusBadRequest)
	if !strings.Contains(doc.Find("ul.errors").Text(), "not an http or https URL") {
		t.Errorf("errors = %q, want the link refused", doc.Find("ul.errors").Text())
	}
	// A URL inside the network is refused when the job dials it.
	res = b.post("/import", url.Values{"from": {"url"}, "link": {app.srv.URL + "/healthz"}})
	wantRedirect(t, res, "/import/jobs/")
	if got := b.waitImport(res.Header.Get("Location")).Find(".file-failures").Text(); !strings.Contains(got, "inside the network") {
		t.Errorf("failures = %q, want the internal address refused", got)
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
	wantRedirect(t, res, "/import/jobs/")
	doc := b.waitImport(res.Header.Get("Location"))
	tiles := texts(doc.Find(".tile"))
	for _, want := range []string{"2articles added", "1failed"} {
		if !containsString(tiles, want) {
			t.Errorf("tiles %q lack %q", tiles, want)
		}
	}
	if got := doc.Find(".file-result").Text(); !strings.HasPrefix(got, "2 articles added; ") {
		t.Errorf("result line = %q, want 2 articles added", got)
	}
	if f := doc.Find(".file-failures li").Text(); !strings.Contains(f, "feed.jsonl") || !strings.Contains(f, "line 2") {
		t.Errorf("failure = %q, want feed.jsonl line 2 named", f)
	}
}
