-- 004_stories: stories, facts and statements (claims/story). Every article
-- belongs to one story; a fact is one thing sources state, inside a story
-- (figures and dates of its event) or across stories (a person's title,
-- story_id NULL); a statement is what one claim says of it. Matches are now
-- derived from facts: fact_id names the fact, and "differs" joins agrees and
-- conflicts for a running figure at other dates or a revision. Reviewers
-- decide facts: decisions on pairs carry over onto their facts when the
-- store backfills an older database (store/story_backfill.go).

CREATE TABLE stories (
	id         INTEGER PRIMARY KEY,
	title      TEXT NOT NULL DEFAULT '',
	-- main_place is the place the story's articles name most: a toll stated
	-- there is the story's own.
	main_place TEXT NOT NULL DEFAULT '',
	first_at   TEXT NOT NULL DEFAULT '', -- ISO dates the articles tell of
	last_at    TEXT NOT NULL DEFAULT '',
	articles   INTEGER NOT NULL DEFAULT 0,
	-- weight is the weight of every distinct signal of the story
	-- (claims/story.Choose measures similarity against it).
	weight     REAL NOT NULL DEFAULT 0,
	created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
	updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories (id) ON DELETE SET NULL;
-- joined_by says which shared signals made the article join its story.
ALTER TABLE articles ADD COLUMN joined_by TEXT NOT NULL DEFAULT '';
-- story_pinned is set when a reviewer placed the article: rematching keeps it.
ALTER TABLE articles ADD COLUMN story_pinned INTEGER NOT NULL DEFAULT 0;
CREATE INDEX articles_story ON articles (story_id, id);

-- story_signals index stories by the language-independent signals of their
-- articles (claims/story.Signals); n is how many of its articles state one.
-- A new article reads, per signal, the few stories that stated it last
-- (story_signals_recent): the cost does not grow with the corpus.
CREATE TABLE story_signals (
	signal       TEXT NOT NULL,
	story_id     INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	kind         TEXT NOT NULL,
	label        TEXT NOT NULL,
	n            INTEGER NOT NULL,
	last_article INTEGER NOT NULL,
	PRIMARY KEY (signal, story_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX story_signals_recent ON story_signals (signal, last_article DESC);
CREATE INDEX story_signals_story ON story_signals (story_id, n DESC);

-- signal_stories counts the stories holding each signal: a signal every
-- story holds says little about which story an article belongs to.
CREATE TABLE signal_stories (
	signal  TEXT PRIMARY KEY,
	stories INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TRIGGER story_signals_ai AFTER INSERT ON story_signals BEGIN
	INSERT INTO signal_stories (signal, stories) VALUES (new.signal, 1)
		ON CONFLICT (signal) DO UPDATE SET stories = stories + 1;
END;

CREATE TRIGGER story_signals_ad AFTER DELETE ON story_signals BEGIN
	UPDATE signal_stories SET stories = stories - 1 WHERE signal = old.signal;
END;

-- facts: summary is the claims/story.Summary as JSON, the bounded groups of
-- its statements that a new statement is placed in without reading the
-- others. decision and its columns are the reviewers' word on the fact.
CREATE TABLE facts (
	id          INTEGER PRIMARY KEY,
	story_id    INTEGER REFERENCES stories (id) ON DELETE CASCADE,
	key         TEXT NOT NULL CHECK (key <> ''),
	kind        TEXT NOT NULL,
	subject     TEXT NOT NULL,
	attribute   TEXT NOT NULL,
	status      TEXT NOT NULL DEFAULT 'single'
		CHECK (status IN ('single', 'agreed', 'disputed', 'evolving', 'revised')),
	reason      TEXT NOT NULL DEFAULT '',
	vals        TEXT NOT NULL DEFAULT '',
	summary     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary)),
	statements  INTEGER NOT NULL DEFAULT 0,
	decision    TEXT NOT NULL DEFAULT 'open'
		CHECK (decision IN ('open', 'confirmed', 'dismissed', 'mistranslation', 'resolved')),
	assigned_to INTEGER REFERENCES users (id) ON DELETE SET NULL,
	note        TEXT NOT NULL DEFAULT '',
	evidence    TEXT NOT NULL DEFAULT '',
	decided_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
	decided_at  TEXT NOT NULL DEFAULT '',
	version     INTEGER NOT NULL DEFAULT 1,
	created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
	updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- One fact per key in a story, and one entity fact per key (story_id NULL,
-- which a plain UNIQUE would let repeat).
CREATE UNIQUE INDEX facts_key ON facts (COALESCE(story_id, 0), key);
CREATE INDEX facts_story ON facts (story_id, status);
CREATE INDEX facts_queue ON facts (status, decision);

CREATE TABLE statements (
	id         INTEGER PRIMARY KEY,
	fact_id    INTEGER NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
	claim_id   INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	facet_id   INTEGER REFERENCES facets (id) ON DELETE SET NULL,
	value      TEXT NOT NULL,
	as_of      TEXT NOT NULL DEFAULT '',
	said_by    TEXT NOT NULL DEFAULT '',
	revision   INTEGER NOT NULL DEFAULT 0,
	UNIQUE (fact_id, claim_id)
) STRICT;

CREATE INDEX statements_claim ON statements (claim_id);
CREATE INDEX statements_article ON statements (article_id);

-- matches gains fact_id and the relation "differs": SQLite changes a CHECK
-- only by rebuilding the table. Nothing references matches by foreign key.
CREATE TABLE matches_v4 (
	id          INTEGER PRIMARY KEY,
	relation    TEXT NOT NULL CHECK (relation IN ('agrees', 'conflicts', 'differs')),
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
	evidence    TEXT NOT NULL DEFAULT '',
	fact_id     INTEGER REFERENCES facts (id) ON DELETE CASCADE,
	UNIQUE (claim_a, claim_b, kind, subject, attribute),
	CHECK (claim_a <> claim_b)
) STRICT;

INSERT INTO matches_v4 (id, relation, kind, subject, attribute, claim_a, claim_b, facet_a, facet_b,
	value_a, value_b, reason, status, assigned_to, raised_by, note, version, created_at, updated_at, evidence)
	SELECT id, relation, kind, subject, attribute, claim_a, claim_b, facet_a, facet_b,
	value_a, value_b, reason, status, assigned_to, raised_by, note, version, created_at, updated_at, evidence
	FROM matches;

DROP TABLE matches;
ALTER TABLE matches_v4 RENAME TO matches;

CREATE INDEX matches_claim_b ON matches (claim_b);
CREATE INDEX matches_facet_a ON matches (facet_a);
CREATE INDEX matches_facet_b ON matches (facet_b);
CREATE INDEX matches_queue ON matches (status, relation, kind);
CREATE INDEX matches_assigned ON matches (assigned_to, status);
CREATE INDEX matches_fact ON matches (fact_id);
