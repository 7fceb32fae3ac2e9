-- Schema 2: the shape the drafting, contacts, endorsement and export features
-- need, before they pour data into it. Most tables are rebuilt (SQLite cannot
-- add a constraint or change a foreign key in place): new table, copy, drop,
-- rename. The runner turns foreign keys off around this file and runs
-- `PRAGMA foreign_key_check` before it commits.
--
-- Conventions added to those of 0001:
--   * Purging follows the foreign keys: deleting a statement removes its
--     revisions, endorsements (with their events), invitations and exports;
--     deleting a contact removes its tag links and invitations and leaves its
--     endorsements standing under their printed name.
--   * Logs (revisions, endorsement and invitation events) are append-only:
--     a trigger refuses every UPDATE, and a DELETE unless its parent is gone.
--   * Numbers that two organizers could both create (a revision's number)
--     are derived when read, never stored.
--   * Merge rules for the UNIQUE indexes on live rows (two organizers'
--     files combined): the older row wins, the newer is merged into it
--     (contacts, tags) or moved to the trash (endorsements, invitations),
--     and the change is logged.
--   * Constraints have names, so a refused row says which rule it broke.

-- Facts about this copy of the file, never merged into another organizer's:
-- when its pages were last checked.
CREATE TABLE local_state (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
);

-- Statements -----------------------------------------------------------------

CREATE TABLE statements_v2 (
    id                     TEXT PRIMARY KEY NOT NULL,
    title                  TEXT NOT NULL CHECK (length(trim(title)) > 0),
    subtitle               TEXT NOT NULL DEFAULT '',
    -- The occasion it is issued for ("International Migrants Day").
    occasion               TEXT NOT NULL DEFAULT '',
    -- The issuing organization(s), as printed, one per line.
    issued_by              TEXT NOT NULL DEFAULT '',
    statement_date         TEXT CONSTRAINT statement_date_is_a_date
                           CHECK (statement_date IS NULL OR date(statement_date) IS statement_date),
    place                  TEXT NOT NULL DEFAULT '',
    language               TEXT NOT NULL DEFAULT 'en',
    translation_of         TEXT REFERENCES statements(id) ON DELETE SET NULL,
    -- For a translation: the original's revision it is up to date with.
    translated_from_revision_id  TEXT REFERENCES statement_revisions(id) ON DELETE SET NULL,
    status                 TEXT NOT NULL DEFAULT 'draft'
                           CHECK (status IN ('draft', 'open', 'closed', 'published')),
    deadline               TEXT CONSTRAINT statement_deadline_is_a_date
                           CHECK (deadline IS NULL OR date(deadline) IS deadline),
    signatory_goal         INTEGER CHECK (signatory_goal IS NULL OR signatory_goal > 0),
    body                   TEXT NOT NULL DEFAULT '',
    -- The revision put out for sign-on, and the one published; each must be
    -- a revision of this statement.
    open_revision_id       TEXT,
    published_revision_id  TEXT,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    deleted_at             TEXT,
    CONSTRAINT statement_open_revision_is_its_own
        FOREIGN KEY (id, open_revision_id) REFERENCES statement_revisions (statement_id, id),
    CONSTRAINT statement_published_revision_is_its_own
        FOREIGN KEY (id, published_revision_id) REFERENCES statement_revisions (statement_id, id)
);
INSERT INTO statements_v2 (id, title, subtitle, statement_date, place, language, translation_of,
                           status, deadline, signatory_goal, body, created_at, updated_at, deleted_at)
    SELECT id, title, subtitle,
           CASE WHEN date(statement_date) IS statement_date THEN statement_date END,
           place, language, translation_of, status,
           CASE WHEN date(deadline) IS deadline THEN deadline END,
           signatory_goal, body, created_at, updated_at, deleted_at
    FROM statements;

-- Revisions: what was written, when; immutable. The hash covers title,
-- subtitle, date, place, language and body in the canonical form that
-- `hash_version` names (version 1: see core's revisions module).
CREATE TABLE statement_revisions_v2 (
    id                  TEXT PRIMARY KEY NOT NULL,
    statement_id        TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    title               TEXT NOT NULL,
    subtitle            TEXT NOT NULL DEFAULT '',
    statement_date      TEXT,
    place               TEXT NOT NULL DEFAULT '',
    language            TEXT NOT NULL,
    body                TEXT NOT NULL,
    -- Why it was saved, in the organizer's words ("sent to members").
    label               TEXT NOT NULL DEFAULT '',
    -- explicit: Save version; pause: editing paused; restore: brought back
    -- an earlier one; import: the text it was started from.
    kind                TEXT NOT NULL DEFAULT 'explicit'
                        CHECK (kind IN ('explicit', 'pause', 'restore', 'import', 'status')),
    -- For a translation: the revision of the original it was translated from.
    source_revision_id  TEXT REFERENCES statement_revisions(id) ON DELETE SET NULL,
    hash_version        INTEGER NOT NULL DEFAULT 1 CONSTRAINT revision_hash_version_known
                        CHECK (hash_version IN (1)),
    content_hash        TEXT NOT NULL CONSTRAINT revision_hash_is_sha256_hex
                        CHECK (length(content_hash) = 64 AND content_hash NOT GLOB '*[^0-9a-f]*'),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (statement_id, id)
);
INSERT INTO statement_revisions_v2 (id, statement_id, title, language, body, content_hash,
                                    created_at, updated_at)
    SELECT r.id, r.statement_id, r.title, coalesce(s.language, 'en'), r.body, r.content_hash,
           r.created_at, r.updated_at
    FROM statement_revisions AS r LEFT JOIN statements AS s ON s.id = r.statement_id;

DROP TABLE statement_revisions;
ALTER TABLE statement_revisions_v2 RENAME TO statement_revisions;
DROP TABLE statements;
ALTER TABLE statements_v2 RENAME TO statements;

CREATE INDEX statements_by_update ON statements (updated_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX statements_translations ON statements (translation_of) WHERE translation_of IS NOT NULL;
CREATE INDEX statement_revisions_by_statement ON statement_revisions (statement_id, created_at);
CREATE INDEX statement_revisions_by_source ON statement_revisions (source_revision_id)
    WHERE source_revision_id IS NOT NULL;

CREATE TRIGGER statement_revisions_are_immutable
BEFORE UPDATE ON statement_revisions
BEGIN
    SELECT RAISE(ABORT, 'a revision is a record of what was written and cannot be changed; save a new one');
END;

CREATE TRIGGER statement_revisions_go_only_with_their_statement
BEFORE DELETE ON statement_revisions
WHEN EXISTS (SELECT 1 FROM statements WHERE id = OLD.statement_id)
BEGIN
    SELECT RAISE(ABORT, 'a revision is deleted only when its statement is purged');
END;

-- Contacts -------------------------------------------------------------------

CREATE TABLE organizations_v2 (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    -- Normalized name (case-folded, no diacritics or punctuation, legal
    -- suffixes dropped), written by core, for finding duplicates.
    name_key     TEXT NOT NULL DEFAULT '',
    short_name   TEXT NOT NULL DEFAULT '',
    country      TEXT CONSTRAINT organization_country_is_iso_alpha2
                 CHECK (country IS NULL OR (length(country) = 2 AND country GLOB '[A-Z][A-Z]')),
    city         TEXT NOT NULL DEFAULT '',
    sector       TEXT NOT NULL DEFAULT '',
    website      TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    -- Set when this record was merged into another; it then stays in the
    -- trash so the merge can be undone.
    merged_into  TEXT REFERENCES organizations(id) ON DELETE SET NULL
                 CONSTRAINT organization_not_merged_into_itself CHECK (merged_into IS NULL OR merged_into <> id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
);
INSERT INTO organizations_v2 (id, name, short_name, country, city, sector, website, email, phone,
                              notes, created_at, updated_at, deleted_at)
    SELECT id, name, short_name, country, city, sector, website, email, phone,
           notes, created_at, updated_at, deleted_at
    FROM organizations;

CREATE TABLE people_v2 (
    id                   TEXT PRIMARY KEY NOT NULL,
    full_name            TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    name_key             TEXT NOT NULL DEFAULT '',
    organization_id      TEXT REFERENCES organizations(id) ON DELETE SET NULL,
    role                 TEXT NOT NULL DEFAULT '',
    email                TEXT NOT NULL DEFAULT '',
    phone                TEXT NOT NULL DEFAULT '',
    country              TEXT CONSTRAINT person_country_is_iso_alpha2
                         CHECK (country IS NULL OR (length(country) = 2 AND country GLOB '[A-Z][A-Z]')),
    notes                TEXT NOT NULL DEFAULT '',
    consent_contact      INTEGER NOT NULL DEFAULT 0 CHECK (consent_contact IN (0, 1)),
    consent_publish      INTEGER NOT NULL DEFAULT 0 CHECK (consent_publish IN (0, 1)),
    consent_recorded_at  TEXT,
    merged_into          TEXT REFERENCES people(id) ON DELETE SET NULL
                         CONSTRAINT person_not_merged_into_itself CHECK (merged_into IS NULL OR merged_into <> id),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    deleted_at           TEXT
);
INSERT INTO people_v2 (id, full_name, organization_id, role, email, phone, country, notes,
                       consent_contact, consent_publish, consent_recorded_at,
                       created_at, updated_at, deleted_at)
    SELECT id, full_name, organization_id, role, email, phone, country, notes,
           consent_contact, consent_publish, consent_recorded_at,
           created_at, updated_at, deleted_at
    FROM people;

CREATE TABLE organization_tags_v2 (
    id               TEXT PRIMARY KEY NOT NULL,
    organization_id  TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    tag_id           TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (organization_id, tag_id)
);
INSERT INTO organization_tags_v2 SELECT id, organization_id, tag_id, created_at, updated_at
    FROM organization_tags;

CREATE TABLE person_tags_v2 (
    id          TEXT PRIMARY KEY NOT NULL,
    person_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    tag_id      TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (person_id, tag_id)
);
INSERT INTO person_tags_v2 SELECT id, person_id, tag_id, created_at, updated_at FROM person_tags;

DROP TABLE organization_tags;
DROP TABLE person_tags;
DROP TABLE people;
DROP TABLE organizations;
ALTER TABLE organizations_v2 RENAME TO organizations;
ALTER TABLE people_v2 RENAME TO people;
ALTER TABLE organization_tags_v2 RENAME TO organization_tags;
ALTER TABLE person_tags_v2 RENAME TO person_tags;

CREATE INDEX organizations_by_country ON organizations (country) WHERE deleted_at IS NULL;
CREATE INDEX organizations_by_name_key ON organizations (name_key) WHERE deleted_at IS NULL;
CREATE INDEX organizations_by_merge ON organizations (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX people_by_organization ON people (organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX people_by_name_key ON people (name_key) WHERE deleted_at IS NULL;
CREATE INDEX people_by_merge ON people (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX organization_tags_by_tag ON organization_tags (tag_id);
CREATE INDEX person_tags_by_tag ON person_tags (tag_id);

-- Search. FTS5 tables address rows by integer rowid, and SQLite may renumber
-- the implicit rowids of tables keyed by text (as every table here is) on
-- VACUUM. So contacts get search keys of their own: an INTEGER PRIMARY KEY,
-- which VACUUM keeps. The table is local and derived (never merged between
-- organizers' files; it can be rebuilt from the contacts at any time), kept
-- in step by triggers. The search tables themselves are filled by core,
-- which adds what a trigger cannot (country names in several languages).
CREATE TABLE contact_search_keys (
    rowid            INTEGER PRIMARY KEY,
    organization_id  TEXT UNIQUE REFERENCES organizations(id) ON DELETE CASCADE,
    person_id        TEXT UNIQUE REFERENCES people(id) ON DELETE CASCADE,
    CONSTRAINT search_key_names_one_contact
        CHECK ((organization_id IS NULL) <> (person_id IS NULL))
);
INSERT INTO contact_search_keys (organization_id) SELECT id FROM organizations ORDER BY id;
INSERT INTO contact_search_keys (person_id) SELECT id FROM people ORDER BY id;

CREATE TRIGGER organizations_get_a_search_key AFTER INSERT ON organizations
BEGIN
    INSERT INTO contact_search_keys (organization_id) VALUES (NEW.id);
END;
CREATE TRIGGER people_get_a_search_key AFTER INSERT ON people
BEGIN
    INSERT INTO contact_search_keys (person_id) VALUES (NEW.id);
END;

-- Words, prefixes, any case, with or without diacritics ("asociacion" finds
-- "Asociación").
CREATE VIRTUAL TABLE contact_search USING fts5 (
    name, short_name, email, city, country, tags,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
-- Any three characters inside a name, for scripts written without spaces
-- between words (Chinese, Japanese, Thai): "移民工" inside a longer name.
CREATE VIRTUAL TABLE contact_search_inside USING fts5 (
    name, short_name,
    content = '', contentless_delete = 1,
    tokenize = 'trigram remove_diacritics 1'
);

CREATE TRIGGER contact_search_keys_leave_the_index AFTER DELETE ON contact_search_keys
BEGIN
    DELETE FROM contact_search WHERE rowid = OLD.rowid;
    DELETE FROM contact_search_inside WHERE rowid = OLD.rowid;
END;

-- Tags: a name is unique among live tags (merge rule above: the newer of two
-- equal tags is merged into the older).
CREATE TABLE tags_v2 (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
INSERT INTO tags_v2 SELECT id, name, created_at, updated_at, deleted_at FROM tags;
DROP TABLE tags;
ALTER TABLE tags_v2 RENAME TO tags;
CREATE UNIQUE INDEX tags_by_name ON tags (name) WHERE deleted_at IS NULL;

-- Endorsements ---------------------------------------------------------------

CREATE TABLE endorsements_v2 (
    id                   TEXT PRIMARY KEY NOT NULL,
    statement_id         TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    kind                 TEXT NOT NULL CHECK (kind IN ('organization', 'individual')),
    -- An organization's endorsement points at an organization (or stands by
    -- its printed name alone); an individual's at a person, and may name the
    -- organization they belong to.
    organization_id      TEXT REFERENCES organizations(id) ON DELETE SET NULL,
    person_id            TEXT REFERENCES people(id) ON DELETE SET NULL,
    printed_name         TEXT NOT NULL CHECK (length(trim(printed_name)) > 0),
    printed_affiliation  TEXT NOT NULL DEFAULT '',
    -- The country as it is printed ("Côte d’Ivoire") and as a code, for
    -- grouping and sorting.
    printed_country      TEXT NOT NULL DEFAULT '',
    country_code         TEXT CONSTRAINT endorsement_country_is_iso_alpha2
                         CHECK (country_code IS NULL OR (length(country_code) = 2 AND country_code GLOB '[A-Z][A-Z]')),
    -- public: listed by name; organization_only: the organization is listed,
    -- the person is not named; counted_only: in the count, not in the list.
    visibility           TEXT NOT NULL DEFAULT 'public'
                         CHECK (visibility IN ('public', 'organization_only', 'counted_only')),
    status               TEXT NOT NULL DEFAULT 'pending'
                         CHECK (status IN ('pending', 'confirmed', 'rejected', 'withdrawn')),
    channel              TEXT NOT NULL DEFAULT 'other'
                         CHECK (channel IN ('email', 'form', 'phone', 'paper', 'in_person', 'other')),
    received_on          TEXT CONSTRAINT endorsement_received_on_is_a_date
                         CHECK (received_on IS NULL OR date(received_on) IS received_on),
    -- The text version endorsed: a revision of this same statement.
    revision_id          TEXT,
    notes                TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    deleted_at           TEXT,
    CONSTRAINT endorsement_kind_matches_its_contact
        CHECK (kind = 'individual' OR person_id IS NULL),
    CONSTRAINT endorsement_organization_only_is_for_individuals
        CHECK (visibility <> 'organization_only'
               OR (kind = 'individual' AND (organization_id IS NOT NULL OR printed_affiliation <> ''))),
    CONSTRAINT endorsement_revision_is_of_its_statement
        FOREIGN KEY (statement_id, revision_id) REFERENCES statement_revisions (statement_id, id)
);
INSERT INTO endorsements_v2 (id, statement_id, kind, organization_id, person_id, printed_name,
                             printed_affiliation, printed_country, visibility, status, channel,
                             received_on, revision_id, notes, created_at, updated_at, deleted_at)
    SELECT id, statement_id, kind, organization_id,
           CASE WHEN kind = 'individual' THEN person_id END,
           printed_name, printed_affiliation, printed_country,
           CASE visibility WHEN 'anonymous' THEN 'counted_only'
                           WHEN 'hidden' THEN 'counted_only' ELSE visibility END,
           status, channel, received_on, revision_id, notes, created_at, updated_at, deleted_at
    FROM endorsements;

CREATE TABLE endorsement_events_v2 (
    id              TEXT PRIMARY KEY NOT NULL,
    endorsement_id  TEXT NOT NULL REFERENCES endorsements(id) ON DELETE CASCADE,
    event           TEXT NOT NULL
                    CHECK (event IN ('created', 'confirmed', 'corrected', 'withdrawn', 'rejected',
                                     'restored', 'deleted', 'merged')),
    from_status     TEXT CHECK (from_status IS NULL
                                OR from_status IN ('pending', 'confirmed', 'rejected', 'withdrawn')),
    to_status       TEXT CHECK (to_status IS NULL
                                OR to_status IN ('pending', 'confirmed', 'rejected', 'withdrawn')),
    actor           TEXT NOT NULL DEFAULT '',
    -- What changed, field by field: {"printed_name": {"from": "…", "to": "…"}}.
    detail          TEXT NOT NULL DEFAULT '{}' CONSTRAINT endorsement_event_detail_is_a_json_object
                    CHECK (json_valid(detail) AND json_type(detail) = 'object'),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
INSERT INTO endorsement_events_v2 (id, endorsement_id, event, actor, detail, created_at, updated_at)
    SELECT id, endorsement_id, event, actor,
           CASE WHEN json_valid(detail) AND json_type(detail) = 'object' THEN detail
                ELSE json_object('note', detail) END,
           created_at, updated_at
    FROM endorsement_events;

-- Invitations: one per contact per statement; reminders are events.
CREATE TABLE invitations_v2 (
    id               TEXT PRIMARY KEY NOT NULL,
    statement_id     TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    organization_id  TEXT REFERENCES organizations(id) ON DELETE CASCADE,
    person_id        TEXT REFERENCES people(id) ON DELETE CASCADE,
    -- The endorsement that answered it, once there is one.
    endorsement_id   TEXT REFERENCES endorsements(id) ON DELETE SET NULL,
    status           TEXT NOT NULL DEFAULT 'invited'
                     CHECK (status IN ('invited', 'signed', 'declined', 'no_answer')),
    channel          TEXT NOT NULL DEFAULT 'email'
                     CHECK (channel IN ('email', 'form', 'phone', 'paper', 'in_person', 'other')),
    invited_on       TEXT,
    answered_on      TEXT,
    notes            TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT,
    CONSTRAINT invitation_names_a_contact CHECK (organization_id IS NOT NULL OR person_id IS NOT NULL)
);
INSERT INTO invitations_v2 (id, statement_id, organization_id, person_id, status, channel,
                            invited_on, answered_on, notes, created_at, updated_at, deleted_at)
    SELECT id, statement_id, organization_id, person_id,
           CASE status WHEN 'reminded' THEN 'invited' ELSE status END,
           channel, invited_on, answered_on, notes, created_at, updated_at, deleted_at
    FROM invitations;

CREATE TABLE invitation_events (
    id             TEXT PRIMARY KEY NOT NULL,
    invitation_id  TEXT NOT NULL REFERENCES invitations(id) ON DELETE CASCADE,
    event          TEXT NOT NULL CHECK (event IN ('invited', 'reminded', 'answered', 'noted')),
    channel        TEXT CHECK (channel IS NULL
                               OR channel IN ('email', 'form', 'phone', 'paper', 'in_person', 'other')),
    detail         TEXT NOT NULL DEFAULT '{}' CONSTRAINT invitation_event_detail_is_a_json_object
                   CHECK (json_valid(detail) AND json_type(detail) = 'object'),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
-- The reminder dates that 0001 kept on the invitation become events.
INSERT INTO invitation_events (id, invitation_id, event, channel, detail, created_at, updated_at)
    SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2)
                 || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2)
                 || '-' || hex(randomblob(6))),
           id, 'reminded', channel, json_object('on', reminded_on), updated_at, updated_at
    FROM invitations WHERE reminded_on IS NOT NULL;

DROP TABLE endorsement_events;
DROP TABLE endorsements;
DROP TABLE invitations;
ALTER TABLE endorsements_v2 RENAME TO endorsements;
ALTER TABLE endorsement_events_v2 RENAME TO endorsement_events;
ALTER TABLE invitations_v2 RENAME TO invitations;

CREATE INDEX endorsements_by_statement ON endorsements (statement_id, status) WHERE deleted_at IS NULL;
CREATE INDEX endorsements_by_organization ON endorsements (organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX endorsements_by_person ON endorsements (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX endorsements_by_revision ON endorsements (revision_id) WHERE revision_id IS NOT NULL;
CREATE UNIQUE INDEX endorsements_once_per_organization
    ON endorsements (statement_id, organization_id)
    WHERE kind = 'organization' AND organization_id IS NOT NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX endorsements_once_per_person
    ON endorsements (statement_id, person_id)
    WHERE person_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX endorsement_events_by_endorsement ON endorsement_events (endorsement_id, created_at);

CREATE INDEX invitations_by_statement ON invitations (statement_id, status) WHERE deleted_at IS NULL;
CREATE INDEX invitations_by_organization ON invitations (organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX invitations_by_person ON invitations (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX invitations_by_endorsement ON invitations (endorsement_id) WHERE endorsement_id IS NOT NULL;
CREATE UNIQUE INDEX invitations_once_per_organization
    ON invitations (statement_id, organization_id)
    WHERE person_id IS NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX invitations_once_per_person
    ON invitations (statement_id, person_id)
    WHERE person_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX invitation_events_by_invitation ON invitation_events (invitation_id, created_at);

CREATE TRIGGER endorsement_events_are_append_only
BEFORE UPDATE ON endorsement_events
BEGIN
    SELECT RAISE(ABORT, 'the endorsement log is append-only; record a correction as a new event');
END;
CREATE TRIGGER endorsement_events_go_only_with_their_endorsement
BEFORE DELETE ON endorsement_events
WHEN EXISTS (SELECT 1 FROM endorsements WHERE id = OLD.endorsement_id)
BEGIN
    SELECT RAISE(ABORT, 'the endorsement log is deleted only when its endorsement is purged');
END;
CREATE TRIGGER invitation_events_are_append_only
BEFORE UPDATE ON invitation_events
BEGIN
    SELECT RAISE(ABORT, 'the invitation log is append-only; record a change as a new event');
END;
CREATE TRIGGER invitation_events_go_only_with_their_invitation
BEFORE DELETE ON invitation_events
WHEN EXISTS (SELECT 1 FROM invitations WHERE id = OLD.invitation_id)
BEGIN
    SELECT RAISE(ABORT, 'the invitation log is deleted only when its invitation is purged');
END;

-- Exports and signing keys ---------------------------------------------------

CREATE TABLE signing_keys (
    id          TEXT PRIMARY KEY NOT NULL,
    -- minisign key id: 8 bytes, shown as 16 upper-case hex digits.
    key_id      TEXT NOT NULL UNIQUE CONSTRAINT signing_key_id_is_16_hex
                CHECK (length(key_id) = 16 AND key_id NOT GLOB '*[^0-9A-F]*'),
    public_key  TEXT NOT NULL CHECK (length(trim(public_key)) > 0),
    label       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);

CREATE TABLE exports_v2 (
    id                  TEXT PRIMARY KEY NOT NULL,
    statement_id        TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    revision_id         TEXT,
    format              TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'html', 'markdown', 'text', 'csv')),
    file_name           TEXT NOT NULL,
    sha256              TEXT NOT NULL CONSTRAINT export_hash_is_sha256_hex
                        CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    signatory_count     INTEGER NOT NULL CHECK (signatory_count >= 0),
    -- SHA-256 of the signatory list exactly as exported (canonical JSON), so
    -- a later export can tell whether the list changed.
    signatories_sha256  TEXT CONSTRAINT export_signatories_hash_is_sha256_hex
                        CHECK (signatories_sha256 IS NULL
                               OR (length(signatories_sha256) = 64 AND signatories_sha256 NOT GLOB '*[^0-9a-f]*')),
    signed_key_id       TEXT REFERENCES signing_keys(key_id),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    CONSTRAINT export_revision_is_of_its_statement
        FOREIGN KEY (statement_id, revision_id) REFERENCES statement_revisions (statement_id, id)
);
INSERT INTO exports_v2 (id, statement_id, revision_id, format, file_name, sha256, signatory_count,
                        created_at, updated_at)
    SELECT id, statement_id, revision_id, format, file_name, lower(sha256), signatory_count,
           created_at, updated_at
    FROM exports;
DROP TABLE exports;
ALTER TABLE exports_v2 RENAME TO exports;
CREATE INDEX exports_by_statement ON exports (statement_id, created_at);
CREATE INDEX exports_by_revision ON exports (revision_id) WHERE revision_id IS NOT NULL;
CREATE INDEX exports_by_key ON exports (signed_key_id) WHERE signed_key_id IS NOT NULL;
