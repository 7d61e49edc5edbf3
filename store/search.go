package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/mattn/go-sqlite3"
	"golang.org/x/text/unicode/norm"

	"github.com/claimdesk/claimdesk/claims"
)

// Search result limits.
const (
	DefaultSearchLimit = 50
	MaxSearchLimit     = 500
)

// searchRankAtMost bounds how many hits one search ranks. Ranking (bm25)
// reads every hit of every word to weigh it, so a word most claims hold
// (কিম, Russia) cost seconds at 100,000 articles whatever the limit; a
// query with more hits than this shows its newest claims instead, which
// FTS5 reads in rowid order and stops after.
const searchRankAtMost = 500

// SearchClaims returns the claims that match query, best first (FTS5 bm25),
// at most limit (DefaultSearchLimit when limit <= 0); a query that more
// than searchRankAtMost claims match returns its newest claims, newest
// first (those holding its words as written, when they alone are more).
//
// A plain query (words only) finds claims holding every word as a word or
// the start of one, in their text or in their search terms (claims.terms:
// canonical English names, the English words for what a figure counts, and
// figures in plain digits, so "troops" and "North Korea" find Bengali and
// Marathi claims, and "10000", "10,000" and "১০,০০০" find each other): Bengali and Marathi attach case endings to names and
// nouns (পুতিনকে, सैन्याला), so "পুতিন" must find "পুতিনকে". Punctuation inside
// a word ("10,000") keeps its parts together as a phrase. A query using FTS5
// syntax (quotes, *, parentheses, AND/OR/NOT/NEAR, column:) is passed through
// as written; a syntax error there is EINVALID, for the reviewer to fix.
func (db *DB) SearchClaims(ctx context.Context, query string, limit int) ([]claims.ClaimRow, error) {
	match := ftsQuery(query)
	if match == "" {
		return nil, claims.Errorf(claims.EINVALID, "Type one or more words to search for.")
	}
	if limit <= 0 {
		limit = DefaultSearchLimit
	}
	limit = min(limit, MaxSearchLimit)
	var out []claims.ClaimRow
	scan := func(rows *sql.Rows) error {
		r, err := scanClaim(rows)
		if err != nil {
			return err
		}
		out = append(out, r)
		return nil
	}
	// A word most claims hold as written is common as a prefix too, and a
	// prefix reads every claim of every word it starts (FTS5 merges their
	// lists whole: 9 ms for কিম* at 100,000 articles, a rowid bound does not
	// shorten it), where the word as written is read newest first and
	// stopped after (0.1 ms). So when the words as written have more hits
	// than are ranked, the page is their newest claims.
	full, err := db.newestHits(ctx, exactQuery(query), limit, scan)
	if err == nil && !full {
		full, err = db.newestHits(ctx, match, limit, scan)
	}
	if err == nil && !full {
		err = db.stream(ctx, `WITH hits AS (
				SELECT rowid, rank FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?)
			SELECT `+claimColumns+` FROM hits
			JOIN claims c ON c.id = hits.rowid JOIN articles a ON a.id = c.article_id
			ORDER BY hits.rank, c.id`, []any{match, limit}, scan)
	}
	var se sqlite3.Error
	if errors.As(err, &se) && se.Code == sqlite3.ErrError {
		// FTS5 reports a malformed query as a plain SQL error: the query is
		// the only thing the reviewer controls here. Its text ("fts5: syntax
		// error near ...") means nothing to a reviewer, so it is not shown.
		return nil, claims.Errorf(claims.EINVALID, "Cannot search for “%s”: quotes, brackets, * or AND/OR/NOT/NEAR are not used the way search reads them. Search for plain words, or put a phrase in double quotes.", query)
	} else if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return out, nil
}

// newestHits passes scan the newest limit claims matching the FTS5 query
// match when at least searchRankAtMost claims match it, and nothing
// otherwise (full says which). The hits are counted and their claims read
// in one statement: the ids of 500 hits read back to Go one row each, then
// bound one by one to a second query, cost more than the claims' rows.
func (db *DB) newestHits(ctx context.Context, match string, limit int, scan func(*sql.Rows) error) (full bool, err error) {
	err = db.stream(ctx, `WITH hits AS MATERIALIZED (
			SELECT rowid AS id FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
		SELECT `+claimColumns+` FROM claims c JOIN articles a ON a.id = c.article_id
		WHERE (SELECT count(*) FROM hits) = ? AND c.id IN (SELECT id FROM hits ORDER BY id DESC LIMIT ?)
		ORDER BY c.id DESC`, []any{match, searchRankAtMost, searchRankAtMost, limit},
		func(rows *sql.Rows) error {
			full = true
			return scan(rows)
		})
	return full, err
}

// ftsQuery turns what a reviewer typed into an FTS5 query: NFC, like the
// indexed text, and for plain words one prefix phrase per space-separated
// word. It returns "" when nothing searchable is left.
func ftsQuery(query string) string {
	q := strings.TrimSpace(norm.NFC.String(query))
	if q == "" {
		return ""
	}
	if usesSyntax(q) {
		return q
	}
	var phrases []string
	for _, word := range strings.Fields(q) {
		toks := tokens(word)
		if len(toks) == 0 {
			continue
		}
		written := `"` + strings.Join(toks, " ") + `"`
		if digits, ok := claims.SearchFigure(word); ok {
			// A figure finds the claims whose figure it is, in whatever
			// script or grouping they wrote it (claims.terms holds it in
			// plain digits), and the claims that write it this way. No
			// prefix: 10000 must not find 100000.
			if d := strings.Join(tokens(digits), " "); d != strings.Join(toks, " ") {
				phrases = append(phrases, `("`+digits+`" OR `+written+`)`)
				continue
			}
			// "1.5" is its own plain digits: one phrase, not the same
			// phrase twice, which FTS5 would read twice.
			phrases = append(phrases, written)
			continue
		}
		phrases = append(phrases, written+`*`)
	}
	return strings.Join(phrases, " ")
}

// exactQuery is ftsQuery for the words as written, none of them a
// prefix; a query in FTS5 syntax is left as written.
func exactQuery(query string) string {
	q := ftsQuery(query)
	if usesSyntax(strings.TrimSpace(norm.NFC.String(query))) {
		return q
	}
	return strings.ReplaceAll(q, `"*`, `"`)
}

// usesSyntax reports whether q is written in FTS5 query syntax rather than
// as plain words.
func usesSyntax(q string) bool {
	if strings.ContainsAny(q, `"*()^:`) {
		return true
	}
	for _, w := range strings.Fields(q) {
		switch w {
		case "AND", "OR", "NOT", "NEAR":
			return true
		}
	}
	return false
}

// tokens splits a word as claims_fts's tokenizer does: letters, numbers,
// marks and private-use characters make up tokens; anything else separates.
func tokens(word string) []string {
	return strings.FieldsFunc(word, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) || unicode.Is(unicode.Co, r))
	})
}
