-- 010_compact: the same content in about half the bytes (a generated corpus
-- of 100,000 articles took 2 GB).
--
-- articles.body holds raw and clean text together, compressed
-- (store/article_body.go): clean text repeats most of raw, and both were
-- stored whole beside the claims' own text. The Go step
-- (compactRows in migrate_010.go) fills it from raw and clean, then drops
-- those two columns, and rewrites claims' lists and facets' data in their
-- positional form (store/claim_compact.go).
--
-- facet_groups and facets_key served the pairwise candidate search that
-- facts replaced (004): nothing has read them since, and every import
-- still wrote them.
DROP TRIGGER facets_ad;
DROP INDEX facet_groups_recent;
DROP TABLE facet_groups;
DROP INDEX facets_key;

ALTER TABLE articles ADD COLUMN body BLOB NOT NULL DEFAULT x'';
