-- 019_fact_rank: the pairs list narrowed to one fact (?subject=&attribute=,
-- as the dashboard's cells linked before the queue of facts) read
-- matches_rank from the top of the relation for that fact's rows (350 ms a
-- page at 100,000 articles); this index holds the rows of each subject and
-- attribute in the list's order, so the page, its cursor and its counts
-- read that fact's pairs alone.
CREATE INDEX matches_fact_rank ON matches (subject, attribute, relation, not_open, neg_worth, id);
