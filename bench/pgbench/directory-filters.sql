-- GET /api/specialists?specialty=<code>&language=de&page=:page: count, featured matches, the rest by name.
\set page random(0, 2)
\set w random(1, 4)
SELECT set_config('statement_timeout', '2000', true);
SELECT count(*) FROM (SELECT 1 FROM specialist s WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL AND s.specialties @> cast(array[(array['anxiety','depression','relationships','sleep'])[:w]] as text[]) AND s.languages @> cast(array['de'] as text[]) LIMIT 1001) matches;
SELECT s.id, s.display_name, s.professional_title, s.headline, s.photo_url,
       array_to_string(s.specialties, ','), array_to_string(s.languages, ','),
       array_to_string(s.session_formats, ','), s.city, s.country, s.fee_amount, s.fee_currency,
       (SELECT min(o.starts_at) FROM directory_open_slot o WHERE o.specialist_id = s.id
          AND o.starts_at >= now() + interval '2 hours' AND o.starts_at < now() + interval '60 days') AS next_free_slot,
       (s.verification_status = 'VERIFIED' AND (s.verification_valid_until IS NULL OR s.verification_valid_until >= current_date)) AS verified,
       (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now())) AS featured
FROM (SELECT s.* FROM specialist s WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL AND s.specialties @> cast(array[(array['anxiety','depression','relationships','sleep'])[:w]] as text[]) AND s.languages @> cast(array['de'] as text[]) AND (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now()))
      ORDER BY md5(s.id::text || current_date::text), s.id LIMIT 200 OFFSET 0) s
ORDER BY md5(s.id::text || current_date::text), s.id;
SELECT s.id, s.display_name, s.professional_title, s.headline, s.photo_url,
       array_to_string(s.specialties, ','), array_to_string(s.languages, ','),
       array_to_string(s.session_formats, ','), s.city, s.country, s.fee_amount, s.fee_currency,
       (SELECT min(o.starts_at) FROM directory_open_slot o WHERE o.specialist_id = s.id
          AND o.starts_at >= now() + interval '2 hours' AND o.starts_at < now() + interval '60 days') AS next_free_slot,
       (s.verification_status = 'VERIFIED' AND (s.verification_valid_until IS NULL OR s.verification_valid_until >= current_date)) AS verified,
       (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now())) AS featured
FROM (SELECT s.* FROM specialist s WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL AND s.specialties @> cast(array[(array['anxiety','depression','relationships','sleep'])[:w]] as text[]) AND s.languages @> cast(array['de'] as text[]) AND NOT (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now()))
      ORDER BY lower(s.display_name), s.id LIMIT 20 OFFSET 20 * :page) s
ORDER BY lower(s.display_name), s.id;
