-- The OpenSearch directory (issue #13, part 2) follows the database through a transactional outbox.
-- Triggers write a row in the same transaction as every change that alters what the directory shows, so
-- no writer (the app, an admin's SQL, a bulk import) can forget it:
--   specialist            publish, unpublish, edit, photo, suspend, reinstate, verify, feature, erase;
--   directory_open_slot   a slot created, booked, cancelled, rescheduled or withdrawn (that table is kept
--                         by V20's triggers on slot and booking, so it changes exactly when a slot's
--                         bookability does).
-- Time alone changes nothing here: a feature's end, a licence check's expiry and slots moving out of the
-- booking notice are evaluated by the search at query time (the document holds the dates).
--
-- A row holds only the specialist's id: the document is built from the tables when it is indexed, so the
-- outbox never holds a copy of anyone's text. One row per specialist however often it changes; seq grows
-- with every change and is the document's version in OpenSearch (an older build can never overwrite a newer
-- one, whichever instance pushes last).

CREATE SEQUENCE search_outbox_seq;

CREATE TABLE search_outbox (
    specialist_id uuid        PRIMARY KEY,
    seq           bigint      NOT NULL,
    -- the oldest change not yet indexed (the index lag is now() - min(changed_at))
    changed_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    -- an indexer's lease: while in the future, other instances leave the row alone
    claimed_until timestamptz,
    -- 0: a change (first in line); 1: enqueued by a rebuild (the old index still serves it meanwhile)
    priority      smallint    NOT NULL DEFAULT 0
);
CREATE INDEX search_outbox_due_idx ON search_outbox (priority, changed_at);

-- One row: whether changes are recorded at all (only while the app runs with SEARCH_BACKEND=opensearch; the
-- PostgreSQL directory reads the tables themselves), when the index last took a change, and a rebuild in
-- progress: the new index's name and when it began (once no row queued before that is left, the new index
-- holds everything and the alias moves to it), or a rebuild requested while OpenSearch was unreachable.
CREATE TABLE search_sync (
    id                smallint    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    outbox_enabled    boolean     NOT NULL DEFAULT false,
    last_indexed_at   timestamptz,
    building_index    text,
    building_since    timestamptz,
    rebuild_requested boolean     NOT NULL DEFAULT false
);
INSERT INTO search_sync (id) VALUES (1);

-- Enqueues the given specialists (sorted, so concurrent writers lock outbox rows in the same order). A row
-- an indexer has claimed gets a new seq and loses its claim: the change after the claim is indexed too.
CREATE FUNCTION search_outbox_enqueue(ids uuid[]) RETURNS void AS $$
BEGIN
    IF cardinality(ids) = 0 OR NOT (SELECT outbox_enabled FROM search_sync WHERE id = 1) THEN
        RETURN;
    END IF;
    INSERT INTO search_outbox AS o (specialist_id, seq)
    SELECT i, nextval('search_outbox_seq') FROM (SELECT DISTINCT i FROM unnest(ids) AS u(i) ORDER BY i) d
    ON CONFLICT (specialist_id) DO UPDATE SET seq = EXCLUDED.seq, claimed_until = NULL, priority = 0;
END
$$ LANGUAGE plpgsql;

-- Profiles: every row that is or was visible (drafts and unpublished profiles are not in the index, so
-- their edits need no work).
CREATE FUNCTION specialist_search_outbox() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM search_outbox_enqueue(ARRAY(SELECT n.id FROM new_rows n WHERE n.status = 'PUBLISHED'));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM search_outbox_enqueue(ARRAY(SELECT o.id FROM old_rows o WHERE o.status = 'PUBLISHED'));
    ELSE
        PERFORM search_outbox_enqueue(ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.status = 'PUBLISHED' OR o.status = 'PUBLISHED')));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER specialist_search_outbox_insert_trg AFTER INSERT ON specialist
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION specialist_search_outbox();
CREATE TRIGGER specialist_search_outbox_update_trg AFTER UPDATE ON specialist
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION specialist_search_outbox();
CREATE TRIGGER specialist_search_outbox_delete_trg AFTER DELETE ON specialist
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION specialist_search_outbox();

-- Open slots: nextFreeSlot, freeConsultation and sort=soonest.
CREATE FUNCTION open_slot_search_outbox() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM search_outbox_enqueue(ARRAY(SELECT DISTINCT n.specialist_id FROM new_rows n));
    ELSE
        PERFORM search_outbox_enqueue(ARRAY(SELECT DISTINCT o.specialist_id FROM old_rows o));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER open_slot_search_outbox_insert_trg AFTER INSERT ON directory_open_slot
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION open_slot_search_outbox();
CREATE TRIGGER open_slot_search_outbox_delete_trg AFTER DELETE ON directory_open_slot
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION open_slot_search_outbox();
