-- ----------------------------------------------------------------------------------------------------
-- Waitlists (issue #17) and slot holds.
--
-- slot_hold belongs to booking: a slot held for one person until a time is not bookable by anyone else
-- (booking.BookableSlots). One row per slot (the primary key), so at most one person holds a slot, and
-- a hold is taken over only once it has expired: the database decides, whichever instance asks.
-- ----------------------------------------------------------------------------------------------------
CREATE TABLE slot_hold (
    slot_id    uuid        PRIMARY KEY REFERENCES slot (id) ON DELETE CASCADE,
    account_id uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    held_until timestamptz NOT NULL
);
CREATE INDEX slot_hold_account_idx ON slot_hold (account_id);

-- The OpenSearch directory (V50) keeps each open slot's hold end in the document: a hold taken, taken over or
-- ended changes what it shows (a hold running out does not: the search compares its end with its own time).
CREATE FUNCTION slot_hold_search_outbox() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM search_outbox_enqueue(ARRAY(SELECT DISTINCT sl.specialist_id FROM old_rows o JOIN slot sl ON sl.id = o.slot_id));
    ELSE
        PERFORM search_outbox_enqueue(ARRAY(SELECT DISTINCT sl.specialist_id FROM new_rows n JOIN slot sl ON sl.id = n.slot_id));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER slot_hold_search_outbox_insert_trg AFTER INSERT ON slot_hold
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION slot_hold_search_outbox();
CREATE TRIGGER slot_hold_search_outbox_update_trg AFTER UPDATE ON slot_hold
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION slot_hold_search_outbox();
CREATE TRIGGER slot_hold_search_outbox_delete_trg AFTER DELETE ON slot_hold
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION slot_hold_search_outbox();

-- One entry per client and specialist; preferences are local days and times in time_zone (the client's
-- zone when they joined). An empty days array is any day; null times are any time.
CREATE TABLE waitlist_entry (
    id            uuid         PRIMARY KEY,
    specialist_id uuid         NOT NULL REFERENCES specialist (id) ON DELETE CASCADE,
    client_id     uuid         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    days          varchar(9)[] NOT NULL DEFAULT '{}',
    from_time     time,
    to_time       time,
    time_zone     varchar(64)  NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT waitlist_entry_one_per_specialist_uk UNIQUE (specialist_id, client_id)
);
-- The queue: first come, first offered.
CREATE INDEX waitlist_entry_queue_idx ON waitlist_entry (specialist_id, created_at, id);
CREATE INDEX waitlist_entry_client_idx ON waitlist_entry (client_id);

-- An offer of one slot to one waiting client. (slot, client) is unique: a slot is offered to a client
-- once, ever; and at most one offer per slot is open at a time. The token is stored as its SHA-256.
CREATE TABLE waitlist_offer (
    id            uuid        PRIMARY KEY,
    slot_id       uuid        NOT NULL REFERENCES slot (id) ON DELETE CASCADE,
    specialist_id uuid        NOT NULL REFERENCES specialist (id) ON DELETE CASCADE,
    client_id     uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash    varchar(64) NOT NULL,
    status        varchar(16) NOT NULL CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')),
    expires_at    timestamptz NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    decided_at    timestamptz,
    booking_id    uuid,
    CONSTRAINT waitlist_offer_once_per_slot_and_client_uk UNIQUE (slot_id, client_id),
    CONSTRAINT waitlist_offer_token_uk UNIQUE (token_hash)
);
CREATE UNIQUE INDEX waitlist_offer_one_open_per_slot_uk ON waitlist_offer (slot_id) WHERE status = 'OPEN';
-- A client holds at most one open offer at a time: a second matching slot goes to the next client in the
-- queue, or waits until this client's offer ends (WaitlistOffers).
CREATE UNIQUE INDEX waitlist_offer_one_open_per_client_uk ON waitlist_offer (client_id) WHERE status = 'OPEN';
CREATE INDEX waitlist_offer_open_expiry_idx ON waitlist_offer (expires_at) WHERE status = 'OPEN';
CREATE INDEX waitlist_offer_client_idx ON waitlist_offer (client_id, created_at);
