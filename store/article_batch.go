package store

import (
	"context"
	"fmt"

	"github.com/claimdesk/claimdesk/claims"
)

// AddArticles stores several articles as AddArticle stores each, in one
// transaction that commits once: an import pays for a commit, and for
// writing out the index pages every article touches, once per batch
// instead of once per article (BenchmarkAddArticles). Should an article be
// refused, the batch is rolled back and its articles are stored one by one
// with AddArticle, so that one refused article costs only itself; a
// savepoint per article would have kept that without the retry, but cost
// what the batch saves. The one write connection is held while a batch is
// written, so batches should stay small: a reviewer's save waits for them.
//
// It returns each article's result and error, in order; err is the batch's
// own failure (the database, not an article), and then the articles not
// stored are those with neither a result nor an error.
func (db *DB) AddArticles(ctx context.Context, arts []*claims.Article) ([]AddResult, []error, error) {
	results := make([]AddResult, len(arts))
	errs := make([]error, len(arts))
	ok, err := db.addBatch(ctx, arts, results)
	if err != nil || ok {
		return results, errs, err
	}
	for i, a := range arts {
		results[i], errs[i] = db.AddArticle(ctx, a)
		if err := ctx.Err(); err != nil {
			return results, errs, err
		}
	}
	return results, errs, nil
}

// addBatch stores every article of arts in one transaction, or none: ok is
// false, with nothing stored, when one of them cannot be stored.
func (db *DB) addBatch(ctx context.Context, arts []*claims.Article, results []AddResult) (ok bool, err error) {
	facets := make([][][]claims.Facet, len(arts))
	for i, a := range arts {
		if a == nil {
			return false, nil
		}
		facets[i] = prepareArticle(a)
	}
	if len(arts) == 0 {
		return true, nil
	}
	// As in addArticle: checked once, then run to the end without a
	// goroutine per statement.
	if err := ctx.Err(); err != nil {
		return false, err
	}
	ctx = context.WithoutCancel(ctx)
	tx, w, err := db.beginImportOf(ctx, len(arts[0].Claims))
	if err != nil {
		return false, fmt.Errorf("add articles: %w", err)
	}
	defer tx.Rollback()
	defer w.close()
	for i, a := range arts {
		res, err := w.storeInStory(ctx, a, facets[i])
		if err != nil {
			return false, nil
		}
		results[i] = res
	}
	if err := tx.Commit(); err != nil {
		clear(results)
		return false, fmt.Errorf("add articles: %w", err)
	}
	return true, nil
}
