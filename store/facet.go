package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/claims/story"
)

// facetRef is a facet with the claim that states it and, once stored, its
// row id: a match records which facets it compared.
type facetRef struct {
	claims.FacetRef
	id    int64
	claim *claims.Claim // the claim stating it, while its article is stored
	// statement is its statement found ahead (PrepareArticle), not yet
	// placed in a fact; nil to find it when it is stored.
	statement *story.Statement
}

// facetID identifies a facet within one import: a claim states a value for a
// key at most once that matters.
type facetID struct {
	claim      int64
	key, value string
}

func refKey(f facetRef) facetID { return facetID{f.ClaimID, f.Key, f.Value} }

// refs returns the engine's view of fs.
func refs(fs []facetRef) []claims.FacetRef {
	out := make([]claims.FacetRef, len(fs))
	for i, f := range fs {
		out[i] = f.FacetRef
	}
	return out
}

const facetInsertSQL = `INSERT INTO facets (claim_id, article_id, kind, subject, attribute, key, value, data)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?)`

// storeFacets inserts the facets; it returns the new row ids by facet.
func (w *articleWriter) storeFacets(ctx context.Context, fs []facetRef) (map[facetID]int64, error) {
	ids := make(map[facetID]int64, len(fs))
	for i := range fs {
		f := &fs[i]
		data, err := marshalFacet(f.Facet)
		if err != nil {
			return nil, fmt.Errorf("facet %s: %w", f.Key, err)
		}
		r, err := w.facet.ExecContext(ctx, f.ClaimID, f.ArticleID, f.Kind, f.Subject, f.Attribute, f.Key, f.Value, string(data))
		if err != nil {
			return nil, fmt.Errorf("insert facet %s: %w", f.Key, err)
		}
		if f.id, err = r.LastInsertId(); err != nil {
			return nil, err
		}
		ids[refKey(*f)] = f.id
	}
	return ids, nil
}

// Facets returns the comparable facets stored for a claim, in the order the
// engine found them. A claim without facets, or no such claim, gives none.
func (db *DB) Facets(ctx context.Context, claimID int64) ([]claims.Facet, error) {
	var out []claims.Facet
	err := db.stream(ctx, `SELECT data FROM facets WHERE claim_id = ? ORDER BY id`, []any{claimID},
		func(rows *sql.Rows) error {
			var data string
			var f claims.Facet
			if err := rows.Scan(&data); err != nil {
				return err
			}
			if err := unmarshalFacet([]byte(data), &f); err != nil {
				return err
			}
			out = append(out, f)
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("facets of claim %d: %w", claimID, err)
	}
	return out, nil
}
