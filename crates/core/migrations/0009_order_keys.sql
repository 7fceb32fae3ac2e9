-- Names in their language's order: CLDR's collation for the statement's
-- language (tailored: Spanish "ñ" after "n", Swedish "å ä ö" after "z"),
-- the root order for contacts, stored as each name's sort key so the
-- window's lists sort in SQL exactly as the exports do.
--
-- `order_key()` is core's, registered on every connection that writes.
-- This step leaves the keys empty: core writes every key when a file opens
-- with keys from another collation version, or none yet (local_state
-- 'order_keys'), in the same way after any later update of the collator.

ALTER TABLE endorsements ADD COLUMN order_key BLOB NOT NULL DEFAULT x'';
ALTER TABLE organizations ADD COLUMN order_key BLOB NOT NULL DEFAULT x'';
ALTER TABLE people ADD COLUMN order_key BLOB NOT NULL DEFAULT x'';

DROP INDEX endorsements_in_name_order;
CREATE INDEX endorsements_in_name_order
    ON endorsements (statement_id, order_key, id) WHERE deleted_at IS NULL;
DROP INDEX organizations_by_sort_key;
CREATE INDEX organizations_in_order ON organizations (order_key, id) WHERE deleted_at IS NULL;
DROP INDEX people_by_sort_key;
CREATE INDEX people_in_order ON people (order_key, id) WHERE deleted_at IS NULL;

DELETE FROM local_state WHERE key = 'order_keys';

-- A name corrected, or a statement's language changed, moves in the order.
CREATE TRIGGER endorsements_keep_their_order AFTER UPDATE OF printed_name ON endorsements
BEGIN
    UPDATE endorsements
       SET order_key = order_key(NEW.printed_name,
                                 (SELECT language FROM statements WHERE id = NEW.statement_id))
     WHERE id = NEW.id;
END;

CREATE TRIGGER statements_reorder_their_signatories AFTER UPDATE OF language ON statements
BEGIN
    UPDATE endorsements SET order_key = order_key(printed_name, NEW.language)
     WHERE statement_id = NEW.id;
END;

CREATE TRIGGER organizations_keep_their_order AFTER UPDATE OF name ON organizations
BEGIN
    UPDATE organizations SET order_key = order_key(NEW.name, '') WHERE id = NEW.id;
END;

CREATE TRIGGER people_keep_their_order AFTER UPDATE OF full_name ON people
BEGIN
    UPDATE people SET order_key = order_key(NEW.full_name, '') WHERE id = NEW.id;
END;
