-- A story's event start: the earliest day its articles tell of the event
-- since ("since May 3", "৩ মে থেকে"; story.EventStart, kept as signals of
-- kind 'start'). A count since that day is the event's own toll, not a
-- count of a later spell (story.FactOf), so the start is part of the scope
-- its statements are filed under and is kept beside main_place and
-- main_country. The partial index reads a story's earliest start without
-- walking its other signals; only start rows are written to it.
ALTER TABLE stories ADD COLUMN event_start TEXT NOT NULL DEFAULT '';
CREATE INDEX story_signals_start ON story_signals (story_id, label) WHERE kind = 'start';
