-- 002_review: what reviewers add on top of the engine's findings: verdicts on
-- claims, evidence on conflicts, the audit log every review page shows, the
-- session keys that must survive restarts, login throttling, and lexicon
-- additions made from the admin page.

-- Session keys live here so a restart does not log everyone out.
CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value BLOB NOT NULL
) STRICT;

-- Evidence links on a conflict, one URL per line; versioned with the row.
ALTER TABLE matches ADD COLUMN evidence TEXT NOT NULL DEFAULT '';

-- One verdict per claim; version guards against two reviewers overwriting
-- each other.
CREATE TABLE verdicts (
	id         INTEGER PRIMARY KEY,
	claim_id   INTEGER NOT NULL UNIQUE REFERENCES claims(id) ON DELETE CASCADE,
	verdict    TEXT NOT NULL CHECK (verdict IN ('supported','refuted','misleading','unverifiable','mistranslated')),
	rationale  TEXT NOT NULL DEFAULT '',
	evidence   TEXT NOT NULL DEFAULT '', -- URLs, one per line
	reviewer   INTEGER REFERENCES users(id) ON DELETE SET NULL,
	version    INTEGER NOT NULL DEFAULT 1,
	created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
	updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
) STRICT;

CREATE INDEX verdicts_verdict ON verdicts(verdict);

-- Who changed what, when, from what to what. The user's name is copied so the
-- history still reads after a user is removed.
CREATE TABLE audit_log (
	id        INTEGER PRIMARY KEY,
	at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
	user_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
	username  TEXT NOT NULL DEFAULT '',
	entity    TEXT NOT NULL, -- match, claim, user, lexicon
	entity_id INTEGER NOT NULL,
	action    TEXT NOT NULL, -- status, note, evidence, assign, verdict, ...
	old_value TEXT NOT NULL DEFAULT '',
	new_value TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, id);

-- Failed logins per key ("user:NAME" or "addr:IP"): the count drives an
-- exponential lockout window so guessing stays slow across restarts.
CREATE TABLE login_failures (
	key          TEXT PRIMARY KEY,
	failures     INTEGER NOT NULL,
	last_failure TEXT NOT NULL,
	locked_until TEXT NOT NULL
) STRICT;

-- Aliases and role words added by admins on top of the embedded lexicon.
CREATE TABLE lexicon_additions (
	id         INTEGER PRIMARY KEY,
	kind       TEXT NOT NULL CHECK (kind IN ('alias','role')),
	language   TEXT NOT NULL DEFAULT '',
	form       TEXT NOT NULL,
	canonical  TEXT NOT NULL,
	added_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
	created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
	UNIQUE (kind, language, form)
) STRICT;
