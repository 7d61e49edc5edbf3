-- 012_fact_triggers: 008's triggers on statements and facts write a fact's
-- row only when what they keep changes. A fact's row holds its summary (a
-- few KB): rewriting it for every statement a fact gains, though its worth
-- and languages rarely change, and again after each summary to set a
-- dissent that most often stays what it was, cost a third of an import.
-- What they keep is unchanged.
DROP TRIGGER statements_fact_ai;
DROP TRIGGER facts_dissent_au;

-- A statement raises its fact's worth and adds its language, when it does.
CREATE TRIGGER statements_fact_ai AFTER INSERT ON statements BEGIN
	UPDATE facts SET
		worth = MAX(worth, COALESCE((SELECT score FROM claims WHERE id = new.claim_id), 0)),
		langs = (SELECT CASE WHEN l IS NULL OR l = '' OR instr(' ' || facts.langs || ' ', ' ' || l || ' ') > 0 THEN facts.langs
			ELSE ltrim(facts.langs || ' ' || l) END FROM (SELECT language AS l FROM claims WHERE id = new.claim_id))
	WHERE id = new.fact_id AND EXISTS (SELECT 1 FROM claims c WHERE c.id = new.claim_id
		AND (c.score > facts.worth OR (c.language <> '' AND instr(' ' || facts.langs || ' ', ' ' || c.language || ' ') = 0)));
END;

CREATE TRIGGER facts_dissent_au AFTER UPDATE OF summary, statements ON facts BEGIN
	UPDATE facts SET dissent = new.statements - COALESCE((SELECT MAX(json_extract(g.value, '$.n'))
		FROM json_each(new.summary, '$.groups') g), new.statements)
	WHERE id = new.id AND dissent IS NOT new.statements - COALESCE((SELECT MAX(json_extract(g.value, '$.n'))
		FROM json_each(new.summary, '$.groups') g), new.statements);
END;
