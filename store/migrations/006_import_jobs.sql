-- 006_import_jobs: an import from the workbench runs in the background; its
-- job, each file of it and each failure are kept here so the job page can
-- show progress and results, survive a reload, and say after a restart
-- which jobs the restart cut short.
CREATE TABLE import_jobs (
	id          INTEGER PRIMARY KEY,
	user_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
	status      TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'interrupted')),
	created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
	finished_at TEXT
);

-- One row per file, pasted text or URL of a job. Counts are of articles
-- (a JSONL file has many); article_id is the first article added, for a link.
CREATE TABLE import_files (
	id          INTEGER PRIMARY KEY,
	job_id      INTEGER NOT NULL REFERENCES import_jobs(id) ON DELETE CASCADE,
	ordinal     INTEGER NOT NULL,
	name        TEXT NOT NULL,
	status      TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'running', 'done', 'failed', 'interrupted')),
	bytes_total INTEGER NOT NULL DEFAULT 0,
	bytes_read  INTEGER NOT NULL DEFAULT 0,
	added       INTEGER NOT NULL DEFAULT 0,
	duplicates  INTEGER NOT NULL DEFAULT 0,
	failed      INTEGER NOT NULL DEFAULT 0,
	claims      INTEGER NOT NULL DEFAULT 0,
	conflicts   INTEGER NOT NULL DEFAULT 0,
	agreements  INTEGER NOT NULL DEFAULT 0,
	article_id  INTEGER REFERENCES articles(id) ON DELETE SET NULL,
	UNIQUE (job_id, ordinal)
);

-- Why a file, or one article of it (a JSONL line), was not imported.
CREATE TABLE import_failures (
	id      INTEGER PRIMARY KEY,
	file_id INTEGER NOT NULL REFERENCES import_files(id) ON DELETE CASCADE,
	origin  TEXT NOT NULL,
	reason  TEXT NOT NULL
);
CREATE INDEX import_failures_file ON import_failures (file_id, id);
