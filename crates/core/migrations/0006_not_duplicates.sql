-- Pairs of contacts the organizer said are not duplicates, so the finder
-- stops offering them. A pair is stored once, its two ids in order; two
-- organizers saying the same of one pair say one thing (merge rule: keep
-- the earliest row). Taking it back sets deleted_at.
CREATE TABLE not_duplicates (
    id          TEXT PRIMARY KEY NOT NULL,
    first_id    TEXT NOT NULL,
    second_id   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    CONSTRAINT not_duplicate_pair_in_order CHECK (first_id < second_id)
);
CREATE UNIQUE INDEX not_duplicates_once ON not_duplicates (first_id, second_id);
