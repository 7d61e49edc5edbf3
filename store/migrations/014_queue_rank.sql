-- 014_queue_rank: the pairs list (/conflicts) reads one page from an index
-- in its order (open first, the more check-worthy claim first, then id)
-- instead of joining and sorting every match of a relation on a request
-- (2.1 s CPU a page at 100,000 articles, most of it a temporary B-tree over
-- the 3.26 M open conflicts).
--
-- A match's worth is the higher score of its two claims. It lives on the
-- match so the index can hold it: the writer of derived matches sets it, a
-- match inserted without it (a pair raised by hand) takes it from its
-- claims, and a claim whose score changes passes the change to its matches.
-- The index keys are ascending expressions (not-open, minus worth, id) so a
-- cursor is one row-value comparison with the index's order.

ALTER TABLE matches ADD COLUMN worth REAL;

UPDATE matches SET worth = COALESCE(
	(SELECT MAX(score) FROM claims WHERE id IN (matches.claim_a, matches.claim_b)), 0);

CREATE INDEX matches_rank ON matches (relation, (status <> 'open'), -worth, id);

CREATE TRIGGER matches_worth_ai AFTER INSERT ON matches WHEN new.worth IS NULL BEGIN
	UPDATE matches SET worth = COALESCE(
		(SELECT MAX(score) FROM claims WHERE id IN (new.claim_a, new.claim_b)), 0)
	WHERE id = new.id;
END;

CREATE TRIGGER claims_worth_au AFTER UPDATE OF score ON claims WHEN old.score <> new.score BEGIN
	UPDATE matches SET worth = COALESCE(
		(SELECT MAX(score) FROM claims WHERE id IN (matches.claim_a, matches.claim_b)), 0)
	WHERE claim_a = new.id OR claim_b = new.id;
END;
