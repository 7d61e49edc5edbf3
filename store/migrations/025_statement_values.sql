-- 025_statement_values: a fact page shows the distinct values of a fact's
-- statements with how many statements give each, and the statements of
-- one value a page at a time. A fact of 10,000 statements read them all
-- (the page was half a megabyte of HTML); counting its values from the
-- statements still read 10,000 index entries a request.
--
-- fact_values keeps each fact's values, their counts and their earliest
-- and latest as-of dates on write, so the summary reads a handful of rows.
-- statements_fact_value holds one value's statements in date order: its
-- page seeks to (fact, value, as_of, id) after the last one shown, and
-- when a statement goes, its value's dates are read back from the two ends
-- of its entries, not from every statement of the value.
CREATE INDEX statements_fact_value ON statements (fact_id, value, as_of);

CREATE TABLE fact_values (
	fact_id     INTEGER NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
	value       TEXT NOT NULL,
	n           INTEGER NOT NULL,
	first_as_of TEXT NOT NULL, -- '' when no statement of the value is dated
	last_as_of  TEXT NOT NULL,
	PRIMARY KEY (fact_id, value)
) STRICT, WITHOUT ROWID;

INSERT INTO fact_values (fact_id, value, n, first_as_of, last_as_of)
	SELECT fact_id, value, COUNT(*), COALESCE(MIN(NULLIF(as_of, '')), ''), MAX(as_of) FROM statements GROUP BY fact_id, value;

CREATE TRIGGER statements_values_ai AFTER INSERT ON statements BEGIN
	INSERT INTO fact_values (fact_id, value, n, first_as_of, last_as_of) VALUES (new.fact_id, new.value, 1, new.as_of, new.as_of)
	ON CONFLICT (fact_id, value) DO UPDATE SET n = n + 1,
		first_as_of = CASE WHEN first_as_of = '' OR (excluded.first_as_of <> '' AND excluded.first_as_of < first_as_of)
			THEN excluded.first_as_of ELSE first_as_of END,
		last_as_of = MAX(last_as_of, excluded.last_as_of);
END;

CREATE TRIGGER statements_values_ad AFTER DELETE ON statements BEGIN
	UPDATE fact_values SET n = n - 1,
		first_as_of = COALESCE((SELECT MIN(as_of) FROM statements WHERE fact_id = old.fact_id AND value = old.value AND as_of > ''), ''),
		last_as_of = COALESCE((SELECT MAX(as_of) FROM statements WHERE fact_id = old.fact_id AND value = old.value), '')
	WHERE fact_id = old.fact_id AND value = old.value;
	DELETE FROM fact_values WHERE fact_id = old.fact_id AND value = old.value AND n <= 0;
END;

-- A statement moved to another fact, or restated with another value or
-- date, leaves its old value and joins its new one.
CREATE TRIGGER statements_values_au AFTER UPDATE OF fact_id, value, as_of ON statements
WHEN old.fact_id IS NOT new.fact_id OR old.value IS NOT new.value OR old.as_of IS NOT new.as_of BEGIN
	UPDATE fact_values SET n = n - 1,
		first_as_of = COALESCE((SELECT MIN(as_of) FROM statements WHERE fact_id = old.fact_id AND value = old.value AND as_of > ''), ''),
		last_as_of = COALESCE((SELECT MAX(as_of) FROM statements WHERE fact_id = old.fact_id AND value = old.value), '')
	WHERE fact_id = old.fact_id AND value = old.value;
	DELETE FROM fact_values WHERE fact_id = old.fact_id AND value = old.value AND n <= 0;
	INSERT INTO fact_values (fact_id, value, n, first_as_of, last_as_of) VALUES (new.fact_id, new.value, 1, new.as_of, new.as_of)
	ON CONFLICT (fact_id, value) DO UPDATE SET n = n + 1,
		first_as_of = CASE WHEN first_as_of = '' OR (excluded.first_as_of <> '' AND excluded.first_as_of < first_as_of)
			THEN excluded.first_as_of ELSE first_as_of END,
		last_as_of = MAX(last_as_of, excluded.last_as_of);
END;
