-- 007_titles_terms: search finds a claim by what the engine understood of it,
-- in any script: claims.terms holds the canonical English names, the English
-- words for what its figures count and the figures in plain digits
-- (claims.SearchTerms), and claims_fts indexes it beside the text. Articles
-- stored without a title get one from their lead claim; both backfills are
-- Go (fillTitlesAndTerms in migrate_007.go), run in this migration's
-- transaction after this file.
ALTER TABLE claims ADD COLUMN terms TEXT NOT NULL DEFAULT '';

DROP TRIGGER claims_ai;
DROP TRIGGER claims_ad;
DROP TRIGGER claims_au;
DROP TABLE claims_fts;

-- As in 001, with a second column: the tokenizer keeps Bengali and
-- Devanagari words whole (marks are token characters).
CREATE VIRTUAL TABLE claims_fts USING fts5 (
	text,
	terms,
	content = 'claims',
	content_rowid = 'id',
	tokenize = "unicode61 categories 'L* N* Co M*' remove_diacritics 2"
);

CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
	INSERT INTO claims_fts (rowid, text, terms) VALUES (new.id, new.text, new.terms);
END;

CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
	INSERT INTO claims_fts (claims_fts, rowid, text, terms) VALUES ('delete', old.id, old.text, old.terms);
END;

CREATE TRIGGER claims_au AFTER UPDATE OF text, terms ON claims BEGIN
	INSERT INTO claims_fts (claims_fts, rowid, text, terms) VALUES ('delete', old.id, old.text, old.terms);
	INSERT INTO claims_fts (rowid, text, terms) VALUES (new.id, new.text, new.terms);
END;

-- The index is filled by the Go step, once every claim has its terms: one
-- 'rebuild' is three times faster than rewriting each claim through
-- claims_au.
