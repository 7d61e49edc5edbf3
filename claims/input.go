package claims

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"
)

// Input is a parsed article: what the front matter said and the body text
// after it.
type Input struct {
	Meta Meta
	Body string
	// BodyStart is the number of runes of the raw input before Body: add it
	// to a body offset to get an offset in Article.Raw.
	BodyStart int
}

// ParseInput checks raw and splits it into front matter and body. Raw text
// may open with a "---" line, "key: value" lines (title, source, url,
// language, published) and a closing "---" line. Empty, binary, invalid
// UTF-8 and oversized input, and malformed front matter, are rejected with an
// EINVALID *Error that says what is wrong and where.
func ParseInput(raw []byte, maxBytes int) (Input, error) {
	in, _, err := parseInput(raw, maxBytes)
	return in, err
}

// parseInput is ParseInput that also returns raw as a string, which Body
// is a slice of: Process keeps it as Article.Raw instead of copying the
// article a second time.
func parseInput(raw []byte, maxBytes int) (Input, string, error) {
	if maxBytes > 0 && len(raw) > maxBytes {
		return Input{}, "", Errorf(EINVALID, "article is %d bytes, over the limit of %d bytes", len(raw), maxBytes)
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return Input{}, "", Errorf(EINVALID, "article is binary: NUL byte at byte %d", i)
	}
	if i := invalidUTF8At(raw); i >= 0 {
		return Input{}, "", Errorf(EINVALID, "invalid UTF-8 at byte %d", i)
	}
	text := string(raw)
	if isBlank(text) {
		return Input{}, "", Errorf(EINVALID, "article is empty")
	}
	meta, bodyAt, err := parseFrontMatter(text)
	if err != nil {
		return Input{}, "", err
	}
	body := text[bodyAt:]
	if isBlank(body) {
		return Input{}, "", Errorf(EINVALID, "article has no text after its front matter")
	}
	return Input{Meta: meta, Body: body, BodyStart: utf8.RuneCountInString(text[:bodyAt])}, text, nil
}

// invalidUTF8At returns the byte offset of the first invalid UTF-8 sequence
// in b, or -1.
func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		// Bengali and Devanagari letters, most of an article, are E0 A4..A7
		// followed by a continuation byte: valid without decoding, a run
		// of them at a time (read at constant indices of the rest, which
		// need no bounds check). This one pass replaced utf8.Valid, which
		// decoded them one by one.
		if b[i] == 0xE0 {
			rest := b[i:]
			for len(rest) >= 3 && rest[0] == 0xE0 && rest[1]-0xA4 < 4 && rest[2]&0xC0 == 0x80 {
				rest = rest[3:]
			}
			if end := len(b) - len(rest); end > i {
				i = end
				continue
			}
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// isBlank reports whether s holds nothing but white space and invisible
// format characters.
func isBlank(s string) bool {
	for _, r := range s {
		if !isSpaceRune(r) && !isZeroWidth(r) {
			return false
		}
	}
	return true
}

// parseFrontMatter reads the front matter at the top of text, if any, and
// returns it with the byte offset where the body starts.
func parseFrontMatter(text string) (Meta, int, error) {
	var meta Meta
	start := 0
	if strings.HasPrefix(text, "\uFEFF") {
		start = len("\uFEFF")
	}
	first, next := lineAt(text, start)
	if strings.TrimRight(first, " \t\r") != "---" {
		return meta, 0, nil
	}
	if !hasClosingLine(text[next:]) {
		return meta, 0, Errorf(EINVALID, "front matter opened by --- on line 1 is never closed by a --- line")
	}
	seen := map[string]int{}
	for n := 2; next < len(text); n++ {
		var line string
		line, next = lineAt(text, next)
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "---" || trimmed == "...":
			return meta, next, nil
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
			continue
		}
		key, value, ok := strings.Cut(trimmed, ":")
		key = strings.ToLower(strings.TrimSpace(key))
		if !ok || key == "" || strings.ContainsAny(key, " \t") {
			return meta, 0, Errorf(EINVALID, "front matter line %d: want \"key: value\", got %q", n, clip(trimmed, 60))
		}
		if prev, dup := seen[key]; dup {
			return meta, 0, Errorf(EINVALID, "front matter line %d: %s is given twice (first on line %d)", n, key, prev)
		}
		seen[key] = n
		if problem := setMeta(&meta, key, unquote(strings.TrimSpace(value))); problem != "" {
			return meta, 0, Errorf(EINVALID, "front matter line %d: %s", n, problem)
		}
	}
	return meta, 0, Errorf(EINVALID, "front matter opened by --- on line 1 is never closed by a --- line")
}

// hasClosingLine reports whether s has a line that closes front matter.
func hasClosingLine(s string) bool {
	for i := 0; i < len(s); {
		line, next := lineAt(s, i)
		if t := strings.TrimSpace(line); t == "---" || t == "..." {
			return true
		}
		i = next
	}
	return false
}

// lineAt returns the line that starts at byte i of s, without its newline,
// and the offset of the next line.
func lineAt(s string, i int) (line string, next int) {
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		return s[i : i+j], i + j + 1
	}
	return s[i:], len(s)
}

// setMeta stores one front-matter value and returns what is wrong with it,
// or "". Unknown keys (author, tags) are allowed and ignored: exporters add
// their own.
func setMeta(m *Meta, key, value string) (problem string) {
	switch key {
	case "title":
		m.Title = value
	case "source", "site", "outlet":
		m.Source = value
	case "url", "link":
		if value == "" {
			return ""
		}
		if err := CheckURL(value); err != nil {
			return ErrorMessage(err)
		}
		m.URL = value
	case "language", "lang":
		if value == "" {
			return ""
		}
		code, ok := LanguageCode(value)
		if !ok {
			return fmt.Sprintf("unknown language code %q (use bn, mr, hi or en)", clip(value, 40))
		}
		m.Language = code
	case "published", "date":
		if value == "" {
			return ""
		}
		t, ok := parsePublished(value)
		if !ok {
			return fmt.Sprintf("published %q is not a date (use 2006-01-02)", clip(value, 60))
		}
		m.Published = t
	}
	return ""
}

// CheckURL refuses an article address that is not an absolute http or https
// URL: a javascript: or data: address would become a link in the workbench
// and in ClaimReview. Every way in (front matter, JSONL, HTML, a pasted
// form, Process itself) applies this one rule.
func CheckURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Errorf(EINVALID, "url %q is not an http(s) address", clip(s, 80))
	}
	return nil
}

// unquote strips one pair of matching quotes around a front-matter value.
func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return strings.TrimSpace(v[1 : len(v)-1])
	}
	return v
}

// publishedLayouts are the date layouts front matter is seen with, most
// specific first. Dates without a zone are taken as UTC.
var publishedLayouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"2006.01.02",
	"2006-01",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"02 Jan 2006",
	"Monday, January 2, 2006",
}

// parsePublished reads a published date in any of publishedLayouts.
func parsePublished(v string) (time.Time, bool) {
	for _, layout := range publishedLayouts {
		if t, err := time.Parse(layout, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// languageNames maps what front matter says for a language to its code.
var languageNames = map[string]string{
	"bn": "bn", "ben": "bn", "bengali": "bn", "bangla": "bn", "বাংলা": "bn",
	"mr": "mr", "mar": "mr", "marathi": "mr", "मराठी": "mr",
	"hi": "hi", "hin": "hi", "hindi": "hi", "हिन्दी": "hi", "हिंदी": "hi",
	"en": "en", "eng": "en", "english": "en",
}

// LanguageCode returns the ISO 639-1 code for a language as front matter or
// an HTML page may name it: a code ("bn", "en-US", "mr_IN") or a name
// ("Bengali", "मराठी"). ok is false for a language Claimdesk does not know.
func LanguageCode(s string) (code string, ok bool) {
	k := MatchKey(s)
	if i := strings.IndexAny(k, "-_"); i > 0 {
		k = k[:i]
	}
	code, ok = languageNames[k]
	return code, ok
}

// clip shortens s to at most n runes for an error message.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
