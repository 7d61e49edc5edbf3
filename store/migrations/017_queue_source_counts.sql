-- 017_queue_source_counts: the pairs list's counts under its source filter,
-- kept on write as 015 keeps them under its other filters (counted on the
-- request, the filter joined every match of the relation to both claims'
-- articles and outlets three times: 118 ms a page at 10,000 articles).
--
-- The source filter matches a pair when either claim's article has that
-- outlet or that origin, so a match counts once under each outlet name and
-- each origin of its two articles. An article's outlet and origin never
-- change, and a match goes before its claims and articles (011), so the
-- keys are there to read on every write.

CREATE TABLE queue_source_counts (
	relation TEXT NOT NULL,
	source   TEXT NOT NULL, -- an outlet's name or an article's origin
	kind     TEXT NOT NULL,
	status   TEXT NOT NULL,
	n        INTEGER NOT NULL,
	PRIMARY KEY (relation, source, kind, status)
) STRICT, WITHOUT ROWID;

INSERT INTO queue_source_counts (relation, source, kind, status, n)
	SELECT relation, source, kind, status, COUNT(*) FROM (
		SELECT m.id, m.relation, m.kind, m.status, a.origin AS source
		FROM matches m JOIN claims c ON c.id = m.claim_a JOIN articles a ON a.id = c.article_id
		UNION
		SELECT m.id, m.relation, m.kind, m.status, a.origin
		FROM matches m JOIN claims c ON c.id = m.claim_b JOIN articles a ON a.id = c.article_id
		UNION
		SELECT m.id, m.relation, m.kind, m.status, s.name
		FROM matches m JOIN claims c ON c.id = m.claim_a JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
		UNION
		SELECT m.id, m.relation, m.kind, m.status, s.name
		FROM matches m JOIN claims c ON c.id = m.claim_b JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id)
	GROUP BY relation, source, kind, status;

CREATE TRIGGER queue_source_counts_ai AFTER INSERT ON matches BEGIN
	INSERT INTO queue_source_counts (relation, source, kind, status, n)
		SELECT new.relation, k, new.kind, new.status, 1 FROM (
			SELECT a.origin AS k FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN (new.claim_a, new.claim_b)
			UNION
			SELECT s.name FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
			WHERE c.id IN (new.claim_a, new.claim_b))
		WHERE true
		ON CONFLICT (relation, source, kind, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER queue_source_counts_ad AFTER DELETE ON matches BEGIN
	UPDATE queue_source_counts SET n = n - 1
	WHERE relation = old.relation AND kind = old.kind AND status = old.status AND source IN (
		SELECT a.origin FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN (old.claim_a, old.claim_b)
		UNION
		SELECT s.name FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
		WHERE c.id IN (old.claim_a, old.claim_b));
END;

CREATE TRIGGER queue_source_counts_au AFTER UPDATE OF relation, kind, status, claim_a, claim_b ON matches
	WHEN old.relation <> new.relation OR old.kind <> new.kind OR old.status <> new.status
		OR old.claim_a <> new.claim_a OR old.claim_b <> new.claim_b BEGIN
	UPDATE queue_source_counts SET n = n - 1
	WHERE relation = old.relation AND kind = old.kind AND status = old.status AND source IN (
		SELECT a.origin FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN (old.claim_a, old.claim_b)
		UNION
		SELECT s.name FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
		WHERE c.id IN (old.claim_a, old.claim_b));
	INSERT INTO queue_source_counts (relation, source, kind, status, n)
		SELECT new.relation, k, new.kind, new.status, 1 FROM (
			SELECT a.origin AS k FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN (new.claim_a, new.claim_b)
			UNION
			SELECT s.name FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
			WHERE c.id IN (new.claim_a, new.claim_b))
		WHERE true
		ON CONFLICT (relation, source, kind, status) DO UPDATE SET n = n + 1;
END;
