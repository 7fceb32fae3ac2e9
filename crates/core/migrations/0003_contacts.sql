-- Contacts: a sort key for name order, and a log of merges so that a merge
-- can be undone.

-- The name as it sorts: case, diacritics and punctuation folded away, written
-- by core ("Österreich" sorts with "Osterreich", "ángel" with "Angel").
ALTER TABLE organizations ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
UPDATE organizations SET sort_key = lower(name);
UPDATE people SET sort_key = lower(full_name);
-- Lists page through these in order without sorting 100,000 rows each time.
CREATE INDEX organizations_by_sort_key ON organizations (sort_key, id) WHERE deleted_at IS NULL;
CREATE INDEX people_by_sort_key ON people (sort_key, id) WHERE deleted_at IS NULL;

-- One merge: the records folded into the kept one, and in `detail` what it
-- takes to undo it (the kept record's fields before, the links that moved,
-- the tags that were added).
CREATE TABLE contact_merges (
    id          TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('organization', 'person')),
    kept_id     TEXT NOT NULL,
    merged_ids  TEXT NOT NULL CONSTRAINT contact_merge_ids_are_a_json_array
                CHECK (json_valid(merged_ids) AND json_type(merged_ids) = 'array'),
    detail      TEXT NOT NULL DEFAULT '{}' CONSTRAINT contact_merge_detail_is_a_json_object
                CHECK (json_valid(detail) AND json_type(detail) = 'object'),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    undone_at   TEXT
);
CREATE INDEX contact_merges_by_kept ON contact_merges (kept_id, created_at);
