-- GET /api/specialists?q=<word>&page=:page: spelling correction, the word's lexeme that visible profiles
-- have, a capped count over its postings, the featured matches, then the rest in relevance order straight
-- from directory_term_order_idx (precomputed ts_rank, name, id). (The rest's offset ignores the few
-- featured matches: the same statements, within a row or two.)
\set page random(0, 2)
\set w random(1, 8)
SELECT set_config('statement_timeout', '2000', true);
SELECT w.word, (SELECT sw.word FROM search_word sw WHERE sw.word % w.word ORDER BY sw.word <-> w.word, sw.word LIMIT 1)
FROM unnest(cast(array[(array['anxiety','depression','burnout','grief','sleep','panic','family','stress'])[:w]] as text[])) WITH ORDINALITY AS w(word, n) ORDER BY w.n;
SELECT DISTINCT l AS lexeme FROM unnest(tsvector_to_array(to_tsvector('english', (array['anxiety','depression','burnout','grief','sleep','panic','family','stress'])[:w]))) AS l
WHERE EXISTS (SELECT 1 FROM directory_term t WHERE t.lexeme = l) \gset
SELECT count(*) FROM (SELECT 1 FROM directory_term t WHERE t.lexeme = :lexeme LIMIT 1001) matches;
SELECT s.id, s.display_name, s.professional_title, s.headline, s.photo_url,
       array_to_string(s.specialties, ','), array_to_string(s.languages, ','),
       array_to_string(s.session_formats, ','), s.city, s.country, s.fee_amount, s.fee_currency,
       (SELECT min(o.starts_at) FROM directory_open_slot o WHERE o.specialist_id = s.id
          AND o.starts_at >= now() + interval '2 hours' AND o.starts_at < now() + interval '60 days') AS next_free_slot,
       (s.verification_status = 'VERIFIED' AND (s.verification_valid_until IS NULL OR s.verification_valid_until >= current_date)) AS verified,
       (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now())) AS featured
FROM (SELECT s.* FROM specialist s WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL AND s.search_vector @@ to_tsquery('english', (array['anxiety','depression','burnout','grief','sleep','panic','family','stress'])[:w]) AND (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now()))
      ORDER BY md5(s.id::text || current_date::text), s.id LIMIT 200 OFFSET 0) s
ORDER BY md5(s.id::text || current_date::text), s.id;
SELECT s.id, s.display_name, s.professional_title, s.headline, s.photo_url,
       array_to_string(s.specialties, ','), array_to_string(s.languages, ','),
       array_to_string(s.session_formats, ','), s.city, s.country, s.fee_amount, s.fee_currency,
       (SELECT min(o.starts_at) FROM directory_open_slot o WHERE o.specialist_id = s.id
          AND o.starts_at >= now() + interval '2 hours' AND o.starts_at < now() + interval '60 days') AS next_free_slot,
       (s.verification_status = 'VERIFIED' AND (s.verification_valid_until IS NULL OR s.verification_valid_until >= current_date)) AS verified,
       (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now())) AS featured
FROM (SELECT s.*, t.rank AS term_rank FROM directory_term t JOIN specialist s ON s.id = t.specialist_id
      WHERE t.lexeme = :lexeme AND s.status = 'PUBLISHED' AND s.suspended_at IS NULL AND NOT (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now()))
      ORDER BY t.rank DESC, t.name_key, t.specialist_id LIMIT 20 OFFSET 20 * :page) s
ORDER BY s.term_rank DESC, lower(s.display_name), s.id;
