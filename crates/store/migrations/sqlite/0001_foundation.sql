-- Accounts, sessions, emails and CSO intake.
-- Portable conventions (shared queries over sqlx Any): ids are UUID text, timestamps are
-- fixed-width UTC RFC 3339 text, dates are YYYY-MM-DD text, integers are BIGINT, JSON is TEXT.

CREATE TABLE organisations (
    id          TEXT PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    country     TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE users (
    id               TEXT PRIMARY KEY,
    email            TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    password_hash    TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN ('admin', 'builder', 'cso_lead', 'cso_staff')),
    organisation_id  TEXT REFERENCES organisations (id) ON DELETE CASCADE,
    locale           TEXT,
    created_at       TEXT NOT NULL,
    CHECK ((role IN ('cso_lead', 'cso_staff')) = (organisation_id IS NOT NULL))
);
CREATE INDEX users_organisation ON users (organisation_id);

CREATE TABLE sessions (
    id_hash     TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE invitations (
    token_hash       TEXT PRIMARY KEY,
    organisation_id  TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    email            TEXT NOT NULL,
    invited_by       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at       TEXT NOT NULL,
    expires_at       TEXT NOT NULL,
    accepted_at      TEXT
);

CREATE TABLE password_resets (
    token_hash  TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);

CREATE TABLE login_throttle (
    throttle_key  TEXT PRIMARY KEY,
    window_start  BIGINT NOT NULL,
    failures      BIGINT NOT NULL
);

CREATE TABLE outbox (
    id             TEXT PRIMARY KEY,
    recipient      TEXT NOT NULL,
    subject        TEXT NOT NULL,
    body           TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    sent_at        TEXT,
    attempts       BIGINT NOT NULL DEFAULT 0,
    last_error     TEXT,
    claimed_until  TEXT
);
CREATE INDEX outbox_unsent ON outbox (sent_at, created_at);

CREATE TABLE intake_rounds (
    id                  TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    opens_on            TEXT NOT NULL,
    closes_on           TEXT NOT NULL,
    training_starts_on  TEXT NOT NULL,
    countries           TEXT NOT NULL,
    places              BIGINT NOT NULL CHECK (places > 0),
    created_at          TEXT NOT NULL
);

CREATE TABLE applications (
    id                      TEXT PRIMARY KEY,
    organisation_id         TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    round_id                TEXT NOT NULL REFERENCES intake_rounds (id),
    status                  TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'accepted', 'declined')),
    fit_answers             TEXT,
    fit_saved_at            TEXT,
    senior_approved_by      TEXT REFERENCES users (id),
    senior_approved_at      TEXT,
    capacity_latency_ms     BIGINT,
    capacity_download_kbps  BIGINT,
    capacity_upload_kbps    BIGINT,
    capacity_samples        TEXT,
    capacity_measured_at    TEXT,
    capacity_skills         TEXT,
    submitted_at            TEXT,
    decided_at              TEXT,
    decided_by              TEXT REFERENCES users (id),
    decision_message        TEXT,
    builder_id              TEXT REFERENCES users (id),
    training_starts_on      TEXT,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    UNIQUE (organisation_id, round_id)
);
CREATE INDEX applications_round_status ON applications (round_id, status);

CREATE TABLE junior_staff (
    id                  TEXT PRIMARY KEY,
    application_id      TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    position            BIGINT NOT NULL CHECK (position IN (1, 2)),
    name                TEXT NOT NULL,
    email               TEXT NOT NULL,
    token_hash          TEXT NOT NULL UNIQUE,
    commitment_percent  BIGINT CHECK (commitment_percent BETWEEN 0 AND 100),
    responded_at        TEXT,
    UNIQUE (application_id, position)
);
