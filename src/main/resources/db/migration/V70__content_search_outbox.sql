-- Articles and community questions on OpenSearch (issue #16: article search "in whichever search backend the
-- directory uses"; issue #13 part 2). The same transactional outbox as the directory's (V50), in a table of its
-- own keyed by (kind, id): triggers write a row in the same transaction as every change that alters what a
-- search may find, so no writer (the app, erasure, an admin's SQL) can forget it:
--   article     publish, unpublish, edit of a published article, hide, restore, delete, erasure (DELETE);
--   specialist  publish, unpublish, suspend, reinstate of the author (their published articles);
--   question    ask, hide, restore, delete, erasure.
-- A row holds only the kind and the id: the document is built from the tables when it is indexed (and is
-- deleted from the index when the row is no longer public). seq is the document's external version.
-- (V67-V69 belong to the waitlist.)

CREATE SEQUENCE content_search_outbox_seq;

CREATE TABLE content_search_outbox (
    kind          varchar(16) NOT NULL CHECK (kind IN ('article', 'question')),
    doc_id        uuid        NOT NULL,
    seq           bigint      NOT NULL,
    -- the oldest change not yet indexed
    changed_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    -- an indexer's lease: while in the future, other instances leave the row alone
    claimed_until timestamptz,
    -- 0: a change (first in line); 1: enqueued by a rebuild (the old index still serves it meanwhile)
    priority      smallint    NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, doc_id)
);
CREATE INDEX content_search_outbox_due_idx ON content_search_outbox (priority, changed_at);

-- One row per kind: whether its changes are recorded (only while the app runs with SEARCH_BACKEND=opensearch),
-- when its index last took a change, and its rebuild in progress (like search_sync for the directory).
CREATE TABLE content_search_sync (
    kind              varchar(16) PRIMARY KEY CHECK (kind IN ('article', 'question')),
    outbox_enabled    boolean     NOT NULL DEFAULT false,
    last_indexed_at   timestamptz,
    building_index    text,
    building_since    timestamptz,
    rebuild_requested boolean     NOT NULL DEFAULT false
);
INSERT INTO content_search_sync (kind) VALUES ('article'), ('question');

-- Enqueues ids of one kind (sorted, so concurrent writers lock outbox rows in the same order). A claimed row
-- gets a new seq and loses its claim: the change after the claim is indexed too.
CREATE FUNCTION content_search_enqueue(k text, ids uuid[]) RETURNS void AS $$
BEGIN
    IF cardinality(ids) = 0 OR NOT coalesce((SELECT outbox_enabled FROM content_search_sync WHERE kind = k), false) THEN
        RETURN;
    END IF;
    INSERT INTO content_search_outbox AS o (kind, doc_id, seq)
    SELECT k, i, nextval('content_search_outbox_seq') FROM (SELECT DISTINCT i FROM unnest(ids) AS u(i) ORDER BY i) d
    ON CONFLICT (kind, doc_id) DO UPDATE SET seq = EXCLUDED.seq, claimed_until = NULL, priority = 0;
END
$$ LANGUAGE plpgsql;

-- Articles: every row that is or was PUBLISHED (drafts are never in the index, so their edits need no work;
-- hiding, restoring and deleting happen to published rows or leave the status PUBLISHED → UNPUBLISHED).
CREATE FUNCTION article_search_outbox() RETURNS trigger AS $$
BEGIN
    IF NOT (SELECT outbox_enabled FROM content_search_sync WHERE kind = 'article') THEN
        RETURN NULL; -- PostgreSQL backend: skip even collecting the ids
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM content_search_enqueue('article', ARRAY(SELECT n.id FROM new_rows n WHERE n.status = 'PUBLISHED'));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM content_search_enqueue('article', ARRAY(SELECT o.id FROM old_rows o WHERE o.status = 'PUBLISHED'));
    ELSE
        PERFORM content_search_enqueue('article', ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.status = 'PUBLISHED' OR o.status = 'PUBLISHED'));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER article_search_outbox_insert_trg AFTER INSERT ON article
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_search_outbox();
CREATE TRIGGER article_search_outbox_update_trg AFTER UPDATE ON article
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_search_outbox();
CREATE TRIGGER article_search_outbox_delete_trg AFTER DELETE ON article
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_search_outbox();

-- Authors: a published article is listed only while its author's profile is public.
CREATE FUNCTION specialist_article_search_outbox() RETURNS trigger AS $$
BEGIN
    IF NOT (SELECT outbox_enabled FROM content_search_sync WHERE kind = 'article') THEN
        RETURN NULL;
    END IF;
    PERFORM content_search_enqueue('article', ARRAY(
        SELECT a.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN article a ON a.specialist_id = n.id
        WHERE (n.status IS DISTINCT FROM o.status OR n.suspended_at IS DISTINCT FROM o.suspended_at)
          AND a.status = 'PUBLISHED'));
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER specialist_article_search_outbox_update_trg AFTER UPDATE ON specialist
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION specialist_article_search_outbox();

-- Questions: every insert, update (hide, restore, delete, erasure) and delete.
CREATE FUNCTION question_search_outbox() RETURNS trigger AS $$
BEGIN
    IF NOT (SELECT outbox_enabled FROM content_search_sync WHERE kind = 'question') THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM content_search_enqueue('question', ARRAY(SELECT o.id FROM old_rows o));
    ELSE
        PERFORM content_search_enqueue('question', ARRAY(SELECT n.id FROM new_rows n));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER question_search_outbox_insert_trg AFTER INSERT ON question
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION question_search_outbox();
CREATE TRIGGER question_search_outbox_update_trg AFTER UPDATE ON question
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION question_search_outbox();
CREATE TRIGGER question_search_outbox_delete_trg AFTER DELETE ON question
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION question_search_outbox();
