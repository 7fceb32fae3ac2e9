-- Sharing one dataset between several organizers' files through a folder a
-- sync tool carries (core `share`). Every table here belongs to this copy of
-- the file alone and is never shared; its configuration (the share, this
-- device, the coalition key) is kept in `local_state` under `share.*`.

-- Local writes not yet written to the folder, recorded by triggers in the
-- same transaction as the write (the triggers exist only while sharing).
CREATE TABLE share_outbox (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl      TEXT NOT NULL,
    row_id   TEXT NOT NULL,
    op       TEXT NOT NULL CONSTRAINT share_outbox_op CHECK (op IN ('put', 'del')),
    cols     TEXT,               -- JSON object: the row's values after the write
    changed  TEXT,               -- JSON array: the columns an update changed; NULL for all
    at_ms    INTEGER NOT NULL    -- when it was written, ms since 1970 (UTC)
);

-- Who wrote each column last: a hybrid logical clock stamp per column, the
-- device that wrote it and the number of the file that carried it.
CREATE TABLE share_stamps (
    tbl     TEXT NOT NULL,
    row_id  TEXT NOT NULL,
    stamps  TEXT NOT NULL CONSTRAINT share_stamps_are_an_object
            CHECK (json_valid(stamps) AND json_type(stamps) = 'object'),
    PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;

-- Rows deleted for good (a purge, an unlinked tag, the loser of a merge
-- rule) and the stamp of the deletion: a later edit of one of them is not
-- applied; only the row written whole again after it (a tag linked
-- again) brings it back.
CREATE TABLE share_gone (
    tbl     TEXT NOT NULL,
    row_id  TEXT NOT NULL,
    stamp   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;

-- Every device of the share and the last of its files applied here (for
-- this device: the last it wrote), and why its next file could not be
-- (an error report as JSON), if it could not.
CREATE TABLE share_devices (
    device      TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    applied     INTEGER NOT NULL DEFAULT 0,
    written_at  TEXT,
    problem     TEXT
);

-- Two organizers' edits that met: concurrent edits of a statement's title
-- or text, and rows two organizers both created where one is allowed (the
-- same tag, the same organization signing twice). The review list.
CREATE TABLE share_conflicts (
    id           TEXT PRIMARY KEY NOT NULL,
    kind         TEXT NOT NULL CONSTRAINT share_conflict_kind
                 CHECK (kind IN ('concurrent', 'duplicate')),
    tbl          TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    col          TEXT NOT NULL DEFAULT '',
    kept         TEXT,           -- JSON value in the row now (concurrent); the row kept (duplicate)
    other        TEXT,           -- JSON value that lost (concurrent); the row set aside (duplicate)
    kept_by      TEXT NOT NULL DEFAULT '',
    other_by     TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    resolved_at  TEXT
);
CREATE INDEX share_conflicts_open ON share_conflicts (tbl, row_id, col) WHERE resolved_at IS NULL;

-- Rows set aside by a merge rule, and the row kept in their place. A row
-- set aside to the trash comes back when the one kept leaves; a tag set
-- aside passes its links to the one kept.
CREATE TABLE share_set_aside (
    tbl        TEXT NOT NULL,
    loser_id   TEXT NOT NULL,
    winner_id  TEXT NOT NULL,
    PRIMARY KEY (tbl, loser_id)
) WITHOUT ROWID;
