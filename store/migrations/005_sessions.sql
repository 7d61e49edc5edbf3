-- 005_sessions: sessions kept on the server, devices that logged in, disabled
-- users, and user names compared by a folded key.
--
-- A browser's session cookie holds only a random token; sessions keeps its
-- SHA-256, never the token, so a copy of this database (or a backup) yields
-- no cookie that opens the workbench. The cookie keys of the old signed
-- cookies go: nothing signs or decrypts a cookie any more.
CREATE TABLE sessions (
	id         INTEGER PRIMARY KEY,
	token_hash BLOB NOT NULL UNIQUE,
	user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	created_at TEXT NOT NULL,
	last_seen  TEXT NOT NULL,
	address    TEXT NOT NULL DEFAULT '',
	user_agent TEXT NOT NULL DEFAULT '',
	-- data is the gob of the session's other values (flash messages).
	data       BLOB NOT NULL DEFAULT x''
) STRICT;

CREATE INDEX sessions_user ON sessions (user_id);

DELETE FROM settings WHERE key IN ('session_hash_key', 'session_block_key');

-- login_devices are browsers that logged in as a user: a login that brings
-- one back is not slowed by other people's failures on that account (OWASP's
-- device cookies). Like sessions, only the token's SHA-256 is kept. failures
-- counts wrong passwords sent with the device since its last good login: past
-- a few, the device is trusted no more.
CREATE TABLE login_devices (
	id         INTEGER PRIMARY KEY,
	token_hash BLOB NOT NULL UNIQUE,
	user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	created_at TEXT NOT NULL,
	last_used  TEXT NOT NULL,
	failures   INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX login_devices_user ON login_devices (user_id);

-- login_throttle replaces login_failures: failures are counted per account
-- and per address to slow guessing down, never to lock anyone out, so the
-- lockout windows of the old table mean nothing now.
DROP TABLE login_failures;

CREATE TABLE login_throttle (
	key           TEXT PRIMARY KEY,
	failures      INTEGER NOT NULL,
	first_failure TEXT NOT NULL,
	last_failure  TEXT NOT NULL
) STRICT;

-- disabled_at is set while an admin has disabled the user: no login, no
-- session.
ALTER TABLE users ADD COLUMN disabled_at TEXT;

-- name_key is the user name case-folded and with look-alike letters mapped
-- (Admin, аdmin with a Cyrillic а, and admin share one); Go fills it, for
-- rows from before this migration on the next open.
ALTER TABLE users ADD COLUMN name_key TEXT NOT NULL DEFAULT '';

CREATE INDEX users_name_key ON users (name_key);
