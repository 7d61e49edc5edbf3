-- 003_lexicon: an alias added from the admin page names the kind of entity
-- it belongs to (person, country, place, organisation), which 002's
-- lexicon_additions did not keep; role words leave it empty.
ALTER TABLE lexicon_additions ADD COLUMN entity_kind TEXT NOT NULL DEFAULT '';
