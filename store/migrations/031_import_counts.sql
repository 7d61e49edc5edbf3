-- An import counts the pairs it writes once per batch, set-based, at the
-- batch's end (store/match_batch_counts.go), instead of once per row in
-- these triggers: each pair's row ran ten upserts through them (match_counts,
-- source_facts with chart_sources and chart_facts, queue_counts,
-- queue_source_counts), a tenth of an import's CPU. While a batch runs, its
-- transaction holds one import_batch row naming the first match id the batch
-- may write; rows from it on are the batch's to count, and the triggers
-- leave them alone (a row of a lower id, if SQLite reuses one, is counted
-- here as before). The row is deleted before the batch commits, so no other
-- connection ever sees it, and a batch rolled back leaves none.
CREATE TABLE import_batch (
	first_match INTEGER NOT NULL
) STRICT;

DROP TRIGGER match_counts_ai;
CREATE TRIGGER match_counts_ai AFTER INSERT ON matches WHEN NOT EXISTS (SELECT 1 FROM import_batch WHERE new.id >= first_match) BEGIN
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
DROP TRIGGER match_counts_ad;
CREATE TRIGGER match_counts_ad AFTER DELETE ON matches WHEN NOT EXISTS (SELECT 1 FROM import_batch WHERE old.id >= first_match) BEGIN
	UPDATE match_counts SET n = n - 1 WHERE relation = old.relation AND status = old.status AND raised = (old.raised_by IS NOT NULL);
	UPDATE source_facts SET matches = matches - 1,
		conflicts = conflicts - (old.relation = 'conflicts'), agreements = agreements - (old.relation = 'agrees')
	WHERE old.status <> 'dismissed' AND subject = old.subject AND attribute = old.attribute AND source IN (
		SELECT COALESCE(s.name, a.origin) FROM claims c JOIN articles a ON a.id = c.article_id
		LEFT JOIN sources s ON s.id = a.source_id WHERE c.id IN (old.claim_a, old.claim_b));
END;
DROP TRIGGER match_counts_au;
CREATE TRIGGER match_counts_au AFTER UPDATE OF relation, status, raised_by, subject, attribute, claim_a, claim_b ON matches
	WHEN (old.relation <> new.relation OR old.status <> new.status OR (old.raised_by IS NULL) <> (new.raised_by IS NULL)
		OR old.subject <> new.subject OR old.attribute <> new.attribute OR old.claim_a <> new.claim_a OR old.claim_b <> new.claim_b)
		AND NOT EXISTS (SELECT 1 FROM import_batch WHERE old.id >= first_match) BEGIN
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
DROP TRIGGER queue_counts_ai;
CREATE TRIGGER queue_counts_ai AFTER INSERT ON matches WHEN NOT EXISTS (SELECT 1 FROM import_batch WHERE new.id >= first_match) BEGIN
	INSERT INTO queue_counts (relation, language, kind, status, n)
		SELECT new.relation, l, new.kind, new.status, 1
		FROM (SELECT '' AS l UNION SELECT language FROM claims WHERE id IN (new.claim_a, new.claim_b) AND language <> '')
		WHERE true
		ON CONFLICT (relation, language, kind, status) DO UPDATE SET n = n + 1;
END;
DROP TRIGGER queue_counts_ad;
CREATE TRIGGER queue_counts_ad AFTER DELETE ON matches WHEN NOT EXISTS (SELECT 1 FROM import_batch WHERE old.id >= first_match) BEGIN
	UPDATE queue_counts SET n = n - 1
	WHERE relation = old.relation AND kind = old.kind AND status = old.status AND language IN (
		SELECT '' UNION SELECT language FROM claims WHERE id IN (old.claim_a, old.claim_b) AND language <> '');
END;
DROP TRIGGER queue_counts_au;
CREATE TRIGGER queue_counts_au AFTER UPDATE OF relation, kind, status, claim_a, claim_b ON matches
	WHEN (old.relation <> new.relation OR old.kind <> new.kind OR old.status <> new.status
		OR old.claim_a <> new.claim_a OR old.claim_b <> new.claim_b)
		AND NOT EXISTS (SELECT 1 FROM import_batch WHERE old.id >= first_match) BEGIN
	UPDATE queue_counts SET n = n - 1
	WHERE relation = old.relation AND kind = old.kind AND status = old.status AND language IN (
		SELECT '' UNION SELECT language FROM claims WHERE id IN (old.claim_a, old.claim_b) AND language <> '');
	INSERT INTO queue_counts (relation, language, kind, status, n)
		SELECT new.relation, l, new.kind, new.status, 1
		FROM (SELECT '' AS l UNION SELECT language FROM claims WHERE id IN (new.claim_a, new.claim_b) AND language <> '')
		WHERE true
		ON CONFLICT (relation, language, kind, status) DO UPDATE SET n = n + 1;
END;
DROP TRIGGER queue_source_counts_ai;
CREATE TRIGGER queue_source_counts_ai AFTER INSERT ON matches WHEN NOT EXISTS (SELECT 1 FROM import_batch WHERE new.id >= first_match) BEGIN
	INSERT INTO queue_source_counts (relation, source, kind, status, n)
		SELECT new.relation, k, new.kind, new.status, 1 FROM (
			SELECT a.origin AS k FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN (new.claim_a, new.claim_b)
			UNION
			SELECT s.name FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
			WHERE c.id IN (new.claim_a, new.claim_b))
		WHERE true
		ON CONFLICT (relation, source, kind, status) DO UPDATE SET n = n + 1;
END;
DROP TRIGGER queue_source_counts_ad;
CREATE TRIGGER queue_source_counts_ad AFTER DELETE ON matches WHEN NOT EXISTS (SELECT 1 FROM import_batch WHERE old.id >= first_match) BEGIN
	UPDATE queue_source_counts SET n = n - 1
	WHERE relation = old.relation AND kind = old.kind AND status = old.status AND source IN (
		SELECT a.origin FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN (old.claim_a, old.claim_b)
		UNION
		SELECT s.name FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
		WHERE c.id IN (old.claim_a, old.claim_b));
END;
DROP TRIGGER queue_source_counts_au;
CREATE TRIGGER queue_source_counts_au AFTER UPDATE OF relation, kind, status, claim_a, claim_b ON matches
	WHEN (old.relation <> new.relation OR old.kind <> new.kind OR old.status <> new.status
		OR old.claim_a <> new.claim_a OR old.claim_b <> new.claim_b)
		AND NOT EXISTS (SELECT 1 FROM import_batch WHERE old.id >= first_match) BEGIN
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
