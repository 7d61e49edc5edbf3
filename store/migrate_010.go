package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/claimdesk/claimdesk/claims"
)

// compactRows is migration 010's Go step: articles' raw and clean text go
// into body, compressed, and claims' lists and facets' data are rewritten
// in their positional form, each table read in keyset pages so that
// reading and writing never share a cursor.
func compactRows(ctx context.Context, tx *sql.Tx) error {
	err := rewritePages(ctx, tx, `SELECT id, raw, clean FROM articles WHERE id > ? ORDER BY id LIMIT ?`,
		`UPDATE articles SET body = ? WHERE id = ?`,
		func(rows *sql.Rows) (int64, []any, error) {
			var id int64
			var raw, clean string
			if err := rows.Scan(&id, &raw, &clean); err != nil {
				return 0, nil, err
			}
			return id, []any{packBody(raw, clean), id}, nil
		})
	if err != nil {
		return fmt.Errorf("article bodies: %w", err)
	}
	for _, q := range []string{`ALTER TABLE articles DROP COLUMN raw`, `ALTER TABLE articles DROP COLUMN clean`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	err = rewritePages(ctx, tx, `SELECT id, quantities, dates, entities, roles FROM claims WHERE id > ? ORDER BY id LIMIT ?`,
		`UPDATE claims SET quantities = ?, dates = ?, entities = ?, roles = ? WHERE id = ?`,
		func(rows *sql.Rows) (int64, []any, error) {
			var id int64
			var quantities, dates, entities, roles string
			if err := rows.Scan(&id, &quantities, &dates, &entities, &roles); err != nil {
				return 0, nil, err
			}
			var c claims.Claim
			if err := readClaimLists(&c, quantities, dates, entities, roles); err != nil {
				return 0, nil, fmt.Errorf("claim %d: %w", id, err)
			}
			lists, err := claimLists(&c)
			if err != nil {
				return 0, nil, fmt.Errorf("claim %d: %w", id, err)
			}
			return id, []any{lists[0], lists[1], lists[2], lists[3], id}, nil
		})
	if err != nil {
		return fmt.Errorf("claim lists: %w", err)
	}
	err = rewritePages(ctx, tx, `SELECT id, data FROM facets WHERE id > ? ORDER BY id LIMIT ?`,
		`UPDATE facets SET data = ? WHERE id = ?`,
		func(rows *sql.Rows) (int64, []any, error) {
			var id int64
			var data string
			if err := rows.Scan(&id, &data); err != nil {
				return 0, nil, err
			}
			var f claims.Facet
			if err := unmarshalFacet([]byte(data), &f); err != nil {
				return 0, nil, fmt.Errorf("facet %d: %w", id, err)
			}
			b, err := json.Marshal(facetFields(f))
			if err != nil {
				return 0, nil, fmt.Errorf("facet %d: %w", id, err)
			}
			return id, []any{string(b), id}, nil
		})
	if err != nil {
		return fmt.Errorf("facet data: %w", err)
	}
	return nil
}

// rewritePages reads a table by id in pages (query takes the last id and
// the page size) and runs update with the arguments each row gives.
func rewritePages(ctx context.Context, tx *sql.Tx, query, update string, each func(*sql.Rows) (int64, []any, error)) error {
	up, err := tx.PrepareContext(ctx, update)
	if err != nil {
		return err
	}
	defer up.Close()
	const page = 1000
	for last := int64(0); ; {
		var batch [][]any
		err := func() error {
			rows, err := tx.QueryContext(ctx, query, last, page)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				id, args, err := each(rows)
				if err != nil {
					return err
				}
				last = id
				batch = append(batch, args)
			}
			return rows.Err()
		}()
		if err != nil {
			return err
		}
		for _, args := range batch {
			if _, err := up.ExecContext(ctx, args...); err != nil {
				return err
			}
		}
		if len(batch) < page {
			return nil
		}
	}
}
