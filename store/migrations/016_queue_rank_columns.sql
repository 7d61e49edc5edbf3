-- 016_queue_rank_columns: 014's matches_rank index keyed a match by
-- expressions ((status <> 'open'), -worth), and SQLite seeks an index by a
-- row value only over columns: a cursor (?after=, a pair's previous and
-- next) read the index from the top of the relation and skipped every row
-- before it, so a deep page or a pair's previous link cost as many rows as
-- came before (BenchmarkQueue/neighbours: 15 ms at 50,000 matches). The
-- same keys as virtual generated columns let the cursor seek: the index
-- holds them, nothing is stored in the table.
ALTER TABLE matches ADD COLUMN not_open INTEGER GENERATED ALWAYS AS (status <> 'open') VIRTUAL;
ALTER TABLE matches ADD COLUMN neg_worth REAL GENERATED ALWAYS AS (-worth) VIRTUAL;

DROP INDEX matches_rank;
CREATE INDEX matches_rank ON matches (relation, not_open, neg_worth, id);
