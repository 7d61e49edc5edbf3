-- 020_fact_dissent: a fact's dissent (how many statements stand outside
-- its main group) is written with its summary, by the one statement that
-- writes summaries (factSet.flush, from story.Summary.Dissent), instead of
-- by 012's trigger, which read it back from the summary's JSON twice (in
-- its WHERE and its SET) after every fact written: three or four facts an
-- imported article. What it keeps is unchanged (checkKeptFacts).
DROP TRIGGER facts_dissent_au;
