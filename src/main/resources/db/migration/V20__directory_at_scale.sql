-- The directory at 100,000+ specialists (issue #13; measurements in docs/benchmarks.md). Three derived
-- tables, each kept by triggers in the same transaction as the change that alters it, so they are
-- never stale and every writer (the app, an admin's SQL, the benchmark's seed) keeps them:
--   directory_term       one row per visible profile and word: its relevance rank for that word,
--                        precomputed, so a one-word search reads the top of an index instead of
--                        ranking every match;
--   directory_open_slot  the bookable (not withdrawn, not booked) slots, so freeConsultation and
--                        nextFreeSlot are one index probe instead of slots joined with bookings;
--   search_word          the spelling vocabulary, now counted: exactly the words of visible profiles.
-- "Visible" is what the directory lists: published and not suspended.

-- ----------------------------------------------------------------------------------------------------
-- Relevance postings
-- ----------------------------------------------------------------------------------------------------
-- rank is ts_rank(search_vector, '<lexeme>'), the same value the one-word search computed per match
-- before, and name_key is lower(display_name): ordering by (rank DESC, name_key, specialist_id) is the
-- directory's relevance order, read straight from directory_term_order_idx.
CREATE TABLE directory_term (
    specialist_id uuid NOT NULL REFERENCES specialist (id) ON DELETE CASCADE,
    lexeme        text NOT NULL,
    rank          real NOT NULL,
    name_key      text NOT NULL,
    PRIMARY KEY (specialist_id, lexeme)
);
CREATE INDEX directory_term_order_idx ON directory_term (lexeme, rank DESC, name_key, specialist_id);

-- A lexeme as a one-lexeme tsquery (quoted: lexemes may hold punctuation, e.g. from URLs in a bio).
CREATE FUNCTION directory_lexeme_query(lexeme text) RETURNS tsquery AS $$
    SELECT ('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''')::tsquery
$$ LANGUAGE sql IMMUTABLE STRICT;

-- The words a profile offers the spelling vocabulary (same rule as before: letters only, 3-100 long).
CREATE FUNCTION specialist_vocabulary(display_name text, specialties text[], professional_title text,
                                      headline text, bio text) RETURNS SETOF text AS $$
    SELECT DISTINCT w
    FROM regexp_split_to_table(lower(concat_ws(' ', display_name,
                                               translate(array_to_string(specialties, ' '), '-_', '  '),
                                               professional_title, headline, bio)), '[^[:alpha:]]+') AS w
    WHERE length(w) BETWEEN 3 AND 100
$$ LANGUAGE sql IMMUTABLE;

-- ----------------------------------------------------------------------------------------------------
-- The vocabulary: counted, visible profiles only
-- ----------------------------------------------------------------------------------------------------
-- Before, every word ever typed into any profile (drafts included) stayed forever, and erasure had to
-- guess which words were a person's. Now a word is there while at least one visible profile uses it.
ALTER TABLE search_word ADD COLUMN uses integer NOT NULL DEFAULT 0;
TRUNCATE search_word;
INSERT INTO search_word (word, uses)
SELECT v, count(*)
FROM specialist s, specialist_vocabulary(s.display_name, s.specialties, s.professional_title, s.headline, s.bio) v
WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL
GROUP BY v;

-- The search document only; the vocabulary moves to the AFTER trigger below, which knows visibility.
CREATE OR REPLACE FUNCTION specialist_search_document() RETURNS trigger AS $$
DECLARE
    tags text := translate(array_to_string(NEW.specialties, ' '), '-_', '  ');
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', coalesce(NEW.display_name, '')), 'A') ||
        setweight(to_tsvector('english', tags), 'A') ||
        setweight(to_tsvector('english', coalesce(NEW.professional_title, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(NEW.headline, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(NEW.bio, '')), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

-- Applies a change to the derived tables: the old visible versions (their ids, and their vocabulary as
-- word counts) leave, the new visible versions (ids; read back from the table) enter.
CREATE FUNCTION directory_apply(old_ids uuid[], old_words text[], old_counts integer[], new_ids uuid[]) RETURNS void AS $$
DECLARE
    unused text[];
BEGIN
    DELETE FROM directory_term t USING unnest(old_ids) AS o(id) WHERE t.specialist_id = o.id;
    INSERT INTO directory_term (specialist_id, lexeme, rank, name_key)
    SELECT s.id, u.lexeme, ts_rank(s.search_vector, directory_lexeme_query(u.lexeme)), lower(s.display_name)
    FROM unnest(new_ids) AS i(id) JOIN specialist s ON s.id = i.id, unnest(s.search_vector) AS u;
    -- Vocabulary: +1 for each word a new visible version has, -1 for each an old visible one had.
    -- Sorted, so concurrent profile edits lock shared words in the same order (no deadlock).
    WITH delta AS (
        SELECT w, sum(d)::integer AS d FROM (
            SELECT o.w, -o.c AS d FROM unnest(old_words, old_counts) AS o(w, c)
            UNION ALL
            SELECT w, 1 FROM unnest(new_ids) AS i(id) JOIN specialist s ON s.id = i.id,
                   specialist_vocabulary(s.display_name, s.specialties, s.professional_title, s.headline, s.bio) w) c
        GROUP BY w HAVING sum(d) <> 0),
    counted AS (
        INSERT INTO search_word AS sw (word, uses) SELECT w, d FROM delta ORDER BY w
        ON CONFLICT (word) DO UPDATE SET uses = sw.uses + EXCLUDED.uses
        RETURNING sw.word, sw.uses)
    SELECT coalesce(array_agg(word), '{}') INTO unused FROM counted WHERE uses <= 0;
    -- A word no visible profile uses any more leaves (a separate statement: a row cannot be changed
    -- twice in one).
    DELETE FROM search_word WHERE word = ANY (unused) AND uses <= 0;
END
$$ LANGUAGE plpgsql;

-- Statement-level, over transition tables: a bulk write (an import, the benchmark's seed) updates each
-- shared vocabulary word once per statement, not once per profile. Only rows whose directory view
-- changed count (visibility, the search document or a field it is made of), not fee edits and the like.
CREATE FUNCTION specialist_directory_sync() RETURNS trigger AS $$
DECLARE
    old_ids uuid[] := '{}';
    old_words text[] := '{}';
    old_counts integer[] := '{}';
    new_ids uuid[] := '{}';
BEGIN
    IF TG_OP = 'INSERT' THEN
        new_ids := ARRAY(SELECT n.id FROM new_rows n WHERE n.status = 'PUBLISHED' AND n.suspended_at IS NULL);
    ELSIF TG_OP = 'DELETE' THEN
        old_ids := ARRAY(SELECT o.id FROM old_rows o WHERE o.status = 'PUBLISHED' AND o.suspended_at IS NULL);
        SELECT coalesce(array_agg(w), '{}'), coalesce(array_agg(c), '{}') INTO old_words, old_counts FROM (
            SELECT w, count(*)::integer AS c FROM old_rows o,
                   specialist_vocabulary(o.display_name, o.specialties, o.professional_title, o.headline, o.bio) w
            WHERE o.status = 'PUBLISHED' AND o.suspended_at IS NULL GROUP BY w) v;
    ELSE
        old_ids := ARRAY(
            SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE o.status = 'PUBLISHED' AND o.suspended_at IS NULL
              AND (o.status, o.suspended_at, o.search_vector, o.display_name, o.specialties, o.professional_title, o.headline, o.bio)
                  IS DISTINCT FROM (n.status, n.suspended_at, n.search_vector, n.display_name, n.specialties, n.professional_title, n.headline, n.bio));
        IF cardinality(old_ids) > 0 THEN
            SELECT coalesce(array_agg(w), '{}'), coalesce(array_agg(c), '{}') INTO old_words, old_counts FROM (
                SELECT w, count(*)::integer AS c FROM old_rows o,
                       specialist_vocabulary(o.display_name, o.specialties, o.professional_title, o.headline, o.bio) w
                WHERE o.id = ANY (old_ids) GROUP BY w) v;
        END IF;
        new_ids := ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.status = 'PUBLISHED' AND n.suspended_at IS NULL
              AND (o.status, o.suspended_at, o.search_vector, o.display_name, o.specialties, o.professional_title, o.headline, o.bio)
                  IS DISTINCT FROM (n.status, n.suspended_at, n.search_vector, n.display_name, n.specialties, n.professional_title, n.headline, n.bio));
    END IF;
    IF cardinality(old_ids) > 0 OR cardinality(new_ids) > 0 THEN
        PERFORM directory_apply(old_ids, old_words, old_counts, new_ids);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER specialist_directory_insert_trg AFTER INSERT ON specialist
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION specialist_directory_sync();
CREATE TRIGGER specialist_directory_update_trg AFTER UPDATE ON specialist
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION specialist_directory_sync();
CREATE TRIGGER specialist_directory_delete_trg AFTER DELETE ON specialist
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION specialist_directory_sync();

INSERT INTO directory_term (specialist_id, lexeme, rank, name_key)
SELECT s.id, u.lexeme, ts_rank(s.search_vector, directory_lexeme_query(u.lexeme)), lower(s.display_name)
FROM specialist s, unnest(s.search_vector) AS u
WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL;

-- ----------------------------------------------------------------------------------------------------
-- Open slots
-- ----------------------------------------------------------------------------------------------------
CREATE TABLE directory_open_slot (
    slot_id       uuid        PRIMARY KEY REFERENCES slot (id) ON DELETE CASCADE,
    specialist_id uuid        NOT NULL,
    starts_at     timestamptz NOT NULL
);
CREATE INDEX directory_open_slot_start_idx ON directory_open_slot (specialist_id, starts_at);
-- sort=soonest walks open slots in time order (each specialist's first one is its next free slot).
CREATE INDEX directory_open_slot_time_idx ON directory_open_slot (starts_at, specialist_id);

-- Recomputes the rows of the given slots. The slot rows are share-locked first (in id order): that waits
-- for a concurrent change of the slot itself (a withdrawal), so a booking cancelled while its slot is
-- withdrawn (or the other way round) cannot leave a stale "open" row; and it never waits for the share
-- locks bookers and reschedulers hold on a slot (no deadlock with them).
CREATE FUNCTION directory_refresh_open_slots(slots uuid[]) RETURNS void AS $$
BEGIN
    -- Joins with unnest, not "= ANY (slots)": a bulk write passes hundreds of thousands of ids.
    PERFORM 1 FROM slot sl JOIN unnest(slots) AS u(id) ON sl.id = u.id ORDER BY sl.id FOR SHARE OF sl;
    DELETE FROM directory_open_slot o USING unnest(slots) AS u(id) WHERE o.slot_id = u.id;
    INSERT INTO directory_open_slot (slot_id, specialist_id, starts_at)
    SELECT sl.id, sl.specialist_id, sl.starts_at FROM unnest(slots) AS u(id) JOIN slot sl ON sl.id = u.id
    WHERE sl.withdrawn_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.slot_id = sl.id AND b.status <> 'CANCELLED');
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION slot_directory_sync() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- A new slot has no booking yet.
        INSERT INTO directory_open_slot (slot_id, specialist_id, starts_at)
        SELECT n.id, n.specialist_id, n.starts_at FROM new_rows n WHERE n.withdrawn_at IS NULL;
    ELSE
        PERFORM directory_refresh_open_slots(ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (o.withdrawn_at, o.starts_at, o.specialist_id) IS DISTINCT FROM (n.withdrawn_at, n.starts_at, n.specialist_id)));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER slot_directory_insert_trg AFTER INSERT ON slot
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION slot_directory_sync();
CREATE TRIGGER slot_directory_update_trg AFTER UPDATE ON slot
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION slot_directory_sync();

CREATE FUNCTION booking_directory_sync() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- A new live booking takes its slot; a new booking never frees one (cheap for bulk inserts).
        DELETE FROM directory_open_slot o USING new_rows n WHERE o.slot_id = n.slot_id AND n.status <> 'CANCELLED';
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM directory_refresh_open_slots(ARRAY(SELECT DISTINCT o.slot_id FROM old_rows o));
    ELSE
        -- A status change frees or takes its slot; a reschedule frees one slot and takes another.
        PERFORM directory_refresh_open_slots(ARRAY(
            SELECT x.slot_id FROM new_rows n JOIN old_rows o ON o.id = n.id,
                   LATERAL (VALUES (o.slot_id), (n.slot_id)) x(slot_id)
            WHERE (o.status, o.slot_id) IS DISTINCT FROM (n.status, n.slot_id)
            GROUP BY x.slot_id));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER booking_directory_insert_trg AFTER INSERT ON booking
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION booking_directory_sync();
CREATE TRIGGER booking_directory_update_trg AFTER UPDATE ON booking
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION booking_directory_sync();
CREATE TRIGGER booking_directory_delete_trg AFTER DELETE ON booking
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION booking_directory_sync();

INSERT INTO directory_open_slot (slot_id, specialist_id, starts_at)
SELECT sl.id, sl.specialist_id, sl.starts_at FROM slot sl
WHERE sl.withdrawn_at IS NULL AND sl.starts_at > now()
  AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.slot_id = sl.id AND b.status <> 'CANCELLED');
