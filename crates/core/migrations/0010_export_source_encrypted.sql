-- Whether the database an export was made from was encrypted at rest: the
-- published file is public by design, but the log says where it came from.
ALTER TABLE exports ADD COLUMN source_encrypted INTEGER NOT NULL DEFAULT 0
    CONSTRAINT export_source_encrypted_is_a_flag CHECK (source_encrypted IN (0, 1));
