-- A person listed by organization only is printed as the organization part
-- of their affiliation, never their role ("Executive Director, Shelter
-- Network" → "Shelter Network"). Core splits the affiliation when an
-- endorsement is written and fills this column for older rows after this
-- step; empty means they are counted, not listed.
ALTER TABLE endorsements ADD COLUMN printed_organization TEXT NOT NULL DEFAULT '';
