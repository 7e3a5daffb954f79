-- ----------------------------------------------------------------------------------------------------
-- Issue #19, "busy times in": up to 3 calendars (ICS addresses) per specialist whose busy times make
-- overlapping open slots unbookable.
--
-- busy_calendar   the address (a secret: FieldCipher ciphertext bound to the row), the specialist's label,
--                 the fetch schedule and its last outcome. next_fetch_at is the claim: an instance takes a
--                 due calendar by moving it one interval ahead in the same UPDATE, so several instances
--                 fetch each calendar once per interval (calendar.BusyCalendarSync).
-- busy_interval   the busy times of the last good fetch: start and end only (no title, no description).
--                 A fetch replaces a calendar's rows in one transaction; a failed fetch leaves them alone.
-- busy_clash      which busy calendar a slot clashes with: the one definition of "overlaps a busy time".
-- open_slot       the bookable-slot rule (V55, V69), extended: a slot that clashes with a busy time is not open.
-- ----------------------------------------------------------------------------------------------------
CREATE TABLE busy_calendar (
    id              uuid        PRIMARY KEY,
    specialist_id   uuid        NOT NULL REFERENCES specialist (id) ON DELETE CASCADE,
    label           text        NOT NULL CHECK (length(label) BETWEEN 1 AND 60),
    url             text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    next_fetch_at   timestamptz NOT NULL DEFAULT now(),
    last_attempt_at timestamptz,
    last_success_at timestamptz,
    last_error      text,
    last_error_at   timestamptz,
    busy_count      integer     NOT NULL DEFAULT 0
);
CREATE INDEX busy_calendar_specialist_idx ON busy_calendar (specialist_id);
CREATE INDEX busy_calendar_due_idx ON busy_calendar (next_fetch_at);

CREATE TABLE busy_interval (
    calendar_id   uuid      NOT NULL REFERENCES busy_calendar (id) ON DELETE CASCADE,
    specialist_id uuid      NOT NULL,
    during        tstzrange NOT NULL CHECK (NOT isempty(during))
);
CREATE INDEX busy_interval_calendar_idx ON busy_interval (calendar_id);
-- "Does this slot overlap a busy time of its specialist?" is one probe (btree_gist is there since V2).
CREATE INDEX busy_interval_during_idx ON busy_interval USING gist (specialist_id, during);

CREATE VIEW busy_clash AS
SELECT sl.id AS slot_id, bi.calendar_id
FROM slot sl
JOIN busy_interval bi ON bi.specialist_id = sl.specialist_id AND bi.during && tstzrange(sl.starts_at, sl.ends_at);

-- The rule of V69 (V55 with buffers) and one more condition: not clashing with a busy time.
CREATE OR REPLACE VIEW open_slot AS
SELECT sl.id AS slot_id, sl.specialist_id, sl.starts_at, sl.ends_at
FROM slot sl
WHERE sl.withdrawn_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.slot_id = sl.id AND b.status <> 'CANCELLED')
  AND NOT EXISTS (SELECT 1 FROM buffered_slot x WHERE x.slot_id = sl.id)
  AND NOT EXISTS (SELECT 1 FROM busy_clash c WHERE c.slot_id = sl.id);

-- Busy times change which slots are open: the directory's copy (and through it V50's search outbox) follows,
-- for the slots that overlap a busy time that came or went.
CREATE FUNCTION busy_interval_directory_sync() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM directory_refresh_open_slots(ARRAY(
            SELECT DISTINCT sl.id FROM new_rows n JOIN slot sl
              ON sl.specialist_id = n.specialist_id AND tstzrange(sl.starts_at, sl.ends_at) && n.during
            WHERE sl.withdrawn_at IS NULL));
    ELSE
        PERFORM directory_refresh_open_slots(ARRAY(
            SELECT DISTINCT sl.id FROM old_rows o JOIN slot sl
              ON sl.specialist_id = o.specialist_id AND tstzrange(sl.starts_at, sl.ends_at) && o.during
            WHERE sl.withdrawn_at IS NULL));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER busy_interval_directory_insert_trg AFTER INSERT ON busy_interval
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION busy_interval_directory_sync();
CREATE TRIGGER busy_interval_directory_delete_trg AFTER DELETE ON busy_interval
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION busy_interval_directory_sync();
