-- Endorsements as organizers take them in: the city as printed, a sort key
-- for the signatory list, "import" as a channel, and re-confirmation of a
-- changed text as an event of its own.

CREATE TABLE endorsements_v4 (
    id                   TEXT PRIMARY KEY NOT NULL,
    statement_id         TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    kind                 TEXT NOT NULL CHECK (kind IN ('organization', 'individual')),
    organization_id      TEXT REFERENCES organizations(id) ON DELETE SET NULL,
    person_id            TEXT REFERENCES people(id) ON DELETE SET NULL,
    printed_name         TEXT NOT NULL CHECK (length(trim(printed_name)) > 0),
    printed_affiliation  TEXT NOT NULL DEFAULT '',
    printed_city         TEXT NOT NULL DEFAULT '',
    printed_country      TEXT NOT NULL DEFAULT '',
    country_code         TEXT CONSTRAINT endorsement_country_is_iso_alpha2
                         CHECK (country_code IS NULL OR (length(country_code) = 2 AND country_code GLOB '[A-Z][A-Z]')),
    visibility           TEXT NOT NULL DEFAULT 'public'
                         CHECK (visibility IN ('public', 'organization_only', 'counted_only')),
    status               TEXT NOT NULL DEFAULT 'pending'
                         CHECK (status IN ('pending', 'confirmed', 'rejected', 'withdrawn')),
    channel              TEXT NOT NULL DEFAULT 'other'
                         CHECK (channel IN ('email', 'form', 'phone', 'paper', 'in_person', 'import', 'other')),
    received_on          TEXT CONSTRAINT endorsement_received_on_is_a_date
                         CHECK (received_on IS NULL OR date(received_on) IS received_on),
    revision_id          TEXT,
    notes                TEXT NOT NULL DEFAULT '',
    -- The printed name folded for sorting (written by core).
    sort_key             TEXT NOT NULL DEFAULT '',
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
INSERT INTO endorsements_v4 (id, statement_id, kind, organization_id, person_id, printed_name,
                             printed_affiliation, printed_country, country_code, visibility, status,
                             channel, received_on, revision_id, notes, sort_key, created_at,
                             updated_at, deleted_at)
    SELECT id, statement_id, kind, organization_id, person_id, printed_name, printed_affiliation,
           printed_country, country_code, visibility, status, channel, received_on, revision_id,
           notes, lower(printed_name), created_at, updated_at, deleted_at
    FROM endorsements;

CREATE TABLE endorsement_events_v4 (
    id              TEXT PRIMARY KEY NOT NULL,
    endorsement_id  TEXT NOT NULL REFERENCES endorsements(id) ON DELETE CASCADE,
    event           TEXT NOT NULL
                    CHECK (event IN ('created', 'confirmed', 'corrected', 'withdrawn', 'rejected',
                                     'restored', 'deleted', 'merged', 'reconfirmed')),
    from_status     TEXT CHECK (from_status IS NULL
                                OR from_status IN ('pending', 'confirmed', 'rejected', 'withdrawn')),
    to_status       TEXT CHECK (to_status IS NULL
                                OR to_status IN ('pending', 'confirmed', 'rejected', 'withdrawn')),
    actor           TEXT NOT NULL DEFAULT '',
    detail          TEXT NOT NULL DEFAULT '{}' CONSTRAINT endorsement_event_detail_is_a_json_object
                    CHECK (json_valid(detail) AND json_type(detail) = 'object'),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
INSERT INTO endorsement_events_v4 SELECT id, endorsement_id, event, from_status, to_status, actor,
                                         detail, created_at, updated_at
    FROM endorsement_events;

DROP TABLE endorsement_events;
DROP TABLE endorsements;
ALTER TABLE endorsements_v4 RENAME TO endorsements;
ALTER TABLE endorsement_events_v4 RENAME TO endorsement_events;

CREATE INDEX endorsements_by_statement ON endorsements (statement_id, status) WHERE deleted_at IS NULL;
-- The signatory list pages through this in name order.
CREATE INDEX endorsements_in_name_order ON endorsements (statement_id, sort_key, id) WHERE deleted_at IS NULL;
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

-- Message templates for invitations and reminders, per statement.
CREATE TABLE message_templates (
    id            TEXT PRIMARY KEY NOT NULL,
    statement_id  TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    purpose       TEXT NOT NULL CHECK (purpose IN ('invitation', 'reminder')),
    subject       TEXT NOT NULL DEFAULT '',
    body          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX message_templates_once ON message_templates (statement_id, purpose);
