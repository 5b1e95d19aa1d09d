-- Personal data (issue 6): what each form's author decided about its personal fields, its
-- consent question and its retention period, and the audit log of who saw or exported them.

-- One row per form once anything is decided; no row means the defaults (no consent question,
-- no retention period, a pseudonym key made on first use).
CREATE TABLE form_privacy (
    form_id         TEXT PRIMARY KEY REFERENCES forms (id) ON DELETE CASCADE,
    -- The key of the keyed hash that pseudonymises the form's personal values (hex, 32 bytes);
    -- one per form, so that pseudonyms of two forms cannot be joined.
    pseudonym_key   TEXT NOT NULL,
    -- The consent question (path without repeat positions) and the answer that consents.
    consent_path    TEXT,
    consent_value   TEXT,
    -- Days after which media and personal fields are purged; NULL keeps them.
    retention_days  BIGINT CHECK (retention_days IS NULL OR retention_days > 0),
    updated_at      TEXT NOT NULL,
    CHECK ((consent_path IS NULL) = (consent_value IS NULL))
);

-- The author's decisions over the defaults: a field marked personal or not personal.
CREATE TABLE form_personal_fields (
    form_id     TEXT NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
    path        TEXT NOT NULL,
    personal    BIGINT NOT NULL CHECK (personal IN (0, 1)),
    decided_by  TEXT REFERENCES users (id) ON DELETE SET NULL,
    decided_at  TEXT NOT NULL,
    PRIMARY KEY (form_id, path)
);

-- Every view and export of personal data, and every purge. Kept when a form is deleted.
CREATE TABLE personal_data_audit (
    id               TEXT PRIMARY KEY,
    at               TEXT NOT NULL,
    user_id          TEXT REFERENCES users (id) ON DELETE SET NULL,
    user_name        TEXT,
    organisation_id  TEXT,
    form_id          TEXT,
    form_title       TEXT,
    action           TEXT NOT NULL CHECK (action IN ('view', 'export', 'purge', 'settings')),
    detail           TEXT NOT NULL
);
CREATE INDEX personal_data_audit_at ON personal_data_audit (at);

-- When a submission's personal fields and media were purged (retention or by hand).
ALTER TABLE submissions ADD COLUMN personal_purged_at TEXT;
