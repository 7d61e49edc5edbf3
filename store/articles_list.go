package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// ArticleFilter narrows the articles list. Empty fields do not filter.
type ArticleFilter struct {
	Language string  // the article's language, ISO 639-1
	Source   string  // the outlet's name, or the origin of an article without one
	IDs      []int64 // only these articles (an import's result), when set
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
// skipping offset, and how many there are in all.
func (db *DB) Articles(ctx context.Context, f ArticleFilter, limit, offset int) ([]ArticleSummary, int, error) {
	var where conds
	where.add(f.Language != "", "a.language = ?", f.Language)
	where.add(f.Source != "", "COALESCE(s.name, a.origin) = ?", f.Source)
	if len(f.IDs) > 0 {
		ids := make([]any, len(f.IDs))
		for i, id := range f.IDs {
			ids[i] = id
		}
		where.add(true, "a.id IN (?"+strings.Repeat(", ?", len(ids)-1)+")", ids...)
	}
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, fmt.Errorf("articles: %w", err)
	}
	defer tx.Rollback()
	var total int
	from := ` FROM articles a LEFT JOIN sources s ON s.id = a.source_id` + where.sql()
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*)`+from, where.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("articles: %w", err)
	}
	// Match counts come from one grouped pass over matches rather than a
	// subquery per article and side.
	rows, err := tx.QueryContext(ctx, `WITH page AS (
			SELECT a.id, a.origin, a.title, COALESCE(s.name, '') AS source, a.language,
				COALESCE(a.published, '') AS published, a.created_at`+from+`
			ORDER BY a.id DESC LIMIT ? OFFSET ?),
		sides AS (
			SELECT c.article_id, m.relation, COUNT(DISTINCT m.id) AS n
			FROM matches m JOIN claims c ON c.id IN (m.claim_a, m.claim_b)
			WHERE c.article_id IN (SELECT id FROM page)
			GROUP BY c.article_id, m.relation)
		SELECT p.id, p.origin, p.title, p.source, p.language, p.published, p.created_at,
			(SELECT COUNT(*) FROM claims c WHERE c.article_id = p.id),
			(SELECT COUNT(*) FROM flags f WHERE f.article_id = p.id),
			COALESCE((SELECT n FROM sides WHERE article_id = p.id AND relation = 'conflicts'), 0),
			COALESCE((SELECT n FROM sides WHERE article_id = p.id AND relation = 'agrees'), 0)
		FROM page p ORDER BY p.id DESC`, append(where.args, limit, offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("articles: %w", err)
	}
	defer rows.Close()
	var out []ArticleSummary
	for rows.Next() {
		var a ArticleSummary
		var published, created string
		if err := rows.Scan(&a.ID, &a.Origin, &a.Title, &a.Source, &a.Language, &published, &created,
			&a.Claims, &a.Flags, &a.Conflicts, &a.Agreements); err != nil {
			return nil, 0, fmt.Errorf("articles: %w", err)
		}
		a.Published, a.ImportedAt = parseStamp(published), parseStamp(created)
		out = append(out, a)
	}
	return out, total, rows.Err()
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
	URL    string
	Raw    string
	Clean  string
	Hash   string
	Claims []ArticleClaim
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
		COALESCE(a.published, ''), a.created_at, a.url, a.body, a.hash
		FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?`, id).
		Scan(&p.ID, &p.Origin, &p.Title, &p.Source, &p.Language, &published, &created, &p.URL, &body, &p.Hash)
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

func articleClaims(ctx context.Context, tx *sql.Tx, p *ArticlePage) error {
	rows, err := tx.QueryContext(ctx, `SELECT c.id, c.ordinal, c.text, c.start, c."end", c.clean_start, c.clean_end,
		c.language, c.score, c.score_reasons,
		(SELECT COUNT(*) FROM matches m WHERE (m.claim_a = c.id OR m.claim_b = c.id) AND m.relation = 'conflicts'),
		(SELECT COUNT(*) FROM matches m WHERE (m.claim_a = c.id OR m.claim_b = c.id) AND m.relation = 'agrees'),
		COALESCE((SELECT v.verdict FROM verdicts v WHERE v.claim_id = c.id), '')
		FROM claims c WHERE c.article_id = ? ORDER BY c.ordinal`, p.ID)
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
