-- GET /api/specialists?page=:page (no q, no filters): the statements PostgresDirectorySearch runs, in order.
-- The seed features 8 specialists, so page 0 is 8 featured + 12 others and later pages are offset by 8.
\set page random(0, 2)
\set lim case when :page = 0 then 12 else 20 end
\set off case when :page = 0 then 0 else 20 * :page - 8 end
SELECT set_config('statement_timeout', '2000', true);
SELECT count(*) FROM (SELECT 1 FROM specialist s WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL LIMIT 1001) matches;
SELECT s.id, s.display_name, s.professional_title, s.headline, s.photo_url,
       array_to_string(s.specialties, ','), array_to_string(s.languages, ','),
       array_to_string(s.session_formats, ','), s.city, s.country, s.fee_amount, s.fee_currency,
       (SELECT min(o.starts_at) FROM directory_open_slot o WHERE o.specialist_id = s.id
          AND o.starts_at >= now() + interval '2 hours' AND o.starts_at < now() + interval '60 days') AS next_free_slot,
       (s.verification_status = 'VERIFIED' AND (s.verification_valid_until IS NULL OR s.verification_valid_until >= current_date)) AS verified,
       (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now())) AS featured
FROM (SELECT s.* FROM specialist s WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL AND (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now()))
      ORDER BY md5(s.id::text || current_date::text), s.id LIMIT 200 OFFSET 0) s
ORDER BY md5(s.id::text || current_date::text), s.id;
SELECT s.id, s.display_name, s.professional_title, s.headline, s.photo_url,
       array_to_string(s.specialties, ','), array_to_string(s.languages, ','),
       array_to_string(s.session_formats, ','), s.city, s.country, s.fee_amount, s.fee_currency,
       (SELECT min(o.starts_at) FROM directory_open_slot o WHERE o.specialist_id = s.id
          AND o.starts_at >= now() + interval '2 hours' AND o.starts_at < now() + interval '60 days') AS next_free_slot,
       (s.verification_status = 'VERIFIED' AND (s.verification_valid_until IS NULL OR s.verification_valid_until >= current_date)) AS verified,
       (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now())) AS featured
FROM (SELECT s.* FROM specialist s WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL AND NOT (s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now()))
      ORDER BY lower(s.display_name), s.id LIMIT :lim OFFSET :off) s
ORDER BY lower(s.display_name), s.id;
