-- Data collection: forms and their published versions, media, collectors (devices and web
-- links), submissions with their attachments, review history and webhooks.
-- Same portable conventions as 0001. File contents (XLSForms, media, attachments) live in the
-- blob store; rows hold their content key (sha256 hex), size and type.

CREATE TABLE forms (
    id               TEXT PRIMARY KEY,
    organisation_id  TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    xml_form_id      TEXT NOT NULL,
    title            TEXT NOT NULL,
    mode             TEXT NOT NULL CHECK (mode IN ('pilot', 'live')),
    created_by       TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL,
    UNIQUE (organisation_id, xml_form_id)
);

CREATE TABLE form_versions (
    id              TEXT PRIMARY KEY,
    form_id         TEXT NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
    version         TEXT NOT NULL,
    title           TEXT NOT NULL,
    xlsform_name    TEXT NOT NULL,
    xlsform_key     TEXT NOT NULL,
    xform           TEXT NOT NULL,
    xform_md5       TEXT NOT NULL,
    published_by    TEXT REFERENCES users (id) ON DELETE SET NULL,
    published_at    TEXT NOT NULL,
    UNIQUE (form_id, version)
);
CREATE INDEX form_versions_form ON form_versions (form_id, published_at);

CREATE TABLE form_media (
    form_id       TEXT NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    blob_key      TEXT NOT NULL,
    md5           TEXT NOT NULL,
    size          BIGINT NOT NULL,
    content_type  TEXT NOT NULL,
    uploaded_at   TEXT NOT NULL,
    PRIMARY KEY (form_id, name)
);

CREATE TABLE collectors (
    id               TEXT PRIMARY KEY,
    organisation_id  TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('device', 'web_link')),
    form_id          TEXT REFERENCES forms (id) ON DELETE CASCADE,
    token_hash       TEXT NOT NULL UNIQUE,
    -- Web links are meant to be shared and shown again, so their token is kept; a device's
    -- token is shown once (in its QR code) and only its hash is kept.
    shared_token     TEXT,
    created_by       TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL,
    revoked_at       TEXT,
    CHECK ((kind = 'web_link') = (form_id IS NOT NULL))
);
CREATE INDEX collectors_organisation ON collectors (organisation_id);

CREATE TABLE submissions (
    id                TEXT PRIMARY KEY,
    form_id           TEXT NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
    version_id        TEXT NOT NULL REFERENCES form_versions (id) ON DELETE CASCADE,
    instance_id       TEXT NOT NULL,
    root_instance_id  TEXT NOT NULL,
    deprecated_id     TEXT,
    is_current        BIGINT NOT NULL DEFAULT 1,
    xml               TEXT NOT NULL,
    xml_sha256        TEXT NOT NULL,
    field_values      TEXT NOT NULL,
    problems          TEXT NOT NULL,
    problem_count     BIGINT NOT NULL,
    pilot             BIGINT NOT NULL,
    collector_id      TEXT REFERENCES collectors (id) ON DELETE SET NULL,
    submitter_id      TEXT REFERENCES users (id) ON DELETE SET NULL,
    review_state      TEXT NOT NULL CHECK (review_state IN ('received', 'approved', 'has_issues', 'rejected')),
    received_at       TEXT NOT NULL,
    deleted_at        TEXT,
    UNIQUE (form_id, instance_id)
);
CREATE INDEX submissions_form_received ON submissions (form_id, received_at);
CREATE INDEX submissions_root ON submissions (form_id, root_instance_id);

CREATE TABLE submission_attachments (
    submission_id  TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    blob_key       TEXT,
    size           BIGINT,
    content_type   TEXT,
    received_at    TEXT,
    PRIMARY KEY (submission_id, name)
);

CREATE TABLE submission_events (
    id             TEXT PRIMARY KEY,
    submission_id  TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    review_state   TEXT,
    comment        TEXT,
    actor_id       TEXT REFERENCES users (id) ON DELETE SET NULL,
    at             TEXT NOT NULL
);
CREATE INDEX submission_events_submission ON submission_events (submission_id, at);

CREATE TABLE webhooks (
    id          TEXT PRIMARY KEY,
    form_id     TEXT NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
    url         TEXT NOT NULL,
    secret      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    removed_at  TEXT
);

CREATE TABLE webhook_deliveries (
    id             TEXT PRIMARY KEY,
    webhook_id     TEXT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event          TEXT NOT NULL,
    payload        TEXT NOT NULL,
    attempts       BIGINT NOT NULL DEFAULT 0,
    next_attempt   TEXT NOT NULL,
    last_error     TEXT,
    delivered_at   TEXT,
    created_at     TEXT NOT NULL
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (delivered_at, next_attempt);
