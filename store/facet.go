package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"

	"github.com/claimdesk/claimdesk/claims"
)

// Candidate limits. A new article's facets are compared with stored facets of
// the same key only: for each key, the candidateValues values stated most
// recently, and for each value the candidatesPerValue most recent other
// articles that state it (one facet each, found among the value's
// candidateWindow newest facets, since an article often states a title
// twice). Every distinct value is what a conflict needs, and a few sources
// per value are enough to show it; so the cost of adding an article stays
// flat however many articles share its keys, at the price of not pairing it
// with every older source of a popular value.
const (
	candidateValues    = 16
	candidatesPerValue = 4
	candidateWindow    = 16
)

// facetRef is a facet with the claim that states it and, once stored, its
// row id: a match records which facets it compared.
type facetRef struct {
	claims.FacetRef
	id    int64
	claim *claims.Claim // the claim stating it, while its article is stored
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

const facetGroupSQL = `INSERT INTO facet_groups (key, value, n, last_id) VALUES (?, ?, 1, ?)
	ON CONFLICT (key, value) DO UPDATE SET n = n + 1, last_id = excluded.last_id`

// candidatesSQL reads the candidate window for one key (?1), excluding an
// article (?2): the most recent values from facet_groups, then the newest
// facets of each value through facets_key. No step reads more than the
// limits allow; candidatesFor picks the articles.
var candidatesSQL = fmt.Sprintf(`SELECT f.id, f.value, f.data, f.claim_id, f.article_id, a.origin, c.text, c.score
	FROM (SELECT key, value FROM facet_groups WHERE key = ?1 ORDER BY last_id DESC LIMIT %d) g
	JOIN facets f ON f.id IN (SELECT id FROM facets
		WHERE key = g.key AND value = g.value AND article_id <> ?2 ORDER BY id DESC LIMIT %d)
	JOIN claims c ON c.id = f.claim_id
	JOIN articles a ON a.id = f.article_id`, candidateValues, candidateWindow)

// storeFacets inserts the facets and keeps facet_groups in step; it returns
// the new row ids by facet.
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
		if _, err := w.group.ExecContext(ctx, f.Key, f.Value, f.id); err != nil {
			return nil, fmt.Errorf("facet group %s: %w", f.Key, err)
		}
		ids[refKey(*f)] = f.id
	}
	return ids, nil
}

// candidates returns the stored facets, of other articles than articleID,
// that share a key with fresh, within the candidate limits.
func (w *articleWriter) candidates(ctx context.Context, articleID int64, fresh []facetRef) ([]facetRef, error) {
	var out []facetRef
	seen := make(map[string]bool)
	for _, f := range fresh {
		if seen[f.Key] {
			continue
		}
		seen[f.Key] = true
		got, err := w.candidatesFor(ctx, f.Key, articleID)
		if err != nil {
			return nil, fmt.Errorf("candidates for %s: %w", f.Key, err)
		}
		out = append(out, got...)
	}
	return out, nil
}

// candidatesFor reads the candidate window of one key and keeps, for each
// value, the newest facet of each of its candidatesPerValue most recent
// articles. Choosing here rather than with GROUP BY in SQL spares two
// temporary b-trees per value, a third of the cost of finding candidates,
// and only the facets kept are decoded.
func (w *articleWriter) candidatesFor(ctx context.Context, key string, articleID int64) ([]facetRef, error) {
	type row struct {
		ref  facetRef
		data string
	}
	byValue := make(map[string][]row)
	var values []string
	rows, err := w.candidatesForKey.QueryContext(ctx, key, articleID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var r row
		var value string
		if err := rows.Scan(&r.ref.id, &value, &r.data, &r.ref.ClaimID, &r.ref.ArticleID,
			&r.ref.Origin, &r.ref.Text, &r.ref.Score); err != nil {
			return nil, err
		}
		if _, ok := byValue[value]; !ok {
			values = append(values, value)
		}
		byValue[value] = append(byValue[value], r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []facetRef
	for _, v := range values {
		rs := byValue[v]
		sort.Slice(rs, func(i, j int) bool { return rs[i].ref.id > rs[j].ref.id })
		took := make(map[int64]bool, candidatesPerValue)
		for _, r := range rs {
			if took[r.ref.ArticleID] || len(took) == candidatesPerValue {
				continue
			}
			took[r.ref.ArticleID] = true
			if err := unmarshalFacet([]byte(r.data), &r.ref.Facet); err != nil {
				return nil, fmt.Errorf("facet %d: %w", r.ref.id, err)
			}
			out = append(out, r.ref)
		}
	}
	return out, nil
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
