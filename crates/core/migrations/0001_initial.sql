-- First cut of the whole data model (see DESIGN.md, "Tables").
--
-- Conventions, held by every table:
--   * `id` is a UUID v7 in text form, so datasets from two organizers can be
--     merged later without collisions and rows sort by creation time.
--   * Timestamps are UTC, ISO 8601 with milliseconds ("2026-11-28T04:02:02.123Z").
--   * Rows the organizer can delete carry `deleted_at`: deletes are soft and
--     restorable; a purge removes rows whose `deleted_at` is set.
--   * Enumerations are TEXT with CHECK constraints, so a bad value never lands.

CREATE TABLE settings (
    id          TEXT PRIMARY KEY NOT NULL,
    key         TEXT NOT NULL UNIQUE,
    value       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE statements (
    id              TEXT PRIMARY KEY NOT NULL,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    subtitle        TEXT NOT NULL DEFAULT '',
    statement_date  TEXT,                        -- YYYY-MM-DD, the date printed on it
    place           TEXT NOT NULL DEFAULT '',
    language        TEXT NOT NULL DEFAULT 'en',  -- BCP 47 tag
    translation_of  TEXT REFERENCES statements(id),
    status          TEXT NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'open', 'closed', 'published')),
    deadline        TEXT,                        -- sign-on deadline, ISO 8601
    signatory_goal  INTEGER CHECK (signatory_goal IS NULL OR signatory_goal > 0),
    body            TEXT NOT NULL DEFAULT '',    -- current text, Markdown
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
);
CREATE INDEX statements_by_update ON statements (updated_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX statements_translations ON statements (translation_of) WHERE translation_of IS NOT NULL;

CREATE TABLE statement_revisions (
    id            TEXT PRIMARY KEY NOT NULL,
    statement_id  TEXT NOT NULL REFERENCES statements(id),
    number        INTEGER NOT NULL CHECK (number > 0),
    title         TEXT NOT NULL,
    body          TEXT NOT NULL,
    content_hash  TEXT NOT NULL CHECK (length(content_hash) = 64),  -- SHA-256 hex of the canonical text
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (statement_id, number)
);

CREATE TABLE organizations (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    short_name  TEXT NOT NULL DEFAULT '',
    country     TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
    city        TEXT NOT NULL DEFAULT '',
    sector      TEXT NOT NULL DEFAULT '',
    website     TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX organizations_by_country ON organizations (country) WHERE deleted_at IS NULL;

CREATE TABLE people (
    id                   TEXT PRIMARY KEY NOT NULL,
    full_name            TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    organization_id      TEXT REFERENCES organizations(id),
    role                 TEXT NOT NULL DEFAULT '',
    email                TEXT NOT NULL DEFAULT '',
    phone                TEXT NOT NULL DEFAULT '',
    country              TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
    notes                TEXT NOT NULL DEFAULT '',
    consent_contact      INTEGER NOT NULL DEFAULT 0 CHECK (consent_contact IN (0, 1)),
    consent_publish      INTEGER NOT NULL DEFAULT 0 CHECK (consent_publish IN (0, 1)),
    consent_recorded_at  TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    deleted_at           TEXT
);
CREATE INDEX people_by_organization ON people (organization_id) WHERE organization_id IS NOT NULL;

CREATE TABLE tags (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE UNIQUE INDEX tags_by_name ON tags (name) WHERE deleted_at IS NULL;

CREATE TABLE organization_tags (
    id               TEXT PRIMARY KEY NOT NULL,
    organization_id  TEXT NOT NULL REFERENCES organizations(id),
    tag_id           TEXT NOT NULL REFERENCES tags(id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (organization_id, tag_id)
);
CREATE INDEX organization_tags_by_tag ON organization_tags (tag_id);

CREATE TABLE person_tags (
    id          TEXT PRIMARY KEY NOT NULL,
    person_id   TEXT NOT NULL REFERENCES people(id),
    tag_id      TEXT NOT NULL REFERENCES tags(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (person_id, tag_id)
);
CREATE INDEX person_tags_by_tag ON person_tags (tag_id);

CREATE TABLE endorsements (
    id                   TEXT PRIMARY KEY NOT NULL,
    statement_id         TEXT NOT NULL REFERENCES statements(id),
    kind                 TEXT NOT NULL CHECK (kind IN ('organization', 'individual')),
    organization_id      TEXT REFERENCES organizations(id),
    person_id            TEXT REFERENCES people(id),
    printed_name         TEXT NOT NULL CHECK (length(trim(printed_name)) > 0),
    printed_affiliation  TEXT NOT NULL DEFAULT '',
    printed_country      TEXT NOT NULL DEFAULT '',
    visibility           TEXT NOT NULL DEFAULT 'public'
                         CHECK (visibility IN ('public', 'anonymous', 'hidden')),
    status               TEXT NOT NULL DEFAULT 'pending'
                         CHECK (status IN ('pending', 'confirmed', 'rejected', 'withdrawn')),
    channel              TEXT NOT NULL DEFAULT 'other'
                         CHECK (channel IN ('email', 'form', 'phone', 'paper', 'in_person', 'other')),
    received_on          TEXT,                   -- YYYY-MM-DD
    revision_id          TEXT REFERENCES statement_revisions(id),  -- the text version endorsed
    notes                TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    deleted_at           TEXT
);
CREATE INDEX endorsements_by_statement ON endorsements (statement_id, status) WHERE deleted_at IS NULL;
CREATE INDEX endorsements_by_organization ON endorsements (organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX endorsements_by_person ON endorsements (person_id) WHERE person_id IS NOT NULL;

CREATE TABLE endorsement_events (
    id              TEXT PRIMARY KEY NOT NULL,
    endorsement_id  TEXT NOT NULL REFERENCES endorsements(id),
    event           TEXT NOT NULL
                    CHECK (event IN ('created', 'confirmed', 'corrected', 'withdrawn', 'rejected', 'restored')),
    actor           TEXT NOT NULL DEFAULT '',    -- who recorded it
    detail          TEXT NOT NULL DEFAULT '{}',  -- JSON: what changed, from and to
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX endorsement_events_by_endorsement ON endorsement_events (endorsement_id, created_at);

CREATE TABLE invitations (
    id               TEXT PRIMARY KEY NOT NULL,
    statement_id     TEXT NOT NULL REFERENCES statements(id),
    organization_id  TEXT REFERENCES organizations(id),
    person_id        TEXT REFERENCES people(id),
    status           TEXT NOT NULL DEFAULT 'invited'
                     CHECK (status IN ('invited', 'reminded', 'signed', 'declined', 'no_answer')),
    channel          TEXT NOT NULL DEFAULT 'email'
                     CHECK (channel IN ('email', 'form', 'phone', 'paper', 'in_person', 'other')),
    invited_on       TEXT,
    reminded_on      TEXT,
    answered_on      TEXT,
    notes            TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT,
    CHECK (organization_id IS NOT NULL OR person_id IS NOT NULL)
);
CREATE INDEX invitations_by_statement ON invitations (statement_id, status) WHERE deleted_at IS NULL;

CREATE TABLE exports (
    id               TEXT PRIMARY KEY NOT NULL,
    statement_id     TEXT NOT NULL REFERENCES statements(id),
    revision_id      TEXT REFERENCES statement_revisions(id),
    format           TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'html', 'markdown', 'text', 'csv')),
    file_name        TEXT NOT NULL,
    sha256           TEXT NOT NULL CHECK (length(sha256) = 64),
    signatory_count  INTEGER NOT NULL CHECK (signatory_count >= 0),
    signed_key_id    TEXT,                       -- minisign key id, when the export was signed
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX exports_by_statement ON exports (statement_id, created_at);
