-- The two-week structured support: the curriculum, engagements (a CSO, its team and its
-- capacity builder over ten working days) with their day-by-day plan, deliverables reviewed
-- in rounds, the challenges log, discussion, calls, hours, confidence self-assessments,
-- weekly ratings and anonymous feedback. Same portable conventions as 0001.

-- Curriculum: modules loaded from content/ or written by admins; one text per language.
CREATE TABLE modules (
    id            TEXT PRIMARY KEY,
    slug          TEXT NOT NULL UNIQUE,
    day           BIGINT NOT NULL CHECK (day BETWEEN 1 AND 10),
    position      BIGINT NOT NULL,
    minutes       BIGINT NOT NULL CHECK (minutes > 0),
    deliverable   TEXT NOT NULL CHECK (deliverable IN ('none', 'campaign_plan', 'smart_objective', 'survey',
                                                       'pilot_report', 'challenges_log')),
    video_url     TEXT,
    video_key     TEXT,
    video_type    TEXT,
    video_size    BIGINT,
    edited_by     TEXT REFERENCES users (id) ON DELETE SET NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX modules_day ON modules (day, position);

CREATE TABLE module_texts (
    module_id  TEXT NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    locale     TEXT NOT NULL CHECK (locale IN ('en', 'es', 'sw', 'ne')),
    title      TEXT NOT NULL,
    summary    TEXT NOT NULL,
    goals      TEXT NOT NULL,
    questions  TEXT NOT NULL,
    exercise   TEXT NOT NULL,
    reading    TEXT NOT NULL,
    captions   TEXT,
    PRIMARY KEY (module_id, locale)
);

-- An accepted application becomes an engagement.
CREATE TABLE engagements (
    id               TEXT PRIMARY KEY,
    application_id   TEXT NOT NULL UNIQUE REFERENCES applications (id) ON DELETE CASCADE,
    organisation_id  TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    builder_id       TEXT NOT NULL REFERENCES users (id),
    starts_on        TEXT NOT NULL,
    ends_on          TEXT NOT NULL,
    created_at       TEXT NOT NULL
);
CREATE INDEX engagements_builder ON engagements (builder_id, starts_on);
CREATE INDEX engagements_organisation ON engagements (organisation_id);

-- The plan: tasks per working day (1..10), tailored by the builder.
CREATE TABLE engagement_tasks (
    id             TEXT PRIMARY KEY,
    engagement_id  TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    day            BIGINT NOT NULL CHECK (day BETWEEN 1 AND 10),
    position       BIGINT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('watch', 'read', 'answer', 'produce', 'custom')),
    module_id      TEXT REFERENCES modules (id) ON DELETE SET NULL,
    deliverable    TEXT,
    title          TEXT,
    details        TEXT,
    done_at        TEXT,
    done_by        TEXT REFERENCES users (id) ON DELETE SET NULL,
    removed_at     TEXT,
    created_at     TEXT NOT NULL
);
CREATE INDEX engagement_tasks_plan ON engagement_tasks (engagement_id, day, position);

-- The builder's notes tied to the CSO's own campaign (optionally to one task).
CREATE TABLE engagement_notes (
    id             TEXT PRIMARY KEY,
    engagement_id  TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    task_id        TEXT REFERENCES engagement_tasks (id) ON DELETE CASCADE,
    author_id      TEXT NOT NULL REFERENCES users (id),
    body           TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX engagement_notes_engagement ON engagement_notes (engagement_id, created_at);

-- Deliverables: draft -> submitted -> changes_requested -> ... -> accepted.
CREATE TABLE deliverables (
    id             TEXT PRIMARY KEY,
    engagement_id  TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('campaign_plan', 'smart_objective', 'survey', 'pilot_report')),
    state          TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'changes_requested', 'accepted')),
    content        TEXT NOT NULL,
    form_id        TEXT REFERENCES forms (id) ON DELETE SET NULL,
    due_on         TEXT NOT NULL,
    round          BIGINT NOT NULL DEFAULT 0,
    submitted_at   TEXT,
    late           BIGINT NOT NULL DEFAULT 0,
    accepted_at    TEXT,
    accepted_by    TEXT REFERENCES users (id),
    updated_by     TEXT REFERENCES users (id),
    updated_at     TEXT NOT NULL,
    UNIQUE (engagement_id, kind)
);

CREATE TABLE deliverable_events (
    id              TEXT PRIMARY KEY,
    deliverable_id  TEXT NOT NULL REFERENCES deliverables (id) ON DELETE CASCADE,
    round           BIGINT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('saved', 'submitted', 'changes_requested', 'accepted', 'comment')),
    author_id       TEXT REFERENCES users (id) ON DELETE SET NULL,
    comment         TEXT,
    content         TEXT,
    late            BIGINT NOT NULL DEFAULT 0,
    at              TEXT NOT NULL
);
CREATE INDEX deliverable_events_deliverable ON deliverable_events (deliverable_id, at);

-- The challenges log.
CREATE TABLE challenges (
    id             TEXT PRIMARY KEY,
    engagement_id  TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    category       TEXT NOT NULL CHECK (category IN ('connectivity', 'devices', 'survey', 'enumerators', 'respondents',
                                                     'safety', 'time', 'data', 'other')),
    description    TEXT NOT NULL,
    guidance       TEXT,
    guidance_by    TEXT REFERENCES users (id),
    resolved_at    TEXT,
    created_by     TEXT NOT NULL REFERENCES users (id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX challenges_engagement ON challenges (engagement_id, created_at);

-- Discussion: answers to a module's questions (module_id, question) and the engagement's own
-- thread (module_id NULL); replies point at their parent.
CREATE TABLE discussion_posts (
    id             TEXT PRIMARY KEY,
    engagement_id  TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    module_id      TEXT REFERENCES modules (id) ON DELETE CASCADE,
    question       BIGINT,
    parent_id      TEXT REFERENCES discussion_posts (id) ON DELETE CASCADE,
    author_id      TEXT NOT NULL REFERENCES users (id),
    body           TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX discussion_posts_thread ON discussion_posts (engagement_id, module_id, created_at);

-- How each person wants discussion emails: at once or one daily digest.
CREATE TABLE notification_settings (
    user_id        TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    daily_digest   BIGINT NOT NULL DEFAULT 0,
    last_digest_on TEXT
);

-- Calls.
CREATE TABLE calls (
    id             TEXT PRIMARY KEY,
    engagement_id  TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    starts_at      TEXT NOT NULL,
    minutes        BIGINT NOT NULL CHECK (minutes BETWEEN 10 AND 240),
    meeting_url    TEXT NOT NULL,
    agenda         TEXT NOT NULL,
    notes          TEXT,
    created_by     TEXT NOT NULL REFERENCES users (id),
    created_at     TEXT NOT NULL,
    cancelled_at   TEXT,
    reminded_at    TEXT,
    sequence       BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX calls_engagement ON calls (engagement_id, starts_at);
CREATE INDEX calls_reminders ON calls (reminded_at, starts_at);

CREATE TABLE call_attendance (
    call_id   TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    user_id   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    attended  BIGINT NOT NULL,
    PRIMARY KEY (call_id, user_id)
);

-- A personal iCalendar feed behind a secret URL (the token is kept to be shown again; it can
-- be replaced).
CREATE TABLE calendar_feeds (
    user_id     TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token       TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);

-- Commitment: hours each participant logs per working day.
CREATE TABLE hours_logs (
    engagement_id  TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day            BIGINT NOT NULL CHECK (day BETWEEN 1 AND 10),
    minutes        BIGINT NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
    note           TEXT,
    logged_at      TEXT NOT NULL,
    PRIMARY KEY (engagement_id, user_id, day)
);

-- Confidence in using data for campaigns, on day one and at the end.
CREATE TABLE confidence_assessments (
    engagement_id  TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    moment         TEXT NOT NULL CHECK (moment IN ('start', 'end')),
    answers        TEXT NOT NULL,
    score          BIGINT NOT NULL,
    taken_at       TEXT NOT NULL,
    PRIMARY KEY (engagement_id, user_id, moment)
);

-- At the end of each week both sides rate how it went.
CREATE TABLE weekly_ratings (
    engagement_id  TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    week           BIGINT NOT NULL CHECK (week IN (1, 2)),
    rating         BIGINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment        TEXT,
    rated_at       TEXT NOT NULL,
    PRIMARY KEY (engagement_id, user_id, week)
);

-- Anonymous feedback on the training: no person, no engagement, no time finer than the month
-- is stored with it; who has answered is kept apart (to answer once) with no link to the text.
CREATE TABLE training_feedback (
    id          TEXT PRIMARY KEY,
    builder_id  TEXT REFERENCES users (id) ON DELETE SET NULL,
    month       TEXT NOT NULL,
    usefulness  BIGINT NOT NULL CHECK (usefulness BETWEEN 1 AND 5),
    support     BIGINT NOT NULL CHECK (support BETWEEN 1 AND 5),
    comment     TEXT
);
CREATE TABLE training_feedback_given (
    engagement_id  TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (engagement_id, user_id)
);
