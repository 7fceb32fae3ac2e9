-- Derived columns and the search index, recomputed by core's own rules.
--
-- Earlier steps could only leave placeholders for what SQL cannot compute:
-- 0002 added `name_key` as '' and created the search tables empty, 0003 and
-- 0004 filled the sort keys with lower(), which neither folds accents nor
-- sorts "Éducation" next to "Education", and endorsements carried over from
-- the first schema have no country code. So a file upgraded from an older
-- schema searched and sorted differently from the same data entered today.
-- After this SQL the runner calls core (store::backfill), in the same
-- transaction, to write every key and index entry as a fresh insert would.

-- Every contact has a search key (the triggers of 0002 give one to each new
-- row; this covers a row that came in some other way).
INSERT INTO contact_search_keys (organization_id)
    SELECT id FROM organizations
     WHERE id NOT IN (SELECT organization_id FROM contact_search_keys WHERE organization_id IS NOT NULL)
     ORDER BY id;
INSERT INTO contact_search_keys (person_id)
    SELECT id FROM people
     WHERE id NOT IN (SELECT person_id FROM contact_search_keys WHERE person_id IS NOT NULL)
     ORDER BY id;

-- The index is rebuilt whole: entries left by older builds (trashed
-- contacts, old spellings) go.
INSERT INTO contact_search (contact_search) VALUES ('delete-all');
INSERT INTO contact_search_inside (contact_search_inside) VALUES ('delete-all');
