-- 011_kept_counts: what the dashboard and the articles list read, kept up
-- to date on write, so no page counts or groups every claim and match on a
-- request (at 100,000 articles the dashboard took 15 s doing so).
--
--   tallies       how many articles, claims and flags are stored;
--   match_counts  how many matches each relation, review status and origin
--                 (raised by hand or not) holds;
--   source_facts  for each source and fact (subject, attribute) the matches
--                 its claims take part in, by relation, leaving out those a
--                 reviewer dismissed: the dashboard's sources-against-facts
--                 chart. A match between two claims of one source counts
--                 once for it. source is what the queue's source filter
--                 matches (the outlet's name, else the article's origin),
--                 label what a reviewer reads (the outlet, else the
--                 article's title, else its origin).
--
-- A match's sources are read through its claims and their articles, so a
-- match must go before they do: deleting an article or a claim deletes its
-- matches first (the cascade would run after the rows are gone).
-- The articles list filters by language and outlet, and the source filter
-- lists the origins of articles without an outlet: indexes for each.

CREATE TABLE tallies (
	name TEXT PRIMARY KEY,
	n    INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE match_counts (
	relation TEXT NOT NULL,
	status   TEXT NOT NULL,
	raised   INTEGER NOT NULL, -- 1 for a pair a reviewer raised by hand
	n        INTEGER NOT NULL,
	PRIMARY KEY (relation, status, raised)
) STRICT, WITHOUT ROWID;

CREATE TABLE source_facts (
	source     TEXT NOT NULL,
	subject    TEXT NOT NULL,
	attribute  TEXT NOT NULL,
	label      TEXT NOT NULL,
	matches    INTEGER NOT NULL, -- of any relation: a row with none left is not shown
	conflicts  INTEGER NOT NULL,
	agreements INTEGER NOT NULL,
	PRIMARY KEY (source, subject, attribute)
) STRICT, WITHOUT ROWID;

CREATE INDEX articles_language ON articles (language, id);
CREATE INDEX articles_source ON articles (source_id, id);
CREATE INDEX articles_unsourced ON articles (origin) WHERE source_id IS NULL;

-- Backfill what older databases hold.
INSERT INTO tallies (name, n) VALUES
	('articles', (SELECT COUNT(*) FROM articles)),
	('claims', (SELECT COUNT(*) FROM claims)),
	('flags', (SELECT COUNT(*) FROM flags));

INSERT INTO match_counts (relation, status, raised, n)
	SELECT relation, status, raised_by IS NOT NULL, COUNT(*) FROM matches GROUP BY 1, 2, 3;

INSERT INTO source_facts (source, subject, attribute, label, matches, conflicts, agreements)
	WITH sides AS (
		SELECT m.id, m.relation, m.subject, m.attribute, m.claim_a AS claim FROM matches m WHERE m.status <> 'dismissed'
		UNION ALL
		SELECT m.id, m.relation, m.subject, m.attribute, m.claim_b FROM matches m WHERE m.status <> 'dismissed')
	SELECT COALESCE(s.name, a.origin), sides.subject, sides.attribute, MIN(COALESCE(s.name, NULLIF(a.title, ''), a.origin)),
		COUNT(DISTINCT sides.id),
		COUNT(DISTINCT CASE WHEN sides.relation = 'conflicts' THEN sides.id END),
		COUNT(DISTINCT CASE WHEN sides.relation = 'agrees' THEN sides.id END)
	FROM sides JOIN claims c ON c.id = sides.claim JOIN articles a ON a.id = c.article_id
	LEFT JOIN sources s ON s.id = a.source_id
	GROUP BY 1, 2, 3;

CREATE TRIGGER tallies_articles_ai AFTER INSERT ON articles BEGIN
	INSERT INTO tallies (name, n) VALUES ('articles', 1) ON CONFLICT (name) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER tallies_articles_ad AFTER DELETE ON articles BEGIN
	UPDATE tallies SET n = n - 1 WHERE name = 'articles';
END;

CREATE TRIGGER tallies_claims_ai AFTER INSERT ON claims BEGIN
	INSERT INTO tallies (name, n) VALUES ('claims', 1) ON CONFLICT (name) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER tallies_claims_ad AFTER DELETE ON claims BEGIN
	UPDATE tallies SET n = n - 1 WHERE name = 'claims';
END;

CREATE TRIGGER tallies_flags_ai AFTER INSERT ON flags BEGIN
	INSERT INTO tallies (name, n) VALUES ('flags', 1) ON CONFLICT (name) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER tallies_flags_ad AFTER DELETE ON flags BEGIN
	UPDATE tallies SET n = n - 1 WHERE name = 'flags';
END;

-- A match goes before the claims and articles its sources are read from.
CREATE TRIGGER articles_matches_bd BEFORE DELETE ON articles BEGIN
	DELETE FROM matches WHERE claim_a IN (SELECT id FROM claims WHERE article_id = old.id)
		OR claim_b IN (SELECT id FROM claims WHERE article_id = old.id);
END;

CREATE TRIGGER claims_matches_bd BEFORE DELETE ON claims BEGIN
	DELETE FROM matches WHERE claim_a = old.id OR claim_b = old.id;
END;

CREATE TRIGGER match_counts_ai AFTER INSERT ON matches BEGIN
	INSERT INTO match_counts (relation, status, raised, n) VALUES (new.relation, new.status, new.raised_by IS NOT NULL, 1)
		ON CONFLICT (relation, status, raised) DO UPDATE SET n = n + 1;
	INSERT INTO source_facts (source, subject, attribute, label, matches, conflicts, agreements)
		SELECT COALESCE(s.name, a.origin), new.subject, new.attribute, MIN(COALESCE(s.name, NULLIF(a.title, ''), a.origin)),
			1, new.relation = 'conflicts', new.relation = 'agrees'
		FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN sources s ON s.id = a.source_id
		WHERE c.id IN (new.claim_a, new.claim_b) AND new.status <> 'dismissed'
		GROUP BY 1
		ON CONFLICT (source, subject, attribute) DO UPDATE SET label = MIN(label, excluded.label),
			matches = matches + 1, conflicts = conflicts + excluded.conflicts, agreements = agreements + excluded.agreements;
END;

CREATE TRIGGER match_counts_ad AFTER DELETE ON matches BEGIN
	UPDATE match_counts SET n = n - 1 WHERE relation = old.relation AND status = old.status AND raised = (old.raised_by IS NOT NULL);
	UPDATE source_facts SET matches = matches - 1,
		conflicts = conflicts - (old.relation = 'conflicts'), agreements = agreements - (old.relation = 'agrees')
	WHERE old.status <> 'dismissed' AND subject = old.subject AND attribute = old.attribute AND source IN (
		SELECT COALESCE(s.name, a.origin) FROM claims c JOIN articles a ON a.id = c.article_id
		LEFT JOIN sources s ON s.id = a.source_id WHERE c.id IN (old.claim_a, old.claim_b));
END;

-- An update that changes what a match is counted under takes it out of its
-- old counts and into its new ones. Rebuilding a fact rewrites its pairs
-- with the same values: that changes nothing and costs nothing here.
CREATE TRIGGER match_counts_au AFTER UPDATE OF relation, status, raised_by, subject, attribute, claim_a, claim_b ON matches
	WHEN old.relation <> new.relation OR old.status <> new.status OR (old.raised_by IS NULL) <> (new.raised_by IS NULL)
		OR old.subject <> new.subject OR old.attribute <> new.attribute OR old.claim_a <> new.claim_a OR old.claim_b <> new.claim_b BEGIN
	UPDATE match_counts SET n = n - 1 WHERE relation = old.relation AND status = old.status AND raised = (old.raised_by IS NOT NULL);
	INSERT INTO match_counts (relation, status, raised, n) VALUES (new.relation, new.status, new.raised_by IS NOT NULL, 1)
		ON CONFLICT (relation, status, raised) DO UPDATE SET n = n + 1;
	UPDATE source_facts SET matches = matches - 1,
		conflicts = conflicts - (old.relation = 'conflicts'), agreements = agreements - (old.relation = 'agrees')
	WHERE old.status <> 'dismissed' AND subject = old.subject AND attribute = old.attribute AND source IN (
		SELECT COALESCE(s.name, a.origin) FROM claims c JOIN articles a ON a.id = c.article_id
		LEFT JOIN sources s ON s.id = a.source_id WHERE c.id IN (old.claim_a, old.claim_b));
	INSERT INTO source_facts (source, subject, attribute, label, matches, conflicts, agreements)
		SELECT COALESCE(s.name, a.origin), new.subject, new.attribute, MIN(COALESCE(s.name, NULLIF(a.title, ''), a.origin)),
			1, new.relation = 'conflicts', new.relation = 'agrees'
		FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN sources s ON s.id = a.source_id
		WHERE c.id IN (new.claim_a, new.claim_b) AND new.status <> 'dismissed'
		GROUP BY 1
		ON CONFLICT (source, subject, attribute) DO UPDATE SET label = MIN(label, excluded.label),
			matches = matches + 1, conflicts = conflicts + excluded.conflicts, agreements = agreements + excluded.agreements;
END;
