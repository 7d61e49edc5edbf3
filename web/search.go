package web

import (
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/claimdesk/claimdesk/claims"
)

// searchLimit is how many claims one search shows.
const searchLimit = 100

// SearchView is the model of the search page.
type SearchView struct {
	Query string
	Error string // a query the index cannot read, in words
	Rows  []SearchRow
	Limit int
}

// SearchRow is one claim found, with its text cut into parts so the query's
// words can be marked.
type SearchRow struct {
	ClaimID, ArticleID int64
	Article            string // origin
	Title              string // the article's name for reviewers
	Language           string
	Ordinal            int
	Worth              string
	Score              float64
	Parts              []TextPart
	Href, ArticleHref  string
	FlagHref           string // flag a pair by hand from this claim
	PickHref           string // on the flag-a-pair page: pick this claim as B
}

// searchPage runs a full-text search over claims in every language; an empty
// query shows how to search, a malformed one says what is wrong.
func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	v := SearchView{Query: strings.TrimSpace(r.URL.Query().Get("q")), Limit: searchLimit}
	status := http.StatusOK
	if v.Query != "" {
		rows, err := s.db.SearchClaims(r.Context(), v.Query, searchLimit)
		if claims.ErrorCode(err) == claims.EINVALID {
			v.Error, status = claims.ErrorMessage(err), http.StatusBadRequest
		} else if err != nil {
			s.error(w, r, err)
			return
		}
		q := readSearch(v.Query)
		for _, row := range rows {
			v.Rows = append(v.Rows, searchRow(row, q))
		}
	}
	title := "Search"
	if v.Query != "" {
		title = "Search: " + v.Query
	}
	s.render(w, r, status, title, SearchPage(v))
}

// searchQuery is what marking a hit needs of the query, read once a page
// rather than once a hit.
type searchQuery struct {
	terms   []string        // searchTerms, each once
	figures map[string]bool // the figures the query names, in plain digits (claims.SearchFigure)
	// What the hits' counted things and entity names were found to match.
	counted, names map[string]bool
}

func readSearch(query string) searchQuery {
	q := searchQuery{figures: map[string]bool{}, counted: map[string]bool{}, names: map[string]bool{}}
	seen := map[string]bool{}
	for _, term := range searchTerms(query) {
		if !seen[term] {
			seen[term] = true
			q.terms = append(q.terms, term)
		}
	}
	for _, w := range strings.Fields(query) {
		if d, ok := claims.SearchFigure(w); ok {
			q.figures[d] = true
		}
	}
	return q
}

func searchRow(row claims.ClaimRow, q searchQuery) SearchRow {
	id := itoa64(row.ClaimID)
	return SearchRow{
		ClaimID: row.ClaimID, ArticleID: row.ArticleID, Article: row.Article, Title: articleName(row.Title, row.Article),
		Language: row.Claim.Language, Ordinal: row.Claim.Ordinal,
		Score: row.Claim.Score, Worth: fmt.Sprintf("%.0f%%", row.Claim.Score*100),
		Parts:       markSpans(row.Claim.Text, sortSpans(append(termSpans(row.Claim.Text, q.terms), facetSpans(row.Claim, q)...))),
		Href:        "/claims/" + id,
		ArticleHref: "/articles/" + itoa64(row.ArticleID) + "#c" + strconv.Itoa(row.Claim.Ordinal),
		FlagHref:    "/claims/" + id + "/flag-pair",
	}
}

// termSpans finds where the query's words (terms, from searchTerms) start
// words of text, the way the index matched them: NFC, case-insensitive for
// Latin, as word prefixes (so "পুতিন" marks the stem of "পুতিনকে").
func termSpans(text string, terms []string) []span {
	lower := lowerText(text)
	if len(lower) != len(text) {
		// Case folding changed byte lengths: offsets would drift, so match
		// the text as written.
		lower = text
	}
	var spans []span
	for _, term := range terms {
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], term)
			if i < 0 {
				break
			}
			i += from
			if prev, _ := utf8.DecodeLastRuneInString(lower[:i]); i == 0 || !isWordRune(prev) {
				start := utf8.RuneCountInString(text[:i])
				end := graphemeEnd(text, i+len(term))
				spans = append(spans, span{start, start + utf8.RuneCountInString(text[i:end])})
			}
			from = i + len(term)
		}
	}
	return sortSpans(spans)
}

// lowerText is strings.ToLower(text) without its cost for the claims most
// searches find: a text of lower-case ASCII and the caseless Indic scripts
// (U+0900-U+0DFF: Devanagari, Bengali and their neighbours; the zero-width
// joiners) is its own lower case, and strings.ToLower maps such a text
// rune by rune through the case tables into a copy (a tenth of a search
// page's CPU at 100,000 articles).
func lowerText(text string) string {
	for _, r := range text {
		caseless := r < 0x80 && !('A' <= r && r <= 'Z') || 0x0900 <= r && r < 0x0E00 || r == '\u200c' || r == '\u200d'
		if !caseless {
			return strings.ToLower(text)
		}
	}
	return text
}

// sortSpans orders spans for markSpans, which skips overlaps, so the longer
// of two spans at one place wins.
func sortSpans(spans []span) []span {
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	return spans
}

// searchTerms splits a query into the words the index looks for, NFC and
// lower case, leaving out FTS5 operators.
func searchTerms(query string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(norm.NFC.String(query), func(r rune) bool { return !isWordRune(r) }) {
		switch w {
		case "AND", "OR", "NOT", "NEAR":
			continue
		}
		out = append(out, strings.ToLower(w))
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// graphemeEnd moves a byte offset of text past the combining marks that
// follow it, and past the consonant a virama joins on: a mark cut off from
// its letter renders as a dotted circle (পুতিন|ের).
func graphemeEnd(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		joined := isVirama(prev) && unicode.IsLetter(r)
		if !unicode.IsMark(r) && !joined && r != '\u200d' && r != '\u200c' {
			break
		}
		i += n
	}
	return i
}

// isVirama reports whether r is the Bengali or Devanagari sign that joins
// two consonants into one cluster.
func isVirama(r rune) bool { return r == '\u09cd' || r == '\u094d' }
