-- 009_story_country: the country a story's articles name most (when at
-- least half of them name it), beside its main place: a toll stated "in
-- Nepal" in a Nepal earthquake story is the story's own toll, while one
-- stated "in Bangladesh" in a West Bengal cyclone story is Bangladesh's.
ALTER TABLE stories ADD COLUMN main_country TEXT NOT NULL DEFAULT '';
