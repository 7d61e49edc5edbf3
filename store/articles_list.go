package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// ArticleFilter narrows the articles list. Empty fields do not filter.
type ArticleFilter struct {
	Language string  // the article's language, ISO 639-1
	Source   string  // the outlet's name, or the origin of an article without one
	IDs      []int64 // only these articles (an import's result), when set
	// OlderThan and NewerThan page the list by keyset: only articles
	// imported before (after) the one with this id. The page newer than
	// an article holds the limit articles just above it, still newest first.
	OlderThan, NewerThan int64
}

// conds builds the WHERE terms over articles a, each one an index can
// answer (articles_language, articles_source, articles_unsourced).
func (f ArticleFilter) conds() conds {
	var c conds
	c.add(f.Language != "", "a.language = ?", f.Language)
	c.add(f.Source != "", "(a.source_id IN (SELECT id FROM sources WHERE name = ?) OR (a.source_id IS NULL AND a.origin = ?))", f.Source, f.Source)
	if len(f.IDs) > 0 {
		ids := make([]any, len(f.IDs))
		for i, id := range f.IDs {
			ids[i] = id
		}
		c.add(true, "a.id IN (?"+strings.Repeat(", ?", len(ids)-1)+")", ids...)
	}
	return c
}

// ArticleSummary is one row of the articles list.
type ArticleSummary struct {
	ID         int64
	Origin     string
	Title      string
	Source     string // outlet name; "" when unknown
	Language   string
	Published  time.Time // zero when unknown
	ImportedAt time.Time
	Claims     int
	Flags      int
	Conflicts  int // conflicts (any status) a claim of this article takes part in
	Agreements int
}

// Articles returns up to limit articles under f, newest import first, after
// skipping offset, and how many there are under f in all (the kept count
// when nothing filters). A page reads its own rows and their matches
// through the indexes on claims and matches: its cost does not grow with
// the corpus, but for offset, which f.OlderThan replaces.
func (db *DB) Articles(ctx context.Context, f ArticleFilter, limit, offset int) ([]ArticleSummary, int, error) {
	where := f.conds()
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, fmt.Errorf("articles: %w", err)
	}
	defer tx.Rollback()
	var total int
	if len(where.terms) == 0 {
		err = tx.QueryRowContext(ctx, `SELECT COALESCE((SELECT n FROM tallies WHERE name = 'articles'), 0)`).Scan(&total)
	} else {
		err = tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles a`+where.sql(), where.args...).Scan(&total)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("articles: %w", err)
	}
	order := ` ORDER BY a.id DESC`
	where.add(f.OlderThan != 0, "a.id < ?", f.OlderThan)
	if f.NewerThan != 0 {
		where.add(true, "a.id > ?", f.NewerThan)
		order = ` ORDER BY a.id`
	}
	rows, err := tx.QueryContext(ctx, articlesQuery(where, order), append(where.args, limit, offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("articles: %w", err)
	}
	defer rows.Close()
	var out []ArticleSummary
	for rows.Next() {
		var a ArticleSummary
		var published, created string
		if err := rows.Scan(&a.ID, &a.Origin, &a.Title, &a.Source, &a.Language, &published, &created,
			&a.Claims, &a.Flags); err != nil {
			return nil, 0, fmt.Errorf("articles: %w", err)
		}
		a.Published, a.ImportedAt = parseStamp(published), parseStamp(created)
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("articles: %w", err)
	}
	if err := articleMatchCounts(ctx, tx, out); err != nil {
		return nil, 0, fmt.Errorf("articles: %w", err)
	}
	if f.NewerThan != 0 {
		slices.Reverse(out)
	}
	return out, total, nil
}

// articlesQuery is the articles list's page under where, in order: each
// article with its counts of claims and flags, then where's arguments,
// limit and offset.
func articlesQuery(where conds, order string) string {
	return `SELECT a.id, a.origin, a.title, COALESCE(s.name, ''), a.language,
			COALESCE(a.published, ''), a.created_at,
			(SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id),
			(SELECT COUNT(*) FROM flags f WHERE f.article_id = a.id)
		FROM articles a LEFT JOIN sources s ON s.id = a.source_id` + where.sql() + order + ` LIMIT ? OFFSET ?`
}

// articleMatchesQuery counts the conflicts and agreements of the articles
// it is given the ids of (n of them), by article and relation.
//
// A match is counted once for an article even when both its claims are the
// article's (COUNT(DISTINCT)); the OR reads each claim's matches through
// the indexes on claim_a and on claim_b. One statement for the page's
// articles, where a subquery for each article and relation read each
// article's claims' matches twice (0.76 of the page's 0.94 ms of SQL at
// 100,000 articles, this 0.46). The relation is +m.relation so the planner
// never reads the matches from matches_rank (relation first), which would
// scan every match of the relation (TestArticlesPlan).
func articleMatchesQuery(n int) string {
	return `SELECT c.article_id, m.relation, COUNT(DISTINCT m.id)
		FROM claims c JOIN matches m ON m.claim_a = c.id OR m.claim_b = c.id
		WHERE c.article_id IN (?` + strings.Repeat(", ?", n-1) + `) AND +m.relation IN (?, ?)
		GROUP BY c.article_id, m.relation`
}

// articleMatchCounts fills in each article's conflicts and agreements.
func articleMatchCounts(ctx context.Context, tx *sql.Tx, arts []ArticleSummary) error {
	if len(arts) == 0 {
		return nil
	}
	at := make(map[int64]*ArticleSummary, len(arts))
	args := make([]any, 0, len(arts)+2)
	for i := range arts {
		at[arts[i].ID] = &arts[i]
		args = append(args, arts[i].ID)
	}
	rows, err := tx.QueryContext(ctx, articleMatchesQuery(len(arts)), append(args, claims.Conflicts, claims.Agrees)...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var relation string
		var n int
		if err := rows.Scan(&id, &relation, &n); err != nil {
			return err
		}
		if a := at[id]; a != nil && relation == claims.Conflicts {
			a.Conflicts = n
		} else if a != nil {
			a.Agreements = n
		}
	}
	return rows.Err()
}

// ArticleClaim is a claim as the article page lists it: where it sits in the
// clean text, and what reviewers and the engine found on it.
type ArticleClaim struct {
	ID         int64
	Claim      claims.Claim // Text, spans, language, score; facets are not read
	Conflicts  int
	Agreements int
	Verdict    string // "" when none
}

// ArticlePage is everything the article page shows about one article.
type ArticlePage struct {
	ArticleSummary
	StoryID    int64 // the story it reports; 0 before stories were kept
	StoryTitle string
	URL        string
	Raw        string
	Clean      string
	Hash       string
	Claims     []ArticleClaim
	// Removed is what cleaning took out, with spans in Raw.
	Removed []claims.Residue
	// Flags are the article-level flags (spans in Raw) and then every claim's
	// flags, each with the claim it belongs to (0 for the article).
	Flags []FlagRef
}

// FlagRef is a flag with the claim it was raised on; ClaimID is 0 for an
// article-level flag.
type FlagRef struct {
	ClaimID int64
	Ordinal int
	claims.Flag
}

// Article returns one article with its claims, residue and flags;
// ENOTFOUND when there is no such article.
func (db *DB) Article(ctx context.Context, id int64) (ArticlePage, error) {
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return ArticlePage{}, fmt.Errorf("article %d: %w", id, err)
	}
	defer tx.Rollback()
	var p ArticlePage
	var published, created string
	var body []byte
	err = tx.QueryRowContext(ctx, `SELECT a.id, a.origin, a.title, COALESCE(s.name, ''), a.language,
		COALESCE(a.published, ''), a.created_at, a.url, a.body, a.hash, COALESCE(a.story_id, 0), COALESCE(st.title, '')
		FROM articles a LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN stories st ON st.id = a.story_id
		WHERE a.id = ?`, id).
		Scan(&p.ID, &p.Origin, &p.Title, &p.Source, &p.Language, &published, &created, &p.URL, &body, &p.Hash, &p.StoryID, &p.StoryTitle)
	if errors.Is(err, sql.ErrNoRows) {
		return ArticlePage{}, claims.Errorf(claims.ENOTFOUND, "No article %d.", id)
	} else if err != nil {
		return ArticlePage{}, fmt.Errorf("article %d: %w", id, err)
	}
	if p.Raw, p.Clean, err = unpackBody(body); err != nil {
		return ArticlePage{}, fmt.Errorf("article %d: %w", id, err)
	}
	p.Published, p.ImportedAt = parseStamp(published), parseStamp(created)
	if err := articleClaims(ctx, tx, &p); err != nil {
		return ArticlePage{}, fmt.Errorf("article %d claims: %w", id, err)
	}
	if err := articleResidue(ctx, tx, &p); err != nil {
		return ArticlePage{}, fmt.Errorf("article %d residue: %w", id, err)
	}
	if err := articleFlags(ctx, tx, &p); err != nil {
		return ArticlePage{}, fmt.Errorf("article %d flags: %w", id, err)
	}
	return p, nil
}

// articleClaimsQuery lists an article's claims with their counts of
// conflicts and agreements, read through the indexes on claim_a and claim_b
// (+m.relation keeps the planner off matches_rank, as in articlesQuery).
const articleClaimsQuery = `SELECT c.id, c.ordinal, c.text, c.start, c."end", c.clean_start, c.clean_end,
		c.language, c.score, c.score_reasons,
		(SELECT COUNT(*) FROM matches m WHERE (m.claim_a = c.id OR m.claim_b = c.id) AND +m.relation = 'conflicts'),
		(SELECT COUNT(*) FROM matches m WHERE (m.claim_a = c.id OR m.claim_b = c.id) AND +m.relation = 'agrees'),
		COALESCE((SELECT v.verdict FROM verdicts v WHERE v.claim_id = c.id), '')
		FROM claims c WHERE c.article_id = ? ORDER BY c.ordinal`

func articleClaims(ctx context.Context, tx *sql.Tx, p *ArticlePage) error {
	rows, err := tx.QueryContext(ctx, articleClaimsQuery, p.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var ac ArticleClaim
		var reasons string
		c := &ac.Claim
		if err := rows.Scan(&ac.ID, &c.Ordinal, &c.Text, &c.Start, &c.End, &c.CleanStart, &c.CleanEnd,
			&c.Language, &c.Score, &reasons, &ac.Conflicts, &ac.Agreements, &ac.Verdict); err != nil {
			return err
		}
		if reasons != "" {
			c.ScoreReasons = strings.Split(reasons, "; ")
		}
		p.Claims = append(p.Claims, ac)
		p.ArticleSummary.Claims++
		p.ArticleSummary.Conflicts += ac.Conflicts
		p.ArticleSummary.Agreements += ac.Agreements
	}
	return rows.Err()
}

func articleResidue(ctx context.Context, tx *sql.Tx, p *ArticlePage) error {
	rows, err := tx.QueryContext(ctx, `SELECT start, "end", text, reason FROM residue WHERE article_id = ? ORDER BY start, id`, p.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var r claims.Residue
		if err := rows.Scan(&r.Start, &r.End, &r.Text, &r.Reason); err != nil {
			return err
		}
		p.Removed = append(p.Removed, r)
	}
	return rows.Err()
}

func articleFlags(ctx context.Context, tx *sql.Tx, p *ArticlePage) error {
	rows, err := tx.QueryContext(ctx, `SELECT COALESCE(f.claim_id, 0), COALESCE(c.ordinal, 0), f.kind, f.evidence, f.note, f.start, f."end"
		FROM flags f LEFT JOIN claims c ON c.id = f.claim_id
		WHERE f.article_id = ? ORDER BY f.claim_id IS NOT NULL, c.ordinal, f.id`, p.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var f FlagRef
		if err := rows.Scan(&f.ClaimID, &f.Ordinal, &f.Kind, &f.Evidence, &f.Note, &f.Start, &f.End); err != nil {
			return err
		}
		p.Flags = append(p.Flags, f)
	}
	p.ArticleSummary.Flags = len(p.Flags)
	return rows.Err()
}
