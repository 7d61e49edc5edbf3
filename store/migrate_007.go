package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/claimdesk/claimdesk/claims"
)

// migrationSteps are the parts of a migration SQL cannot do: they run in the
// migration's transaction right after its file, so the migration is applied
// whole or not at all.
var migrationSteps = map[int]func(context.Context, *sql.Tx) error{
	7:  fillTitlesAndTerms,
	10: compactRows,
}

// fillTitlesAndTerms gives the claims stored before 007 their search terms
// and the articles stored without a title one from their lead claim, as an
// import does now (claims.SearchTerms, claims.DeriveTitle), then builds
// claims_fts from them. claims_au is dropped while the terms are written
// (re-created from its own SQL in sqlite_schema, so 007's file stays its one
// definition): rewriting every claim's index entry through it, then
// rebuilding, cost three times one rebuild (BenchmarkFillTitlesAndTerms).
func fillTitlesAndTerms(ctx context.Context, tx *sql.Tx) error {
	var trigger string
	if err := tx.QueryRowContext(ctx, `SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'claims_au'`).Scan(&trigger); err != nil {
		return fmt.Errorf("search terms: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DROP TRIGGER claims_au`); err != nil {
		return err
	}
	update, err := tx.PrepareContext(ctx, `UPDATE claims SET terms = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer update.Close()
	// Keyset pages, so the reading and the updating never share a cursor.
	const page = 1000
	for last := int64(0); ; {
		type pending struct {
			id    int64
			terms string
		}
		var batch []pending
		err := func() error {
			rows, err := tx.QueryContext(ctx, `SELECT id, quantities, entities, roles FROM claims WHERE id > ? ORDER BY id LIMIT ?`, last, page)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var id int64
				var quantities, entities, roles string
				if err := rows.Scan(&id, &quantities, &entities, &roles); err != nil {
					return err
				}
				var c claims.Claim
				if c.Quantities, err = unmarshalQuantities(quantities); err != nil {
					return fmt.Errorf("claim %d: %w", id, err)
				}
				if err := unmarshalList(entities, &c.Entities); err != nil {
					return fmt.Errorf("claim %d: %w", id, err)
				}
				if err := unmarshalList(roles, &c.Roles); err != nil {
					return fmt.Errorf("claim %d: %w", id, err)
				}
				batch = append(batch, pending{id, claims.SearchTerms(&c)})
			}
			return rows.Err()
		}()
		if err != nil {
			return fmt.Errorf("search terms: %w", err)
		}
		if len(batch) == 0 {
			break
		}
		for _, p := range batch {
			if p.terms == "" {
				continue
			}
			if _, err := update.ExecContext(ctx, p.terms, p.id); err != nil {
				return fmt.Errorf("search terms of claim %d: %w", p.id, err)
			}
		}
		last = batch[len(batch)-1].id
	}
	if _, err := tx.ExecContext(ctx, trigger); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO claims_fts (claims_fts) VALUES ('rebuild')`); err != nil {
		return err
	}
	return fillTitles(ctx, tx)
}

// fillTitles names each untitled article by its lead claims.
func fillTitles(ctx context.Context, tx *sql.Tx) error {
	var untitled []int64
	rows, err := tx.QueryContext(ctx, `SELECT id FROM articles WHERE title = ''`)
	if err != nil {
		return fmt.Errorf("titles: %w", err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return fmt.Errorf("titles: %w", err)
		}
		untitled = append(untitled, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("titles: %w", err)
	}
	for _, id := range untitled {
		// DeriveTitle takes the first claim with words: a few suffice.
		var cs []claims.Claim
		rows, err := tx.QueryContext(ctx, `SELECT text FROM claims WHERE article_id = ? ORDER BY ordinal LIMIT 3`, id)
		if err != nil {
			return fmt.Errorf("title of article %d: %w", id, err)
		}
		for rows.Next() {
			var c claims.Claim
			if err := rows.Scan(&c.Text); err != nil {
				rows.Close()
				return fmt.Errorf("title of article %d: %w", id, err)
			}
			cs = append(cs, c)
		}
		rows.Close()
		if title := claims.DeriveTitle(cs); title != "" {
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET title = ? WHERE id = ?`, title, id); err != nil {
				return fmt.Errorf("title of article %d: %w", id, err)
			}
		}
	}
	return nil
}
