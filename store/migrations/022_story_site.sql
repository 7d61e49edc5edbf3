-- A story's site: the place within its main place that more than half its
-- articles name (story.MainSite), the town an attack or a collapse
-- happened in. A toll stated there is the event's own (story.FactOf), so
-- the site is part of the scope statements are filed under, kept beside
-- main_place. Numbered 022, a number left free: migrations apply by the
-- versions a database has not seen, not by the highest.
ALTER TABLE stories ADD COLUMN main_site TEXT NOT NULL DEFAULT '';
