package main

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"sort"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/seeds"
	"github.com/claimdesk/claimdesk/store"
)

// importSeedsIfEmpty loads the embedded sample articles into a database that
// has no articles, so a fresh install has something to review.
func importSeedsIfEmpty(ctx context.Context, db *store.DB, log *slog.Logger) error {
	has, err := db.HasArticles(ctx)
	if err != nil || has {
		return err
	}
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		return fmt.Errorf("seeds: %w", err)
	}
	sort.Strings(names)
	var total store.AddResult
	for _, name := range names {
		raw, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			return fmt.Errorf("seed %s: %w", name, err)
		}
		a, err := claims.Process(name, raw, claims.Meta{}, claims.Options{})
		if err != nil {
			return fmt.Errorf("seed %s: %w", name, err)
		}
		res, err := db.AddArticle(ctx, a)
		if err != nil {
			return fmt.Errorf("seed %s: %w", name, err)
		}
		total.Claims += res.Claims
		total.Flags += res.Flags
		total.Conflicts += res.Conflicts
		total.Agreements += res.Agreements
	}
	log.Info("imported sample articles", "articles", len(names), "claims", total.Claims,
		"flags", total.Flags, "conflicts", total.Conflicts, "agreements", total.Agreements)
	return nil
}
