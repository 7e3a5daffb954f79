-- ----------------------------------------------------------------------------------------------------
-- Issue #18, "in the reader's own language": a specialist may give the profile's headline and bio in
-- more than one language, and says which language the originals are written in.
--   text_language  the language of headline and bio as written (ISO 639-1). Profiles from before: the
--                  account's chosen language where there is one, else English (the only language the
--                  platform spoke when they were written).
--   translations   {"de": {"headline": "...", "bio": "..."}, "fr": {...}}: the specialist's own versions,
--                  keyed by a language of quarkus.locales other than text_language (the application checks
--                  keys, lengths and that each translation has exactly the texts the original has). Stored
--                  like bio (public text, not encrypted); exported and erased with the profile
--                  (specialist.SpecialistPersonalData).
-- The directory finds a profile by the words of its translations too: they join the search document
-- (headlines weight B, bios C, like the originals), the rank postings (directory_term, which follow the
-- search document) and the spelling vocabulary (search_word). The search outbox needs nothing new: it
-- follows every update of a listed profile (V50).
-- ----------------------------------------------------------------------------------------------------
ALTER TABLE specialist
    ADD COLUMN text_language varchar(3) NOT NULL DEFAULT 'en' CHECK (text_language ~ '^[a-z]{2,3}$'),
    ADD COLUMN translations jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(translations) = 'object');

-- The translated texts of one field ('headline' or 'bio'), joined by spaces; '' without any.
CREATE FUNCTION specialist_translated(translations jsonb, field text) RETURNS text AS $$
    SELECT coalesce(string_agg(t.v ->> field, ' ' ORDER BY t.k), '')
    FROM jsonb_each(coalesce(translations, '{}'::jsonb)) AS t(k, v)
    WHERE jsonb_typeof(t.v) = 'object'
$$ LANGUAGE sql IMMUTABLE;

-- The search document, now with the translations beside the original texts.
CREATE OR REPLACE FUNCTION specialist_search_document() RETURNS trigger AS $$
DECLARE
    tags text := translate(array_to_string(NEW.specialties, ' '), '-_', '  ');
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', coalesce(NEW.display_name, '')), 'A') ||
        setweight(to_tsvector('english', tags), 'A') ||
        setweight(to_tsvector('english', coalesce(NEW.professional_title, '')), 'B') ||
        setweight(to_tsvector('english', concat_ws(' ', NEW.headline, specialist_translated(NEW.translations, 'headline'))), 'B') ||
        setweight(to_tsvector('english', concat_ws(' ', NEW.bio, specialist_translated(NEW.translations, 'bio'))), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER specialist_search_document_trg ON specialist;
CREATE TRIGGER specialist_search_document_trg
    BEFORE INSERT OR UPDATE OF display_name, specialties, professional_title, headline, bio, translations
    ON specialist
    FOR EACH ROW EXECUTE FUNCTION specialist_search_document();

-- The spelling vocabulary of a profile, translations included (V20's rule: letters only, 3-100 long).
CREATE FUNCTION specialist_vocabulary(display_name text, specialties text[], professional_title text,
                                      headline text, bio text, translations jsonb) RETURNS SETOF text AS $$
    SELECT DISTINCT w
    FROM regexp_split_to_table(lower(concat_ws(' ', display_name,
                                               translate(array_to_string(specialties, ' '), '-_', '  '),
                                               professional_title, headline, bio,
                                               specialist_translated(translations, 'headline'),
                                               specialist_translated(translations, 'bio'))), '[^[:alpha:]]+') AS w
    WHERE length(w) BETWEEN 3 AND 100
$$ LANGUAGE sql IMMUTABLE;

-- V20's functions, calling the vocabulary with the translations and treating a change of them as a change of
-- the directory's view of the profile (otherwise unchanged).
CREATE OR REPLACE FUNCTION directory_apply(old_ids uuid[], old_words text[], old_counts integer[], new_ids uuid[]) RETURNS void AS $$
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
                   specialist_vocabulary(s.display_name, s.specialties, s.professional_title, s.headline, s.bio, s.translations) w) c
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

CREATE OR REPLACE FUNCTION specialist_directory_sync() RETURNS trigger AS $$
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
                   specialist_vocabulary(o.display_name, o.specialties, o.professional_title, o.headline, o.bio, o.translations) w
            WHERE o.status = 'PUBLISHED' AND o.suspended_at IS NULL GROUP BY w) v;
    ELSE
        old_ids := ARRAY(
            SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE o.status = 'PUBLISHED' AND o.suspended_at IS NULL
              AND (o.status, o.suspended_at, o.search_vector, o.display_name, o.specialties, o.professional_title, o.headline, o.bio, o.translations)
                  IS DISTINCT FROM (n.status, n.suspended_at, n.search_vector, n.display_name, n.specialties, n.professional_title, n.headline, n.bio, n.translations));
        IF cardinality(old_ids) > 0 THEN
            SELECT coalesce(array_agg(w), '{}'), coalesce(array_agg(c), '{}') INTO old_words, old_counts FROM (
                SELECT w, count(*)::integer AS c FROM old_rows o,
                       specialist_vocabulary(o.display_name, o.specialties, o.professional_title, o.headline, o.bio, o.translations) w
                WHERE o.id = ANY (old_ids) GROUP BY w) v;
        END IF;
        new_ids := ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.status = 'PUBLISHED' AND n.suspended_at IS NULL
              AND (o.status, o.suspended_at, o.search_vector, o.display_name, o.specialties, o.professional_title, o.headline, o.bio, o.translations)
                  IS DISTINCT FROM (n.status, n.suspended_at, n.search_vector, n.display_name, n.specialties, n.professional_title, n.headline, n.bio, n.translations));
    END IF;
    IF cardinality(old_ids) > 0 OR cardinality(new_ids) > 0 THEN
        PERFORM directory_apply(old_ids, old_words, old_counts, new_ids);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

DROP FUNCTION specialist_vocabulary(text, text[], text, text, text);

-- Existing profiles: the account's chosen language, where it chose one other than English. Before any
-- translation exists, so the search document and the vocabulary stay as they are.
UPDATE specialist s SET text_language = split_part(a.language, '-', 1)
FROM account a
WHERE a.id = s.account_id AND a.language IS NOT NULL AND split_part(a.language, '-', 1) <> 'en';

-- With SEARCH_BACKEND=opensearch the documents gain textLanguage and the translations' fields: every listed
-- profile is queued for the index once (the indexer works through the outbox in batches, as after any change).
SELECT search_outbox_enqueue(ARRAY(SELECT id FROM specialist WHERE status = 'PUBLISHED' AND suspended_at IS NULL));
