-- 013_statement_moves: a statement moved to another fact (a story's scope
-- changed and rescope refiled it: an UPDATE, neither insert nor delete)
-- takes its worth and language along. Both facts are read again from their
-- statements, as after a delete; moves are rare (a story's scope settles
-- with its first articles), so the recount costs what a delete does.
CREATE TRIGGER statements_fact_au AFTER UPDATE OF fact_id ON statements WHEN old.fact_id IS NOT new.fact_id BEGIN
	UPDATE facts SET
		worth = COALESCE((SELECT MAX(c.score) FROM statements st JOIN claims c ON c.id = st.claim_id WHERE st.fact_id = facts.id), 0),
		langs = COALESCE((SELECT group_concat(language, ' ') FROM (SELECT DISTINCT c.language FROM statements st
			JOIN claims c ON c.id = st.claim_id WHERE st.fact_id = facts.id AND c.language <> '' ORDER BY c.language)), '')
	WHERE id IN (old.fact_id, new.fact_id);
END;
