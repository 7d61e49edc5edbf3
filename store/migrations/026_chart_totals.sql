-- 026_chart_totals: the dashboard's chart ranks sources and facts by their
-- conflicts and matches. Grouping source_facts (one row per source and
-- fact) for both rankings on every request cost 8 ms at 100,000 articles;
-- these tables keep each source's and each fact's totals as source_facts
-- changes, with the number of cells (rows with matches) it has, and
-- chart_sources_rank holds the sources in the chart's order.
CREATE TABLE chart_sources (
	source     TEXT PRIMARY KEY,
	label      TEXT NOT NULL, -- the smallest label its cells have had
	cells      INTEGER NOT NULL,
	conflicts  INTEGER NOT NULL,
	agreements INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE chart_facts (
	subject    TEXT NOT NULL,
	attribute  TEXT NOT NULL,
	cells      INTEGER NOT NULL,
	conflicts  INTEGER NOT NULL,
	agreements INTEGER NOT NULL,
	PRIMARY KEY (subject, attribute)
) STRICT, WITHOUT ROWID;

CREATE INDEX chart_sources_rank ON chart_sources (conflicts DESC, (conflicts + agreements) DESC, source) WHERE cells > 0;
CREATE INDEX chart_facts_rank ON chart_facts (conflicts DESC, (conflicts + agreements) DESC, (subject || ' · ' || attribute)) WHERE cells > 0;

INSERT INTO chart_sources (source, label, cells, conflicts, agreements)
	SELECT source, MIN(label), COUNT(*), SUM(conflicts), SUM(agreements) FROM source_facts WHERE matches > 0 GROUP BY source;
INSERT INTO chart_facts (subject, attribute, cells, conflicts, agreements)
	SELECT subject, attribute, COUNT(*), SUM(conflicts), SUM(agreements) FROM source_facts WHERE matches > 0 GROUP BY subject, attribute;

-- A cell's counts go into its source's and its fact's, and it counts as a
-- cell while it has matches (a row left with none stays in source_facts,
-- its counts at zero).
CREATE TRIGGER source_facts_chart_ai AFTER INSERT ON source_facts BEGIN
	INSERT INTO chart_sources (source, label, cells, conflicts, agreements)
		VALUES (new.source, new.label, new.matches > 0, new.conflicts, new.agreements)
	ON CONFLICT (source) DO UPDATE SET label = MIN(label, excluded.label), cells = cells + excluded.cells,
		conflicts = conflicts + excluded.conflicts, agreements = agreements + excluded.agreements;
	INSERT INTO chart_facts (subject, attribute, cells, conflicts, agreements)
		VALUES (new.subject, new.attribute, new.matches > 0, new.conflicts, new.agreements)
	ON CONFLICT (subject, attribute) DO UPDATE SET cells = cells + excluded.cells,
		conflicts = conflicts + excluded.conflicts, agreements = agreements + excluded.agreements;
END;

CREATE TRIGGER source_facts_chart_au AFTER UPDATE ON source_facts BEGIN
	UPDATE chart_sources SET cells = cells - (old.matches > 0), conflicts = conflicts - old.conflicts, agreements = agreements - old.agreements
	WHERE source = old.source;
	UPDATE chart_facts SET cells = cells - (old.matches > 0), conflicts = conflicts - old.conflicts, agreements = agreements - old.agreements
	WHERE subject = old.subject AND attribute = old.attribute;
	INSERT INTO chart_sources (source, label, cells, conflicts, agreements)
		VALUES (new.source, new.label, new.matches > 0, new.conflicts, new.agreements)
	ON CONFLICT (source) DO UPDATE SET label = MIN(label, excluded.label), cells = cells + excluded.cells,
		conflicts = conflicts + excluded.conflicts, agreements = agreements + excluded.agreements;
	INSERT INTO chart_facts (subject, attribute, cells, conflicts, agreements)
		VALUES (new.subject, new.attribute, new.matches > 0, new.conflicts, new.agreements)
	ON CONFLICT (subject, attribute) DO UPDATE SET cells = cells + excluded.cells,
		conflicts = conflicts + excluded.conflicts, agreements = agreements + excluded.agreements;
END;

CREATE TRIGGER source_facts_chart_ad AFTER DELETE ON source_facts BEGIN
	UPDATE chart_sources SET cells = cells - (old.matches > 0), conflicts = conflicts - old.conflicts, agreements = agreements - old.agreements
	WHERE source = old.source;
	UPDATE chart_facts SET cells = cells - (old.matches > 0), conflicts = conflicts - old.conflicts, agreements = agreements - old.agreements
	WHERE subject = old.subject AND attribute = old.attribute;
END;
