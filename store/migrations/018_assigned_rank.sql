-- 018_assigned_rank: "assigned to me" on the pairs list read matches_rank
-- from the top of the relation and kept the few rows assigned to the
-- reviewer (371 ms a page at 100,000 articles with nothing assigned); this
-- index holds only assigned pairs, in the list's order, so the page, its
-- cursor and its counts read those alone.
CREATE INDEX matches_assigned_rank ON matches (assigned_to, relation, not_open, neg_worth, id)
	WHERE assigned_to IS NOT NULL;
