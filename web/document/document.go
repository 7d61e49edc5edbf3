// Package document reads articles from what people bring: text and Markdown
// files with front matter, HTML pages, JSONL feeds, uploads and fetched
// URLs. It turns each into a Document for claims.Process, with one set of
// rules for every format (UTF-8 text, http(s) addresses, a size limit), and
// is shared by the workbench's import page and `claimdesk import`.
package document

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/claimdesk/claimdesk/claims"
)

// Document is one article as read from a file, a JSONL line or a web page,
// ready for claims.Process: its origin, what is known about it, and its text.
type Document struct {
	// Origin names the article in reports: the file's base name
	// (003_c2713db5242469b2.txt), base name and line for JSONL
	// (feed.jsonl#3), or the URL of a fetched page.
	Origin string
	Meta   claims.Meta
	Text   []byte
}

// DefaultLimit is the largest document the readers accept unless told
// otherwise: the engine's own limit, so a file is refused before it is read
// whole rather than after. It counts the text as UTF-8.
const DefaultLimit = claims.DefaultMaxBytes

// Kinds of input, chosen by file extension.
const (
	FormatText  = "text"  // .txt, .md and any unknown extension
	FormatHTML  = "html"  // .html, .htm
	FormatJSONL = "jsonl" // .jsonl: one article per line
)

// FormatOf returns the format of a file by its extension, and whether the
// extension is one Claimdesk knows. Unknown extensions read as text when a
// file is named explicitly; a directory walk skips them.
func FormatOf(name string) (format string, known bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".markdown":
		return FormatText, true
	case ".html", ".htm", ".xhtml":
		return FormatHTML, true
	case ".jsonl", ".ndjson":
		return FormatJSONL, true
	}
	return FormatText, false
}

// Each reads the articles of one file named name from r, by the name's
// extension, and calls fn with each document or error as it is read: one
// for text and HTML, one per line for JSONL, which is streamed so that a
// large feed is never held whole. fn returns false to stop reading.
//
// limit caps the size of the file (of each line for JSONL); 0 means
// DefaultLimit. Text of every format must be UTF-8 (a UTF-16 file with a
// byte order mark is decoded first), without NUL bytes, and an article's url
// must be http(s). Errors are *claims.Error with code EINVALID and a
// message a reviewer can act on; a JSONL error names its line.
func Each(name string, r io.Reader, limit int64, fn func(Document, error) bool) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	base := filepath.Base(name)
	format, _ := FormatOf(name)
	r, utf16 := textReader(r)
	if format == FormatJSONL {
		eachJSONL(base, r, limit, fn)
		return
	}
	data, err := readLimited(r, limit)
	if err != nil {
		fn(Document{}, err)
		return
	}
	var doc Document
	switch format {
	case FormatHTML:
		contentType := ""
		if utf16 {
			// Decoded already: a <meta charset="utf-16"> would now be wrong.
			contentType = "text/html; charset=utf-8"
		}
		doc, err = htmlDocument(base, data, contentType, nil)
	default:
		doc, err = FromText(base, data)
	}
	fn(doc, err)
}

// ReadAll is Each collecting the documents and errors: a JSONL file returns
// the good lines' documents together with one error per bad line.
func ReadAll(name string, r io.Reader, limit int64) ([]Document, []error) {
	var docs []Document
	var errs []error
	Each(name, r, limit, func(d Document, err error) bool {
		if err != nil {
			errs = append(errs, err)
		} else {
			docs = append(docs, d)
		}
		return true
	})
	return docs, errs
}

// readLimited reads all of r, refusing more than limit bytes without
// reading further than one byte past it.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		if claims.ErrorCode(err) == claims.EINVALID {
			return nil, err
		}
		return nil, fmt.Errorf("read: %w", err)
	}
	if int64(len(data)) > limit {
		return nil, claims.Errorf(claims.EINVALID, "too large: more than %s", Size(limit))
	}
	return data, nil
}

// FromText makes a document of text read from a file or pasted, after
// checking that data is text worth handing to the engine. The engine checks
// again; checking here names the problem before any work.
func FromText(origin string, data []byte) (Document, error) {
	if err := checkText(data); err != nil {
		return Document{}, err
	}
	return Document{Origin: origin, Text: data}, nil
}

// checkText refuses empty, binary and non-UTF-8 input with a plain reason.
func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return claims.Errorf(claims.EINVALID, "empty: no text to import")
	}
	// A NUL byte never occurs in text; it is the cheapest sure sign of a
	// binary file (image, PDF, archive) given the wrong extension.
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return claims.Errorf(claims.EINVALID, "binary content (NUL byte at offset %d), not text", i)
	}
	if !utf8.Valid(data) {
		return claims.Errorf(claims.EINVALID, "not valid UTF-8 (at byte %d): convert the file to UTF-8", invalidUTF8At(data))
	}
	return nil
}

// invalidUTF8At returns the offset of the first invalid UTF-8 sequence.
func invalidUTF8At(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// Size writes a size the way people say it: 5 MB, 512 KB, 100 bytes.
func Size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
