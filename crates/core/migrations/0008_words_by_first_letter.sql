-- The word index, rebuilt for search as you type at coalition scale.
--
-- Words are now indexed by their first letter too (prefix '1 2 3'): a
-- search for "m" or "Asociación m" read and merged the list of every word
-- that starts with the letter, tens of milliseconds among 100,000
-- contacts; from its own prefix entry it is one read. And vowel signs and
-- other combining marks (Unicode category M) are part of a word: Hindi,
-- Bengali, Tamil or Thai names were split at every vowel sign, so "किसान"
-- was indexed as pieces, matched loosely and slowly. Diacritics are still
-- folded away ("asociacion" finds "Asociación", typed or pasted
-- decomposed).
--
-- A contentless table cannot be rebuilt from itself: after this SQL the
-- runner calls core (store::backfill::word_index), in the same
-- transaction, to index every live contact as writing it does.

DROP TABLE contact_search;
CREATE VIRTUAL TABLE contact_search USING fts5 (
    name, short_name, email, city, country, tags,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2 categories ''L* N* Co M*''',
    prefix = '1 2 3'
);
