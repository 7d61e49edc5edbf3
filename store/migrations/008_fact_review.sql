-- 008_fact_review: what the workbench needs to review by fact, kept up to
-- date on write so no page counts or sorts every fact on a request.
--
-- facts gain:
--   worth     the highest check-worthiness of a claim stating the fact;
--   dissent   how many statements stand outside the fact's main group (how
--             many sources disagree with the most stated value), read from
--             the bounded summary (at most 24 groups) whenever it changes;
--   langs     the languages of its statements, space separated ("bn en");
--   rank      disputed first, then revised, evolving, agreed, single;
--   resolution the value a reviewer found supported when resolving it.
-- statements gain review: a reviewer's word on one statement.
-- stories gain langs, disputed (open or not) and published_last.
-- fact_counts keeps how many facts each (status, decision) holds.
-- Triggers keep all of it, so every path that writes statements or facts
-- (import, rematch, moving an article, merging stories) keeps it right.

ALTER TABLE facts ADD COLUMN worth REAL NOT NULL DEFAULT 0;
ALTER TABLE facts ADD COLUMN dissent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE facts ADD COLUMN langs TEXT NOT NULL DEFAULT '';
ALTER TABLE facts ADD COLUMN resolution TEXT NOT NULL DEFAULT '';
ALTER TABLE facts ADD COLUMN rank INTEGER GENERATED ALWAYS AS (
	CASE status WHEN 'disputed' THEN 0 WHEN 'revised' THEN 1 WHEN 'evolving' THEN 2 WHEN 'agreed' THEN 3 ELSE 4 END) VIRTUAL;

ALTER TABLE statements ADD COLUMN review TEXT NOT NULL DEFAULT ''
	CHECK (review IN ('', 'correct', 'garbled', 'outdated', 'out_of_scope'));

ALTER TABLE stories ADD COLUMN langs TEXT NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN disputed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN published_last TEXT NOT NULL DEFAULT '';

-- The queue walks this index in its own order: decision, then rank, then
-- how many disagree and how check-worthy, then id for a stable keyset.
CREATE INDEX facts_review ON facts (decision, rank, dissent DESC, worth DESC, id);
CREATE INDEX facts_assigned ON facts (assigned_to, decision);
CREATE INDEX facts_decided_by ON facts (decided_by, decision);
CREATE INDEX statements_fact ON statements (fact_id, id);
CREATE INDEX stories_recent ON stories (published_last DESC, id DESC);

CREATE TABLE fact_counts (
	status   TEXT NOT NULL,
	decision TEXT NOT NULL,
	n        INTEGER NOT NULL,
	PRIMARY KEY (status, decision)
) STRICT, WITHOUT ROWID;

-- Backfill what older databases hold.
UPDATE facts SET
	worth = COALESCE((SELECT MAX(c.score) FROM statements st JOIN claims c ON c.id = st.claim_id WHERE st.fact_id = facts.id), 0),
	langs = COALESCE((SELECT group_concat(language, ' ') FROM (SELECT DISTINCT c.language FROM statements st
		JOIN claims c ON c.id = st.claim_id WHERE st.fact_id = facts.id ORDER BY c.language)), ''),
	dissent = statements - COALESCE((SELECT MAX(json_extract(g.value, '$.n')) FROM json_each(facts.summary, '$.groups') g), statements);

INSERT INTO fact_counts (status, decision, n) SELECT status, decision, COUNT(*) FROM facts GROUP BY status, decision;

UPDATE stories SET
	langs = COALESCE((SELECT group_concat(language, ' ') FROM (SELECT DISTINCT language FROM articles
		WHERE story_id = stories.id ORDER BY language)), ''),
	disputed = (SELECT COUNT(*) FROM facts WHERE story_id = stories.id AND status = 'disputed'),
	published_last = COALESCE((SELECT MAX(substr(published, 1, 10)) FROM articles WHERE story_id = stories.id AND published <> ''), '');

-- A statement raises its fact's worth and adds its language.
CREATE TRIGGER statements_fact_ai AFTER INSERT ON statements BEGIN
	UPDATE facts SET
		worth = MAX(worth, COALESCE((SELECT score FROM claims WHERE id = new.claim_id), 0)),
		langs = (SELECT CASE WHEN l IS NULL OR l = '' OR instr(' ' || facts.langs || ' ', ' ' || l || ' ') > 0 THEN facts.langs
			ELSE ltrim(facts.langs || ' ' || l) END FROM (SELECT language AS l FROM claims WHERE id = new.claim_id))
	WHERE id = new.fact_id;
END;

-- A statement gone (its article moved or deleted) may take the top worth or
-- the last statement in a language with it: read them again from the
-- fact's statements, which the statements_fact index reaches directly.
CREATE TRIGGER statements_fact_ad AFTER DELETE ON statements BEGIN
	UPDATE facts SET
		worth = COALESCE((SELECT MAX(c.score) FROM statements st JOIN claims c ON c.id = st.claim_id WHERE st.fact_id = old.fact_id), 0),
		langs = COALESCE((SELECT group_concat(language, ' ') FROM (SELECT DISTINCT c.language FROM statements st
			JOIN claims c ON c.id = st.claim_id WHERE st.fact_id = old.fact_id ORDER BY c.language)), '')
	WHERE id = old.fact_id;
END;

CREATE TRIGGER facts_dissent_au AFTER UPDATE OF summary, statements ON facts BEGIN
	UPDATE facts SET dissent = new.statements - COALESCE((SELECT MAX(json_extract(g.value, '$.n'))
		FROM json_each(new.summary, '$.groups') g), new.statements)
	WHERE id = new.id;
END;

CREATE TRIGGER facts_counts_ai AFTER INSERT ON facts BEGIN
	INSERT INTO fact_counts (status, decision, n) VALUES (new.status, new.decision, 1)
		ON CONFLICT (status, decision) DO UPDATE SET n = n + 1;
	UPDATE stories SET disputed = disputed + 1 WHERE id = new.story_id AND new.status = 'disputed';
END;

CREATE TRIGGER facts_counts_ad AFTER DELETE ON facts BEGIN
	UPDATE fact_counts SET n = n - 1 WHERE status = old.status AND decision = old.decision;
	UPDATE stories SET disputed = disputed - 1 WHERE id = old.story_id AND old.status = 'disputed';
END;

CREATE TRIGGER facts_counts_au AFTER UPDATE OF status, decision, story_id ON facts
	WHEN old.status <> new.status OR old.decision <> new.decision OR old.story_id IS NOT new.story_id BEGIN
	UPDATE fact_counts SET n = n - 1 WHERE status = old.status AND decision = old.decision;
	INSERT INTO fact_counts (status, decision, n) VALUES (new.status, new.decision, 1)
		ON CONFLICT (status, decision) DO UPDATE SET n = n + 1;
	UPDATE stories SET disputed = disputed - 1 WHERE id = old.story_id AND old.status = 'disputed';
	UPDATE stories SET disputed = disputed + 1 WHERE id = new.story_id AND new.status = 'disputed';
END;

-- An article joining a story adds its language and publication date; one
-- leaving a story (moved by a reviewer) has that story's read again.
CREATE TRIGGER articles_story_au AFTER UPDATE OF story_id ON articles
	WHEN old.story_id IS NOT new.story_id BEGIN
	UPDATE stories SET
		langs = CASE WHEN new.language = '' OR instr(' ' || langs || ' ', ' ' || new.language || ' ') > 0 THEN langs
			ELSE ltrim(langs || ' ' || new.language) END,
		published_last = MAX(published_last, COALESCE(substr(new.published, 1, 10), ''))
	WHERE id = new.story_id;
	UPDATE stories SET
		langs = COALESCE((SELECT group_concat(language, ' ') FROM (SELECT DISTINCT language FROM articles
			WHERE story_id = old.story_id ORDER BY language)), ''),
		published_last = COALESCE((SELECT MAX(substr(published, 1, 10)) FROM articles WHERE story_id = old.story_id AND published <> ''), '')
	WHERE id = old.story_id;
END;

CREATE TRIGGER articles_story_ad AFTER DELETE ON articles WHEN old.story_id IS NOT NULL BEGIN
	UPDATE stories SET
		langs = COALESCE((SELECT group_concat(language, ' ') FROM (SELECT DISTINCT language FROM articles
			WHERE story_id = old.story_id ORDER BY language)), ''),
		published_last = COALESCE((SELECT MAX(substr(published, 1, 10)) FROM articles WHERE story_id = old.story_id AND published <> ''), '')
	WHERE id = old.story_id;
END;
