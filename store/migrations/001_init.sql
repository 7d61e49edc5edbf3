-- 001_init: articles, claims, facets, matches and flags, the users who review
-- them, and full-text search over claims. Reviewer features (verdicts, notes,
-- audit log) build on these tables in later migrations without rewriting them.
-- Timestamps are ISO-8601 UTC text; offsets are rune offsets, as in the domain.

CREATE TABLE users (
	id            INTEGER PRIMARY KEY,
	name          TEXT NOT NULL UNIQUE,
	role          TEXT NOT NULL CHECK (role IN ('admin', 'reviewer')),
	password_hash TEXT NOT NULL,
	created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
	updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
	version       INTEGER NOT NULL DEFAULT 1
) STRICT;

-- sources are outlets; an article without front matter has none.
CREATE TABLE sources (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE articles (
	id          INTEGER PRIMARY KEY,
	origin      TEXT NOT NULL,
	title       TEXT NOT NULL DEFAULT '',
	source_id   INTEGER REFERENCES sources (id),
	url         TEXT NOT NULL DEFAULT '',
	language    TEXT NOT NULL DEFAULT '',
	published   TEXT,
	raw         TEXT NOT NULL,
	clean       TEXT NOT NULL,
	-- hash is the SHA-256 of raw: the same content imports once.
	hash        TEXT NOT NULL UNIQUE,
	created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
	imported_by INTEGER REFERENCES users (id) ON DELETE SET NULL
) STRICT;

CREATE INDEX articles_origin ON articles (origin);

-- residue is what cleaning removed from raw, kept so reviewers see what went.
CREATE TABLE residue (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	text       TEXT NOT NULL,
	reason     TEXT NOT NULL,
	CHECK (0 <= start AND start <= "end")
) STRICT;

CREATE INDEX residue_article ON residue (article_id);

-- claims keep their extracted facets as JSON of the domain structs: they are
-- read whole with their claim, never queried field by field (facets are).
CREATE TABLE claims (
	id            INTEGER PRIMARY KEY,
	article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ordinal       INTEGER NOT NULL CHECK (ordinal >= 1),
	text          TEXT NOT NULL,
	start         INTEGER NOT NULL,
	"end"         INTEGER NOT NULL,
	clean_start   INTEGER NOT NULL,
	clean_end     INTEGER NOT NULL,
	language      TEXT NOT NULL DEFAULT '',
	score         REAL NOT NULL DEFAULT 0 CHECK (score BETWEEN 0 AND 1),
	score_reasons TEXT NOT NULL DEFAULT '',
	quantities    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(quantities)),
	dates         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(dates)),
	entities      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(entities)),
	roles         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles)),
	UNIQUE (article_id, ordinal),
	CHECK (0 <= start AND start <= "end"),
	CHECK (0 <= clean_start AND clean_start <= clean_end)
) STRICT;

-- flags: claim_id is NULL for an article-level flag (spans index raw);
-- otherwise spans index the claim's text.
CREATE TABLE flags (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	claim_id   INTEGER REFERENCES claims (id) ON DELETE CASCADE,
	kind       TEXT NOT NULL CHECK (kind <> ''),
	evidence   TEXT NOT NULL DEFAULT '',
	note       TEXT NOT NULL DEFAULT '',
	start      INTEGER NOT NULL DEFAULT 0,
	"end"      INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX flags_article ON flags (article_id);
CREATE INDEX flags_claim ON flags (claim_id);

-- facets are the comparable statements of claims; data is the claims.Facet as
-- JSON. Candidates for a new article are found by key and value through
-- facets_key, newest first, never by scanning all facets.
CREATE TABLE facets (
	id         INTEGER PRIMARY KEY,
	claim_id   INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	kind       TEXT NOT NULL,
	subject    TEXT NOT NULL,
	attribute  TEXT NOT NULL,
	key        TEXT NOT NULL CHECK (key <> ''),
	value      TEXT NOT NULL,
	data       TEXT NOT NULL CHECK (json_valid(data))
) STRICT;

CREATE INDEX facets_key ON facets (key, value, id DESC);
CREATE INDEX facets_claim ON facets (claim_id);
CREATE INDEX facets_article ON facets (article_id);

-- facet_groups lists the distinct values stated for each key, so the values
-- of a key are read without touching facets; last_id (the newest facet with
-- that value) lets a popular key be read most-recent values first.
CREATE TABLE facet_groups (
	key     TEXT NOT NULL,
	value   TEXT NOT NULL,
	n       INTEGER NOT NULL,
	last_id INTEGER NOT NULL,
	PRIMARY KEY (key, value)
) STRICT, WITHOUT ROWID;

CREATE INDEX facet_groups_recent ON facet_groups (key, last_id DESC);

CREATE TRIGGER facets_ad AFTER DELETE ON facets BEGIN
	UPDATE facet_groups SET n = n - 1 WHERE key = old.key AND value = old.value;
	DELETE FROM facet_groups WHERE key = old.key AND value = old.value AND n <= 0;
END;

-- matches: two claims agree or conflict on one facet. facet_a/facet_b name the
-- facets compared (NULL for a pair a reviewer raised by hand); reason says why
-- the verdict. version is for optimistic concurrency between reviewers.
CREATE TABLE matches (
	id          INTEGER PRIMARY KEY,
	relation    TEXT NOT NULL CHECK (relation IN ('agrees', 'conflicts')),
	kind        TEXT NOT NULL,
	subject     TEXT NOT NULL,
	attribute   TEXT NOT NULL,
	claim_a     INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
	claim_b     INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
	facet_a     INTEGER REFERENCES facets (id) ON DELETE SET NULL,
	facet_b     INTEGER REFERENCES facets (id) ON DELETE SET NULL,
	value_a     TEXT NOT NULL,
	value_b     TEXT NOT NULL,
	reason      TEXT NOT NULL DEFAULT '',
	status      TEXT NOT NULL DEFAULT 'open'
		CHECK (status IN ('open', 'confirmed', 'dismissed', 'mistranslation')),
	assigned_to INTEGER REFERENCES users (id) ON DELETE SET NULL,
	raised_by   INTEGER REFERENCES users (id) ON DELETE SET NULL,
	note        TEXT NOT NULL DEFAULT '',
	version     INTEGER NOT NULL DEFAULT 1,
	created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
	updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
	UNIQUE (claim_a, claim_b, kind, subject, attribute),
	CHECK (claim_a <> claim_b)
) STRICT;

CREATE INDEX matches_claim_b ON matches (claim_b);
-- Deleting a claim's facets looks matches up by facet: without these, every
-- facet deleted would scan all matches.
CREATE INDEX matches_facet_a ON matches (facet_a);
CREATE INDEX matches_facet_b ON matches (facet_b);
CREATE INDEX matches_queue ON matches (status, relation, kind);
CREATE INDEX matches_assigned ON matches (assigned_to, status);

-- claims_fts indexes claim text in every language. The default unicode61
-- tokenizer splits Bengali and Devanagari words at vowel signs (category Mc/Mn);
-- counting marks (M*) as token characters keeps those words whole. The text is
-- NFC on the way in and the query NFC on the way out.
CREATE VIRTUAL TABLE claims_fts USING fts5 (
	text,
	content = 'claims',
	content_rowid = 'id',
	tokenize = "unicode61 categories 'L* N* Co M*' remove_diacritics 2"
);

CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
	INSERT INTO claims_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
	INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER claims_au AFTER UPDATE OF text ON claims BEGIN
	INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
	INSERT INTO claims_fts (rowid, text) VALUES (new.id, new.text);
END;
