-- 015_queue_counts: the pairs list (/conflicts) shows how many pairs each
-- review status and kind holds under its filters, and how many the view
-- holds. Counting them on a request read every match of the relation three
-- times (83 ms at 50,000 matches, seconds at the 3.26 M open conflicts of
-- 100,000 articles); they are kept here on write instead, as 011 keeps the
-- dashboard's.
--
-- queue_counts holds, for each relation, kind and review status, how many
-- matches there are in all (language '', which is also what the queue's
-- "any language" filter says) and how many have a claim in each language
-- (a match between two claims of one language counts once for it: the
-- language filter matches either claim). Filters it does not hold (source,
-- assignee, subject and attribute) are counted on the request.
--
-- A match's languages are read from its claims, which are still there when
-- it is deleted (011's triggers delete a claim's matches before the claim);
-- a claim whose language changes (an article processed again) moves its
-- matches from the old language to the new.

CREATE TABLE queue_counts (
	relation TEXT NOT NULL,
	language TEXT NOT NULL, -- '' for every match
	kind     TEXT NOT NULL,
	status   TEXT NOT NULL,
	n        INTEGER NOT NULL,
	PRIMARY KEY (relation, language, kind, status)
) STRICT, WITHOUT ROWID;

INSERT INTO queue_counts (relation, language, kind, status, n)
	SELECT relation, '', kind, status, COUNT(*) FROM matches GROUP BY relation, kind, status;

INSERT INTO queue_counts (relation, language, kind, status, n)
	SELECT m.relation, c.language, m.kind, m.status, COUNT(DISTINCT m.id)
	FROM matches m JOIN claims c ON c.id IN (m.claim_a, m.claim_b)
	WHERE c.language <> ''
	GROUP BY m.relation, c.language, m.kind, m.status;

CREATE TRIGGER queue_counts_ai AFTER INSERT ON matches BEGIN
	INSERT INTO queue_counts (relation, language, kind, status, n)
		SELECT new.relation, l, new.kind, new.status, 1
		FROM (SELECT '' AS l UNION SELECT language FROM claims WHERE id IN (new.claim_a, new.claim_b) AND language <> '')
		WHERE true
		ON CONFLICT (relation, language, kind, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER queue_counts_ad AFTER DELETE ON matches BEGIN
	UPDATE queue_counts SET n = n - 1
	WHERE relation = old.relation AND kind = old.kind AND status = old.status AND language IN (
		SELECT '' UNION SELECT language FROM claims WHERE id IN (old.claim_a, old.claim_b) AND language <> '');
END;

-- Rebuilding a fact rewrites its pairs with the same values: that changes
-- nothing and costs nothing here.
CREATE TRIGGER queue_counts_au AFTER UPDATE OF relation, kind, status, claim_a, claim_b ON matches
	WHEN old.relation <> new.relation OR old.kind <> new.kind OR old.status <> new.status
		OR old.claim_a <> new.claim_a OR old.claim_b <> new.claim_b BEGIN
	UPDATE queue_counts SET n = n - 1
	WHERE relation = old.relation AND kind = old.kind AND status = old.status AND language IN (
		SELECT '' UNION SELECT language FROM claims WHERE id IN (old.claim_a, old.claim_b) AND language <> '');
	INSERT INTO queue_counts (relation, language, kind, status, n)
		SELECT new.relation, l, new.kind, new.status, 1
		FROM (SELECT '' AS l UNION SELECT language FROM claims WHERE id IN (new.claim_a, new.claim_b) AND language <> '')
		WHERE true
		ON CONFLICT (relation, language, kind, status) DO UPDATE SET n = n + 1;
END;

-- A claim's matches whose other claim is in another language leave the old
-- language's counts and join the new one's.
CREATE TRIGGER claims_queue_counts_au AFTER UPDATE OF language ON claims WHEN old.language <> new.language BEGIN
	UPDATE queue_counts SET n = n - d.k
	FROM (SELECT m.relation, m.kind, m.status, COUNT(*) AS k FROM matches m
		JOIN claims o ON o.id = CASE WHEN m.claim_a = new.id THEN m.claim_b ELSE m.claim_a END
		WHERE (m.claim_a = new.id OR m.claim_b = new.id) AND o.language <> old.language
		GROUP BY m.relation, m.kind, m.status) AS d
	WHERE old.language <> '' AND queue_counts.language = old.language
		AND queue_counts.relation = d.relation AND queue_counts.kind = d.kind AND queue_counts.status = d.status;
	INSERT INTO queue_counts (relation, language, kind, status, n)
		SELECT m.relation, new.language, m.kind, m.status, COUNT(*) FROM matches m
		JOIN claims o ON o.id = CASE WHEN m.claim_a = new.id THEN m.claim_b ELSE m.claim_a END
		WHERE new.language <> '' AND (m.claim_a = new.id OR m.claim_b = new.id) AND o.language <> new.language
		GROUP BY m.relation, m.kind, m.status
		ON CONFLICT (relation, language, kind, status) DO UPDATE SET n = n + excluded.n;
END;
