-- Deep pages of the directory (issue #13), as PostgresDirectorySearch builds them since V71: the page is chosen
-- as ids in a subquery whose OFFSET walks an index alone, then joined to the profiles. Run with
--   psql -v off=99000 -v lex=often -f bench/explain/directory-deep-page.sql
-- on a database seeded by bench/seed.sql (n=100000). docs/benchmarks.md, "Deep pages", has the numbers.
-- The card columns (next_free_slot etc.) are left out: they are computed for the page's 20 rows only.

-- 1. GET /api/specialists?page=… (default order: after the featured block, by name).
EXPLAIN (ANALYZE, BUFFERS)
SELECT s.id, s.display_name
FROM (SELECT s.id AS id FROM specialist s
      WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL
        AND NOT (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now()))
      ORDER BY lower(s.display_name), lower(s.display_name), s.id LIMIT 20 OFFSET :off) p
JOIN specialist s ON s.id = p.id
ORDER BY lower(s.display_name), lower(s.display_name), s.id;

-- 2. GET /api/specialists?q=<one word>&page=… (relevance: the word's postings, after the featured block).
EXPLAIN (ANALYZE, BUFFERS)
SELECT s.id, s.display_name
FROM (SELECT t.specialist_id AS id, t.rank AS term_rank FROM directory_term t
      WHERE t.lexeme = :'lex'
        AND t.specialist_id <> ALL (ARRAY(SELECT s.id FROM specialist s
                                         WHERE (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now()))))
      ORDER BY t.rank DESC, t.name_key, t.specialist_id LIMIT 20 OFFSET :off) p
JOIN specialist s ON s.id = p.id
ORDER BY p.term_rank DESC, lower(s.display_name), s.id;
