package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/claims/story"
)

// AddResult says what AddArticle stored: the article's id (the existing one
// for a duplicate) and how many claims, flags, conflicts and agreements it
// brought.
type AddResult struct {
	ArticleID  int64
	Duplicate  bool // the same content (Hash) was stored before; nothing was added
	Claims     int
	Flags      int // article and claim flags
	Conflicts  int
	Agreements int
}

// AddArticle stores an article with all its claims, residue, flags and
// facets, places it in its story (claims/story), and adds its statements to
// the facts they state with the match rows they bring, in one transaction: the article is fully stored or not at all.
// Content seen before (the same Hash) returns Duplicate=true and adds nothing.
//
// It fills the claims' facet details in place (claims.ArticleFacets sets
// Quantity.Of), so the stored claims and a's claims agree. An empty Hash is
// computed from Raw.
func (db *DB) AddArticle(ctx context.Context, a *claims.Article) (AddResult, error) {
	// The engine's part (hash, normal form, facets, signals) runs before
	// the transaction: the one write connection is held only for writing,
	// so a reviewer's save waits behind an import for as little as it can.
	return db.AddPreparedArticle(ctx, PrepareArticle(a))
}

// AddPreparedArticle stores an article PrepareArticle prepared, as
// AddArticle does, in its own transaction: an upload prepares the next
// article on another goroutine while this one is written.
func (db *DB) AddPreparedArticle(ctx context.Context, p *PreparedArticle) (AddResult, error) {
	if p == nil {
		return AddResult{}, claims.Errorf(claims.EINVALID, "No article to import.")
	}
	res, err := db.addArticle(ctx, p)
	if err != nil {
		return AddResult{}, addError(p.Article, err)
	}
	return res, nil
}

// addError says why an article was not stored: a row SQLite refused is
// the article's fault (EINVALID), anything else the store's.
func addError(a *claims.Article, err error) error {
	if isConstraint(err) {
		return claims.Errorf(claims.EINVALID, "Article %s cannot be stored: %v.", a.Origin, err)
	}
	return fmt.Errorf("add article %s: %w", a.Origin, err)
}

func (db *DB) addArticle(ctx context.Context, p *PreparedArticle) (AddResult, error) {
	// go-sqlite3 starts a goroutine for every statement run under a
	// context that can be cancelled, to interrupt it (+11% wall, +15% CPU
	// on an import of dozens of statements per article). An article is one
	// short transaction: it is checked for cancellation before it starts
	// and then runs to its end.
	if err := ctx.Err(); err != nil {
		return AddResult{}, err
	}
	ctx = context.WithoutCancel(ctx)
	tx, w, err := db.beginImportOf(ctx, len(p.Article.Claims))
	if err != nil {
		return AddResult{}, err
	}
	defer tx.Rollback()
	defer w.close()
	counts, err := startMatchCounts(ctx, tx)
	if err != nil {
		return AddResult{}, err
	}
	res, err := w.storeInStory(ctx, p)
	if err != nil || res.Duplicate {
		return res, err
	}
	if err := counts.finish(ctx, tx); err != nil {
		return AddResult{}, err
	}
	return res, tx.Commit()
}

// storeInStory stores a prepared article inside w's transaction: the
// article and its facets, its place in its story and its statements with
// the match rows they bring. The story is chosen before the claims are
// stored: a short name the article leaves unresolved ("Kim") may be
// resolved through the full names of the story, and a shared currency word
// (টাকা) it leaves unplaced read as the story's country's; its facets,
// signals and claim columns are then found again.
func (w *articleWriter) storeInStory(ctx context.Context, p *PreparedArticle) (AddResult, error) {
	a := p.Article
	choice, err := chooseStoryBy(ctx, w.tx, a, p.sigs)
	if err != nil {
		return AddResult{}, err
	}
	sigs := p.sigs
	own := sigs // the signals of the claims as they are stored
	if choice.Story != 0 {
		scope, err := storyNamesScope(ctx, w.tx, choice.Story)
		if err != nil {
			return AddResult{}, err
		}
		again := len(scope) > 0 && claims.ResolveNames(a.Claims, scope) > 0
		// A currency word two countries share (টাকা) that the article's
		// own names do not place is the story's country's.
		var country string
		if err := w.tx.QueryRowContext(ctx, `SELECT main_country FROM stories WHERE id = ?`, choice.Story).Scan(&country); err != nil {
			return AddResult{}, fmt.Errorf("story %d country: %w", choice.Story, err)
		}
		if claims.LocaliseCurrency(a.Claims, country) {
			again = true
		}
		if again {
			// Its claims changed: what was found of them ahead is found
			// again here (the body, and the signals its story was
			// chosen by, stay). Finding the article's signals is a tenth
			// of storing it: they are found again only then.
			p = &PreparedArticle{Article: a, facets: prepareArticle(a), sigs: p.sigs, body: p.body}
			own = story.Signals(a)
		}
	}
	res, fresh, err := w.storePrepared(ctx, p)
	if err != nil || res.Duplicate {
		return res, err
	}
	if _, err := w.storeFacets(ctx, fresh); err != nil {
		return AddResult{}, err
	}
	storyID, place, err := placeInStory(ctx, w.tx, res.ArticleID, a, choice, sigs)
	if err != nil {
		return AddResult{}, err
	}
	if err := storeStatements(ctx, w.tx, storyID, place, a, own, fresh, &res); err != nil {
		return AddResult{}, err
	}
	return res, nil
}

// HasArticles reports whether any article is stored: a fresh database loads
// the seeds.
func (db *DB) HasArticles(ctx context.Context) (bool, error) {
	var ok bool
	err := db.read.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM articles)`).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("has articles: %w", err)
	}
	return ok, nil
}

// articleWriter stores articles inside one write transaction through
// prepared statements: an import runs each statement dozens of times per
// article.
type articleWriter struct {
	tx                                          *sql.Tx
	byHash, source, newSource, article, residue *sql.Stmt
	claim                                       *sql.Stmt
	flag, facet                                 *sql.Stmt
	claimBatches                                map[int]*sql.Stmt // by claims per statement (claim_batch.go)
}

// slots lists the writer's statements in the order of writerSQL.
func (w *articleWriter) slots() []**sql.Stmt {
	return []**sql.Stmt{&w.byHash, &w.source, &w.newSource, &w.article, &w.residue, &w.claim,
		&w.flag, &w.facet}
}

var writerSQL = []string{
	`SELECT id FROM articles WHERE hash = ?`,
	// A known source is only read: an upsert would rewrite its row and
	// index entry in every import.
	`SELECT id FROM sources WHERE name = ?`,
	`INSERT INTO sources (name) VALUES (?) RETURNING id`,
	`INSERT INTO articles (origin, title, source_id, url, language, published, body, hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
	`INSERT INTO residue (article_id, start, "end", text, reason) VALUES (?, ?, ?, ?, ?)`,
	claimInsertSQL,
	`INSERT INTO flags (article_id, claim_id, kind, evidence, note, start, "end")
		VALUES (?, ?, ?, ?, ?, ?, ?)`,
	facetInsertSQL,
}

// beginImport starts a write transaction with an articleWriter on the DB's
// cached statements. They are prepared before the transaction begins: the
// write pool has one connection, and the transaction holds it.
func (db *DB) beginImport(ctx context.Context) (*sql.Tx, *articleWriter, error) {
	return db.beginImportOf(ctx, 0)
}

// beginImportOf is beginImport with, from the cache too, the statements that
// store an article of n claims.
func (db *DB) beginImportOf(ctx context.Context, n int) (*sql.Tx, *articleWriter, error) {
	batches := claimBatchSQL(n)
	stmts, err := db.prepared(ctx, append(append([]string(nil), writerSQL...), batches...))
	if err != nil {
		return nil, nil, fmt.Errorf("prepare: %w", err)
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, err
	}
	w := &articleWriter{tx: tx, claimBatches: make(map[int]*sql.Stmt, len(batches))}
	for i, slot := range w.slots() {
		*slot = tx.StmtContext(ctx, stmts[i])
	}
	for i, size := range claimBatchSizes(n) {
		w.claimBatches[size] = tx.StmtContext(ctx, stmts[len(writerSQL)+i])
	}
	return tx, w, nil
}

// newArticleWriter is an articleWriter whose statements are prepared for tx
// alone: for a one-off transaction (rematching one article) that should not
// wait for the cache.
func newArticleWriter(ctx context.Context, tx *sql.Tx) (*articleWriter, error) {
	w := &articleWriter{tx: tx}
	for i, slot := range w.slots() {
		st, err := tx.PrepareContext(ctx, writerSQL[i])
		if err != nil {
			w.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*slot = st
	}
	return w, nil
}

func (w *articleWriter) close() {
	for _, slot := range w.slots() {
		if *slot != nil {
			(*slot).Close()
		}
	}
	for _, st := range w.claimBatches {
		st.Close()
	}
}

// storePrepared inserts an article prepareArticle has seen, with its
// residue, claims and flags, unless its hash is known, and returns the
// facets prepareArticle found, as refs to its stored claims (the facets
// themselves not yet stored), each with its statement when it was found
// ahead.
func (w *articleWriter) storePrepared(ctx context.Context, p *PreparedArticle) (AddResult, []facetRef, error) {
	a, facets := p.Article, p.facets
	var res AddResult
	err := w.byHash.QueryRowContext(ctx, a.Hash).Scan(&res.ArticleID)
	if err == nil {
		res.Duplicate = true
		return res, nil, nil
	} else if !errors.Is(err, sql.ErrNoRows) {
		return res, nil, fmt.Errorf("look up hash: %w", err)
	}
	var source any
	if name := strings.TrimSpace(a.Source); name != "" {
		var id int64
		err := w.source.QueryRowContext(ctx, name).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			err = w.newSource.QueryRowContext(ctx, name).Scan(&id)
		}
		if err != nil {
			return res, nil, fmt.Errorf("source %q: %w", name, err)
		}
		source = id
	}
	var published any
	if !a.Published.IsZero() {
		published = a.Published.UTC().Format(time.RFC3339)
	}
	r, err := w.article.ExecContext(ctx, a.Origin, a.Title, source, a.URL, a.Language, published, p.body, a.Hash)
	if err != nil {
		return res, nil, fmt.Errorf("insert article: %w", err)
	}
	if res.ArticleID, err = r.LastInsertId(); err != nil {
		return res, nil, err
	}
	for _, rs := range a.Removed {
		if _, err := w.residue.ExecContext(ctx, res.ArticleID, rs.Start, rs.End, rs.Text, rs.Reason); err != nil {
			return res, nil, fmt.Errorf("insert residue at %d: %w", rs.Start, err)
		}
	}
	for _, f := range a.Flags {
		if err := w.storeFlag(ctx, res.ArticleID, nil, f); err != nil {
			return res, nil, err
		}
		res.Flags++
	}
	ids, err := w.storeClaims(ctx, res.ArticleID, a.Claims, p.rows)
	if err != nil {
		return res, nil, err
	}
	var fresh []facetRef
	for i := range a.Claims {
		c, id := &a.Claims[i], ids[i]
		res.Claims++
		for _, f := range c.Flags {
			if err := w.storeFlag(ctx, res.ArticleID, id, f); err != nil {
				return res, nil, fmt.Errorf("claim %d: %w", c.Ordinal, err)
			}
			res.Flags++
		}
		for j, f := range facets[i] {
			if f.Key == "" {
				continue
			}
			ref := facetRef{FacetRef: claims.FacetRef{Facet: f,
				ArticleID: res.ArticleID, ClaimID: id, Origin: a.Origin, Text: c.Text, Score: c.Score}, claim: c}
			if p.statements != nil {
				ref.statement = &p.statements[i][j]
			}
			fresh = append(fresh, ref)
		}
	}
	return res, fresh, nil
}

// isConstraint reports whether err is SQLite refusing a row (CHECK, UNIQUE,
// NOT NULL, foreign key): bad input, not a broken database.
func isConstraint(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && se.Code == sqlite3.ErrConstraint
}
