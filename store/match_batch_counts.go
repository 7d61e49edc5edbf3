package store

import (
	"context"
	"database/sql"
	"fmt"
)

// matchCounts counts the match rows one import transaction writes once,
// at its end, in the kept counts migration 011's, 015's and 017's triggers
// keep row by row (match_counts, source_facts and through its triggers
// chart_sources and chart_facts, queue_counts, queue_source_counts): each
// pair's row ran about ten upserts through those triggers, a tenth of an
// import's CPU, where these statements run once for the whole batch. The
// saving is smaller than that tenth: a batch's pairs rarely share a source
// and fact, so most groups are one pair's, and the upserts into
// source_facts (and its chart triggers) remain (BenchmarkAddArticles: the
// match inserts 950 -> 530 ms, these statements 410 ms, of about 6 s).
// From startMatchCounts to finish, the import_batch row tells the
// triggers (031_import_counts.sql) that the rows from first on are
// counted here.
type matchCounts struct {
	first int64
}

// startMatchCounts takes over, for the rest of tx, the counting of the
// match rows tx writes.
func startMatchCounts(ctx context.Context, tx *sql.Tx) (matchCounts, error) {
	var c matchCounts
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) + 1 FROM matches`).Scan(&c.first); err != nil {
		return c, fmt.Errorf("count pairs: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO import_batch (first_match) VALUES (?)`, c.first); err != nil {
		return c, fmt.Errorf("count pairs: %w", err)
	}
	return c, nil
}

// matchCountsSQL adds the rows from ?1 on to each kept count as the
// triggers would have, one row at a time: a count of rows, each row read
// with the languages, origins and outlets of its two claims, each of them
// once per row (the triggers' UNION and GROUP BY 1). Each reads the
// batch's rows by their ids: NOT INDEXED keeps SQLite from grouping
// match_counts' rows through matches_queue, a scan of every pair stored
// (4 ms a batch at 1,000 articles).
var matchCountsSQL = []string{
	`INSERT INTO match_counts (relation, status, raised, n)
		SELECT relation, status, raised_by IS NOT NULL, COUNT(*) FROM matches NOT INDEXED WHERE id >= ?1
		GROUP BY relation, status, raised_by IS NOT NULL
		ON CONFLICT (relation, status, raised) DO UPDATE SET n = n + excluded.n`,
	`INSERT INTO source_facts (source, subject, attribute, label, matches, conflicts, agreements)
		SELECT source, subject, attribute, MIN(label), COUNT(*), SUM(relation = 'conflicts'), SUM(relation = 'agrees')
		FROM (SELECT m.id, COALESCE(s.name, a.origin) AS source, m.subject, m.attribute, m.relation,
				MIN(COALESCE(s.name, NULLIF(a.title, ''), a.origin)) AS label
			FROM matches m JOIN claims c ON c.id IN (m.claim_a, m.claim_b) JOIN articles a ON a.id = c.article_id
			LEFT JOIN sources s ON s.id = a.source_id
			WHERE m.id >= ?1 AND m.status <> 'dismissed'
			GROUP BY m.id, COALESCE(s.name, a.origin))
		GROUP BY source, subject, attribute
		ON CONFLICT (source, subject, attribute) DO UPDATE SET label = MIN(label, excluded.label),
			matches = matches + excluded.matches, conflicts = conflicts + excluded.conflicts,
			agreements = agreements + excluded.agreements`,
	`INSERT INTO queue_counts (relation, language, kind, status, n)
		SELECT relation, l, kind, status, COUNT(*)
		FROM (SELECT m.id, m.relation, m.kind, m.status, '' AS l FROM matches m WHERE m.id >= ?1
			UNION
			SELECT m.id, m.relation, m.kind, m.status, c.language FROM matches m JOIN claims c ON c.id IN (m.claim_a, m.claim_b)
			WHERE m.id >= ?1 AND c.language <> '')
		GROUP BY relation, l, kind, status
		ON CONFLICT (relation, language, kind, status) DO UPDATE SET n = n + excluded.n`,
	`INSERT INTO queue_source_counts (relation, source, kind, status, n)
		SELECT relation, k, kind, status, COUNT(*)
		FROM (SELECT m.id, m.relation, m.kind, m.status, a.origin AS k
				FROM matches m JOIN claims c ON c.id IN (m.claim_a, m.claim_b) JOIN articles a ON a.id = c.article_id
				WHERE m.id >= ?1
			UNION
			SELECT m.id, m.relation, m.kind, m.status, s.name
				FROM matches m JOIN claims c ON c.id IN (m.claim_a, m.claim_b) JOIN articles a ON a.id = c.article_id
				JOIN sources s ON s.id = a.source_id
				WHERE m.id >= ?1)
		GROUP BY relation, k, kind, status
		ON CONFLICT (relation, source, kind, status) DO UPDATE SET n = n + excluded.n`,
}

// finish counts the rows written since startMatchCounts and hands the
// counting back to the triggers; it runs before tx commits.
func (c matchCounts) finish(ctx context.Context, tx *sql.Tx) error {
	for _, q := range matchCountsSQL {
		if _, err := tx.ExecContext(ctx, q, c.first); err != nil {
			return fmt.Errorf("count pairs: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM import_batch`); err != nil {
		return fmt.Errorf("count pairs: %w", err)
	}
	return nil
}
