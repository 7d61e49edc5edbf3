-- Whether a story's event happened at one spot (story.Scope.Point: its
-- most named kind of event is a collapse, a fire, an accident or an
-- attack): its main place's toll is then the event's own, even when the
-- place is a city of a story that names its country (story.FactOf). Part
-- of the scope statements are filed under, kept beside main_place.
-- Numbered 023, a number left free: migrations apply by the versions a
-- database has not seen.
ALTER TABLE stories ADD COLUMN main_point INTEGER NOT NULL DEFAULT 0;
