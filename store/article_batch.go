package store

import (
	"context"
	"fmt"

	"github.com/claimdesk/claimdesk/claims"
)

// AddArticles stores several articles as AddArticle stores each, in one
// transaction that commits once: an import pays for a commit, and for
// writing out the index pages every article touches, once per batch
// instead of once per article (BenchmarkAddArticles). It is AddPrepared of
// the articles prepared in turn.
//
// It returns each article's result and error, in order; err is the batch's
// own failure (the database, not an article), and then the articles not
// stored are those with neither a result nor an error.
func (db *DB) AddArticles(ctx context.Context, arts []*claims.Article) ([]AddResult, []error, error) {
	ps := make([]*PreparedArticle, len(arts))
	for i, a := range arts {
		ps[i] = PrepareArticle(a)
	}
	return db.AddPrepared(ctx, ps)
}

// AddPrepared stores articles PrepareArticle prepared, in their order, in
// one transaction, as AddArticles does: an import prepares the next batch
// on another goroutine while this one is written (BenchmarkImportAhead).
// Should an article be refused, the batch is rolled back and its articles
// are stored one by one with AddArticle, so that one refused article costs
// only itself; a savepoint per article would have kept that without the
// retry, but cost what the batch saves. The one write connection is held
// while a batch is written, so batches should stay small: a reviewer's
// save waits for them.
func (db *DB) AddPrepared(ctx context.Context, ps []*PreparedArticle) ([]AddResult, []error, error) {
	results := make([]AddResult, len(ps))
	errs := make([]error, len(ps))
	ok, err := db.addBatch(ctx, ps, results)
	if err != nil || ok {
		return results, errs, err
	}
	for i, p := range ps {
		var a *claims.Article
		if p != nil {
			a = p.Article
		}
		// Prepared again: the failed batch may have resolved its names
		// through a story it was not stored in.
		results[i], errs[i] = db.AddArticle(ctx, a)
		if err := ctx.Err(); err != nil {
			return results, errs, err
		}
	}
	return results, errs, nil
}

// addBatch stores every article of ps in one transaction, or none: ok is
// false, with nothing stored, when one of them cannot be stored.
func (db *DB) addBatch(ctx context.Context, ps []*PreparedArticle, results []AddResult) (ok bool, err error) {
	for _, p := range ps {
		if p == nil {
			return false, nil
		}
	}
	if len(ps) == 0 {
		return true, nil
	}
	// As in addArticle: checked once, then run to the end without a
	// goroutine per statement.
	if err := ctx.Err(); err != nil {
		return false, err
	}
	ctx = context.WithoutCancel(ctx)
	tx, w, err := db.beginImportOf(ctx, len(ps[0].Article.Claims))
	if err != nil {
		return false, fmt.Errorf("add articles: %w", err)
	}
	defer tx.Rollback()
	defer w.close()
	counts, err := startMatchCounts(ctx, tx)
	if err != nil {
		return false, fmt.Errorf("add articles: %w", err)
	}
	for i, p := range ps {
		res, err := w.storeInStory(ctx, p)
		if err != nil {
			return false, nil
		}
		results[i] = res
	}
	if err := counts.finish(ctx, tx); err != nil {
		clear(results)
		return false, fmt.Errorf("add articles: %w", err)
	}
	if err := tx.Commit(); err != nil {
		clear(results)
		return false, fmt.Errorf("add articles: %w", err)
	}
	return true, nil
}
