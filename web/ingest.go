package web

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
// whole rather than after.
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

// ReadDocuments reads the articles of one file named name from r, by the
// name's extension: one document for text and HTML, one per line for JSONL.
// limit caps the size of the file (of each line for JSONL); 0 means
// DefaultLimit. Errors are *claims.Error with code EINVALID and a message
// a reviewer can act on; a JSONL file returns the good lines' documents
// together with one error per bad line, naming its line number.
func ReadDocuments(name string, r io.Reader, limit int64) ([]Document, []error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	base := filepath.Base(name)
	format, _ := FormatOf(name)
	if format == FormatJSONL {
		return readJSONL(base, r, limit)
	}
	data, err := readIngest(r, limit)
	if err != nil {
		return nil, []error{err}
	}
	var doc Document
	switch format {
	case FormatHTML:
		doc, err = htmlDocument(base, data, "", nil)
	default:
		doc, err = textDocument(base, data)
	}
	if err != nil {
		return nil, []error{err}
	}
	return []Document{doc}, nil
}

// readIngest reads all of r, refusing more than limit bytes without
// reading further than one byte past it.
func readIngest(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if int64(len(data)) > limit {
		return nil, claims.Errorf(claims.EINVALID, "too large: more than %s", ingestSize(limit))
	}
	return data, nil
}

// textDocument checks that data is text worth handing to the engine. The
// engine checks again; checking here names the problem before any work.
func textDocument(origin string, data []byte) (Document, error) {
	if err := checkIngestText(data); err != nil {
		return Document{}, err
	}
	return Document{Origin: origin, Text: data}, nil
}

// checkIngestText refuses empty, binary and non-UTF-8 input with a plain reason.
func checkIngestText(data []byte) error {
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

// ingestSize writes a size the way people say it: 5 MB, 512 KB, 100 bytes.
func ingestSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
