-- Exports too large to stream while a person waits (issue 6): run in the background by any
-- server, with their progress, kept for download for seven days.
CREATE TABLE export_jobs (
    id            TEXT PRIMARY KEY,
    form_id       TEXT NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
    -- Who asked: the only person shown the job; others with reach over the form may download.
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The export's query string (format, options and filters), replayed by the runner.
    request       TEXT NOT NULL,
    format        TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    rows_done     BIGINT NOT NULL DEFAULT 0,
    rows_total    BIGINT NOT NULL DEFAULT 0,
    -- A running job's lease: another server takes it over once this has passed.
    lease_until   TEXT,
    -- The finished file's name under DATA_DIR/exports, and its size.
    file_name     TEXT,
    file_size     BIGINT,
    -- A translation key for a failed job.
    error         TEXT,
    created_at    TEXT NOT NULL,
    finished_at   TEXT,
    expires_at    TEXT
);

CREATE INDEX export_jobs_by_form_user ON export_jobs (form_id, user_id, created_at);
CREATE INDEX export_jobs_by_status ON export_jobs (status, lease_until);
