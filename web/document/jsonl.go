package document

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// jsonlRecord is one line of a JSONL import: the fields scrapers produce.
type jsonlRecord struct {
	Title     string `json:"title"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Language  string `json:"language"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// eachJSONL reads one article per line of r and hands each to fn as soon
// as it is read. The origin of each is the file's base name and the line
// number (feed.jsonl#3), not the record's URL: the URL is optional, may
// repeat across records, and a reviewer who finds a bad claim needs to get
// back to the exact line. The URL is kept in Meta.URL. Blank lines are
// skipped; a bad line costs only itself.
func eachJSONL(base string, r io.Reader, limit int64, fn func(Document, error) bool) {
	br := bufio.NewReaderSize(r, 64<<10)
	seen := false
	for n := 1; ; n++ {
		line, tooLong, err := readJSONLLine(br, limit)
		if err != nil && !errors.Is(err, io.EOF) {
			if claims.ErrorCode(err) != claims.EINVALID {
				err = fmt.Errorf("read: %w", err)
			}
			fn(Document{}, claims.Errorf(claims.EINVALID, "line %d: %s", n, claims.ErrorMessage(err)))
			return
		}
		if tooLong {
			seen = true
			if !fn(Document{}, claims.Errorf(claims.EINVALID, "line %d: too large: more than %s", n, Size(limit))) {
				return
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			seen = true
			if !fn(jsonlDocument(base, n, line)) {
				return
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	if !seen {
		fn(Document{}, claims.Errorf(claims.EINVALID, "empty: no articles in the file"))
	}
}

// readJSONLLine reads one line without its end, keeping at most limit bytes: an
// overlong line is consumed and reported, never held in memory whole.
func readJSONLLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > limit+1 { // +1: the '\n' itself
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		line = bytes.TrimRight(line, "\r\n")
		return line, tooLong, err
	}
}

// jsonlDocument turns line number n into a Document, or says what is wrong
// with it.
func jsonlDocument(base string, n int, line []byte) (Document, error) {
	// encoding/json silently turns invalid UTF-8 into U+FFFD; a reviewer
	// would then check garbage that the source never said.
	if n == 1 {
		line = bytes.TrimPrefix(line, []byte("\uFEFF"))
	}
	if err := checkText(line); err != nil {
		return Document{}, claims.Errorf(claims.EINVALID, "line %d: %s", n, claims.ErrorMessage(err))
	}
	var rec jsonlRecord
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&rec); err != nil {
		return Document{}, claims.Errorf(claims.EINVALID, "line %d: not a JSON object: %v", n, err)
	}
	if dec.More() {
		return Document{}, claims.Errorf(claims.EINVALID, "line %d: more than one JSON value on the line", n)
	}
	if strings.TrimSpace(rec.Text) == "" {
		return Document{}, claims.Errorf(claims.EINVALID, "line %d: no \"text\"", n)
	}
	// JSON escapes can spell what the file's bytes could not (\u0000);
	// the text obeys the same rules as a text file's.
	if err := checkText([]byte(rec.Text)); err != nil {
		return Document{}, claims.Errorf(claims.EINVALID, "line %d: text: %s", n, claims.ErrorMessage(err))
	}
	if u := strings.TrimSpace(rec.URL); u != "" {
		if err := claims.CheckURL(u); err != nil {
			return Document{}, claims.Errorf(claims.EINVALID, "line %d: %s", n, claims.ErrorMessage(err))
		}
	}
	meta := claims.Meta{
		Title:    strings.TrimSpace(rec.Title),
		Source:   strings.TrimSpace(rec.Source),
		URL:      strings.TrimSpace(rec.URL),
		Language: language(rec.Language),
	}
	if rec.Published != "" {
		t, err := parseIngestPublished(rec.Published)
		if err != nil {
			return Document{}, claims.Errorf(claims.EINVALID, "line %d: %v", n, err)
		}
		meta.Published = t
	}
	return Document{Origin: fmt.Sprintf("%s#%d", base, n), Meta: meta, Text: []byte(rec.Text)}, nil
}

// ingestTimeLayouts are the date forms scrapers write, most precise first.
var ingestTimeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02",
}

// parseIngestPublished reads a publication date or time; one without a zone is UTC.
func parseIngestPublished(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range ingestTimeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("published %q is not a date (want 2006-01-02 or RFC 3339)", s)
}

// language reduces a language tag ("bn-BD", "mr_IN", "EN") to the ISO
// 639-1 code the engine knows. A code the engine does not know is dropped so
// that language detection decides instead: pages often declare a wrong one.
func language(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	switch tag {
	case "bn", "mr", "hi", "en":
		return tag
	}
	return ""
}
