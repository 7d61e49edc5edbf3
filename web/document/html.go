package document

import (
	"bytes"
	"mime"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "github.com/go-shiori/go-readability"
	"github.com/gogs/chardet"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/claimdesk/claimdesk/claims"
)

// htmlDocument extracts the article of an HTML page with go-readability
// (Mozilla's Readability, maintained): the main text without navigation,
// ads and comments, and the page's title, site name, language and
// publication time as claims.Meta. contentType is the HTTP header when the
// page was fetched ("" for a file): it names the charset of pages that are
// not UTF-8, as does a <meta charset> in the page itself.
func htmlDocument(origin string, data []byte, contentType string, page *url.URL) (Document, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return Document{}, claims.Errorf(claims.EINVALID, "empty: no text to import")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return Document{}, claims.Errorf(claims.EINVALID, "binary content (NUL byte at offset %d), not HTML", i)
	}
	data, err := htmlToUTF8(data, contentType)
	if err != nil {
		return Document{}, err
	}
	art, err := readability.FromReader(bytes.NewReader(data), page)
	if err != nil {
		return Document{}, claims.Errorf(claims.EINVALID, "not a readable HTML page: %v", err)
	}
	text, err := htmlReadableText(art.Content)
	if err != nil || strings.TrimSpace(text) == "" {
		return Document{}, claims.Errorf(claims.EINVALID, "no article text found in the page")
	}
	title := strings.Join(strings.Fields(art.Title), " ")
	// Headlines make claims too; readability usually drops the <h1> that
	// repeats the title, so the title goes back in as the first line.
	if title != "" && !strings.HasPrefix(text, title) {
		text = title + "\n" + text
	}
	meta := claims.Meta{
		Title:    title,
		Source:   strings.TrimSpace(art.SiteName),
		Language: language(art.Language),
	}
	if page != nil {
		meta.URL = page.String()
		if meta.Source == "" {
			meta.Source = page.Hostname()
		}
	}
	if art.PublishedTime != nil {
		meta.Published = art.PublishedTime.UTC()
	}
	return Document{Origin: origin, Meta: meta, Text: []byte(text)}, nil
}

// htmlToUTF8 decodes a page to UTF-8 by the charset it declares (a byte
// order mark, the Content-Type header, or a <meta> in its first 1,024
// bytes, as browsers look) or, when it declares none and is not UTF-8, by
// the one detectCharset is sure of. A page that cannot be decoded is
// refused, never patched with U+FFFD.
func htmlToUTF8(data []byte, contentType string) ([]byte, error) {
	label, declared := htmlCharset(data, contentType)
	if !declared {
		i := invalidUTF8At(data)
		if i < 0 {
			return data, nil
		}
		if label, declared = detectCharset(data); !declared {
			return nil, claims.Errorf(claims.EINVALID, "the page is not valid UTF-8 (at byte %d) and does not say which character set it uses: save it as UTF-8 or declare <meta charset>", i)
		}
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, claims.Errorf(claims.EINVALID, "the page declares the character set %q, which Claimdesk cannot decode", clip(label, 40))
	}
	if name == "utf-8" {
		if i := invalidUTF8At(data); i >= 0 {
			return nil, claims.Errorf(claims.EINVALID, "the page declares UTF-8 but is not valid UTF-8 (at byte %d)", i)
		}
		return bytes.TrimPrefix(data, []byte("\uFEFF")), nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, claims.Errorf(claims.EINVALID, "cannot decode the page from %s: %v", name, err)
	}
	return out, nil
}

// detectMinConfidence is the least confidence (ICU's scale, 1 to 100) for a
// detected charset to be used. ICU gives a short page 30 or so; a page of
// French prose in ISO-8859-1 gets 70.
const detectMinConfidence = 50

// detectCharset guesses the single-byte or legacy charset of a page that
// declares none and is not valid UTF-8 (ICU's detector, gogs/chardet). A
// page that is mostly valid UTF-8 is broken UTF-8, not another charset:
// ICU calls a Bengali UTF-8 page with one bad byte windows-1252 with 98%
// confidence, the very garbage this refuses.
func detectCharset(data []byte) (string, bool) {
	valid, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			invalid++
		} else {
			valid++
		}
		i += n
	}
	if valid >= invalid {
		return "", false
	}
	res, err := chardet.NewHtmlDetector().DetectBest(data[:min(len(data), 64<<10)])
	if err != nil || res.Confidence < detectMinConfidence || strings.EqualFold(res.Charset, "utf-8") {
		return "", false
	}
	return res.Charset, true
}

// htmlCharset returns the charset label a page declares, and whether it
// declares one.
func htmlCharset(data []byte, contentType string) (label string, declared bool) {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		return "utf-8", true
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		return "utf-16le", true
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		return "utf-16be", true
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if cs := strings.TrimSpace(params["charset"]); cs != "" {
			return cs, true
		}
	}
	return metaCharset(data)
}

// metaCharset finds <meta charset=…> or <meta http-equiv="Content-Type"
// content="…; charset=…"> in the first 1,024 bytes.
func metaCharset(data []byte) (string, bool) {
	z := html.NewTokenizer(bytes.NewReader(data[:min(len(data), 1024)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return "", false
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var cs, content string
			var httpEquiv bool
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					httpEquiv = strings.EqualFold(string(v), "content-type")
				case "content":
					content = string(v)
				}
			}
			if cs = strings.TrimSpace(cs); cs != "" {
				return cs, true
			}
			if httpEquiv {
				if _, params, err := mime.ParseMediaType(content); err == nil && strings.TrimSpace(params["charset"]) != "" {
					return strings.TrimSpace(params["charset"]), true
				}
			}
		}
	}
}

// clip shortens s to at most n bytes for an error message.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// htmlReadableText turns readability's article HTML into plain text with one
// line per paragraph, heading, list item or table row: the engine ends a
// claim at a line break, so htmlBlocks must not run together into one claim.
func htmlReadableText(content string) (string, error) {
	doc, err := html.Parse(strings.NewReader(content))
	if err != nil {
		return "", err
	}
	var t htmlText
	t.walk(doc)
	return t.String(), nil
}

// htmlText collects text, collapsing white space inside a block and
// breaking lines between htmlBlocks.
type htmlText struct {
	b     strings.Builder
	space bool // a space is pending before the next word
}

// htmlSkipped elements hold no article prose. Readability removes most of
// them, but on a short page it falls back to the whole body, menus and all.
var htmlSkipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Iframe: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Object: true, atom.Canvas: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
}

// htmlBlocks start and end a line.
var htmlBlocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true,
	atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Section: true,
	atom.Article: true, atom.Header: true,
	atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Address: true,
	atom.Main: true, atom.Details: true, atom.Summary: true,
	atom.Caption: true, atom.Br: true,
}

func (t *htmlText) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		t.text(n.Data)
		return
	case html.ElementNode:
		if htmlSkipped[n.DataAtom] {
			return
		}
		if htmlBlocks[n.DataAtom] {
			t.newline()
			defer t.newline()
		} else if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
			t.space = true // cells of a row read as one line
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.walk(c)
	}
}

// text appends s with runs of white space (newlines included: HTML source
// breaks lines anywhere) collapsed to one space.
func (t *htmlText) text(s string) {
	for _, r := range s {
		if unicode.IsSpace(r) {
			t.space = true
			continue
		}
		if t.space && t.b.Len() > 0 && !t.atLineStart() {
			t.b.WriteByte(' ')
		}
		t.space = false
		t.b.WriteRune(r)
	}
}

// newline ends the current line unless it is empty: htmlBlocks nest, and
// nested htmlBlocks must not leave blank lines.
func (t *htmlText) newline() {
	t.space = false
	if t.b.Len() > 0 && !t.atLineStart() {
		t.b.WriteByte('\n')
	}
}

func (t *htmlText) atLineStart() bool {
	s := t.b.String()
	return s != "" && s[len(s)-1] == '\n'
}

// String returns the text without a trailing line break.
func (t *htmlText) String() string { return strings.TrimRight(t.b.String(), "\n") }
