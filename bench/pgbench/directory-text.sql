-- GET /api/specialists?q=<word>&page=:page: spelling correction, featured matches, the rest by rank. The
-- ranking statement also counts all matches (count(*) OVER ()), so there is no count statement.
-- (The rest's offset ignores the few featured matches: the same statements, within a row or two.)
\set page random(0, 2)
\set w random(1, 8)
SELECT w.word, (SELECT sw.word FROM search_word sw WHERE sw.word % w.word ORDER BY sw.word <-> w.word, sw.word LIMIT 1)
FROM unnest(cast(array[(array['anxiety','depression','burnout','grief','sleep','panic','family','stress'])[:w]] as text[])) WITH ORDINALITY AS w(word, n) ORDER BY w.n;
SELECT s.id, s.display_name, s.professional_title, s.headline, s.photo_url,
       array_to_string(s.specialties, ','), array_to_string(s.languages, ','),
       array_to_string(s.session_formats, ','), s.city, s.country, s.fee_amount, s.fee_currency,
       (SELECT min(sl.starts_at) FROM slot sl WHERE sl.specialist_id = s.id AND sl.withdrawn_at IS NULL
          AND sl.starts_at >= now() + interval '2 hours' AND sl.starts_at < now() + interval '60 days'
          AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.slot_id = sl.id AND b.status <> 'CANCELLED')) AS next_free_slot,
       (s.verification_status = 'VERIFIED' AND (s.verification_valid_until IS NULL OR s.verification_valid_until >= current_date)) AS verified,
       (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now())) AS featured
FROM (SELECT * FROM specialist s WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL
      AND s.search_vector @@ to_tsquery('english', (array['anxiety','depression','burnout','grief','sleep','panic','family','stress'])[:w]) AND (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now()))
      ORDER BY md5(s.id::text || current_date::text), s.id LIMIT 200 OFFSET 0) s
ORDER BY md5(s.id::text || current_date::text), s.id;
SELECT s.id, s.display_name, s.professional_title, s.headline, s.photo_url,
       array_to_string(s.specialties, ','), array_to_string(s.languages, ','),
       array_to_string(s.session_formats, ','), s.city, s.country, s.fee_amount, s.fee_currency,
       (SELECT min(sl.starts_at) FROM slot sl WHERE sl.specialist_id = s.id AND sl.withdrawn_at IS NULL
          AND sl.starts_at >= now() + interval '2 hours' AND sl.starts_at < now() + interval '60 days'
          AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.slot_id = sl.id AND b.status <> 'CANCELLED')) AS next_free_slot,
       (s.verification_status = 'VERIFIED' AND (s.verification_valid_until IS NULL OR s.verification_valid_until >= current_date)) AS verified,
       (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now())) AS featured
FROM (SELECT *, count(*) OVER () AS total_matches FROM specialist s WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL
      AND s.search_vector @@ to_tsquery('english', (array['anxiety','depression','burnout','grief','sleep','panic','family','stress'])[:w]) AND NOT (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now()))
      ORDER BY ts_rank(s.search_vector, to_tsquery('english', (array['anxiety','depression','burnout','grief','sleep','panic','family','stress'])[:w])) DESC, lower(s.display_name), s.id LIMIT 20 OFFSET 20 * :page) s
ORDER BY ts_rank(s.search_vector, to_tsquery('english', (array['anxiety','depression','burnout','grief','sleep','panic','family','stress'])[:w])) DESC, lower(s.display_name), s.id;
