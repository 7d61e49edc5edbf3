package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
)

// claimBatch is the most claims one INSERT stores (15 parameters each, far
// below SQLite's limit), so an article prepares at most two statement sizes.
//
// An import stores an article's claims in as few statements as it can
// because of claims_fts: the claims_ai trigger makes every claim INSERT open
// a statement savepoint, and FTS5 writes its pending terms out as a new
// segment at each savepoint. One statement per claim wrote a segment per
// claim, which later merges rewrote; one statement per article writes one.
const claimBatch = 64

// claimBatchSizes returns the statement sizes storeClaims uses for n
// claims: full batches, then the rest.
func claimBatchSizes(n int) []int {
	var sizes []int
	if n >= claimBatch {
		sizes = append(sizes, claimBatch)
	}
	if r := n % claimBatch; r > 0 {
		sizes = append(sizes, r)
	}
	return sizes
}

// claimsInsertSQL inserts n claims with one statement and returns each new
// id with its ordinal: RETURNING promises no row order, the ordinal is
// unique within the article.
func claimsInsertSQL(n int) string {
	const row = `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	var b strings.Builder
	b.WriteString(`INSERT INTO claims (article_id, ordinal, text, start, "end", clean_start, clean_end,
	language, score, score_reasons, quantities, dates, entities, roles, terms) VALUES `)
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	b.WriteString(` RETURNING id, ordinal`)
	return b.String()
}

// claimBatchSQL lists the statements storing n claims, in the order of
// claimBatchSizes, for beginImportOf to take from the DB's cache before its
// transaction.
func claimBatchSQL(n int) []string {
	var out []string
	for _, size := range claimBatchSizes(n) {
		out = append(out, claimsInsertSQL(size))
	}
	return out
}

// storeClaims inserts cs (texts already NFC, facets already found) and
// returns their ids in the order of cs. rows are cs encoded
// (encodeClaims), or nil to encode them here.
func (w *articleWriter) storeClaims(ctx context.Context, articleID int64, cs []claims.Claim, rows []claimRow) ([]int64, error) {
	ids := make([]int64, 0, len(cs))
	for start := 0; start < len(cs); start += claimBatch {
		end := min(start+claimBatch, len(cs))
		chunk := cs[start:end]
		var encoded []claimRow
		if rows != nil {
			encoded = rows[start:end]
		}
		got, err := w.storeClaimBatch(ctx, articleID, chunk, encoded)
		if err != nil && isConstraint(err) {
			// The failed statement left nothing behind; storing the claims
			// one by one names the claim SQLite refuses.
			got, err = w.storeClaimsOneByOne(ctx, articleID, chunk)
		}
		if err != nil {
			return nil, err
		}
		ids = append(ids, got...)
	}
	return ids, nil
}

// storeClaimBatch inserts cs with one statement; encoded are cs encoded,
// or nil.
func (w *articleWriter) storeClaimBatch(ctx context.Context, articleID int64, cs []claims.Claim, encoded []claimRow) ([]int64, error) {
	args := make([]any, 0, 15*len(cs))
	for i := range cs {
		c := &cs[i]
		var row claimRow
		if encoded != nil {
			row = encoded[i]
		} else {
			var err error
			if row, err = encodeClaim(c); err != nil {
				return nil, fmt.Errorf("claim %d: %w", c.Ordinal, err)
			}
		}
		args = append(args, articleID, c.Ordinal, c.Text, c.Start, c.End, c.CleanStart, c.CleanEnd,
			c.Language, c.Score, row.reasons, row.lists[0], row.lists[1], row.lists[2], row.lists[3], row.terms)
	}
	st, err := w.claimBatchStmt(ctx, len(cs))
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("insert claims: %w", err)
	}
	defer rows.Close()
	byOrdinal := make(map[int]int64, len(cs))
	for rows.Next() {
		var id int64
		var ordinal int
		if err := rows.Scan(&id, &ordinal); err != nil {
			return nil, err
		}
		byOrdinal[ordinal] = id
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("insert claims: %w", err)
	}
	ids := make([]int64, len(cs))
	for i := range cs {
		var ok bool
		if ids[i], ok = byOrdinal[cs[i].Ordinal]; !ok {
			return nil, fmt.Errorf("insert claims: no id returned for claim %d", cs[i].Ordinal)
		}
	}
	return ids, nil
}

func (w *articleWriter) storeClaimsOneByOne(ctx context.Context, articleID int64, cs []claims.Claim) ([]int64, error) {
	ids := make([]int64, len(cs))
	for i := range cs {
		id, err := w.storeClaim(ctx, articleID, &cs[i])
		if err != nil {
			return nil, fmt.Errorf("claim %d: %w", cs[i].Ordinal, err)
		}
		ids[i] = id
	}
	return ids, nil
}

// claimBatchStmt returns the statement inserting n claims: the cached one
// beginImport bound to the transaction, or one prepared on the transaction
// for a writer without the cache.
func (w *articleWriter) claimBatchStmt(ctx context.Context, n int) (*sql.Stmt, error) {
	if st, ok := w.claimBatches[n]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(ctx, claimsInsertSQL(n))
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	if w.claimBatches == nil {
		w.claimBatches = make(map[int]*sql.Stmt)
	}
	w.claimBatches[n] = st
	return st, nil
}
