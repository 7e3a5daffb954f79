-- ----------------------------------------------------------------------------------------------------
-- Time off and buffers (issue #17), both part of the bookable-slot rule (booking.BookableSlots).
-- ----------------------------------------------------------------------------------------------------

-- Minutes kept free around a booked consultation: an open slot that starts within the buffer after a
-- booking's end, or ends within it before a booking's start, is not bookable.
ALTER TABLE specialist ADD COLUMN buffer_minutes integer NOT NULL DEFAULT 0
    CONSTRAINT specialist_buffer_minutes_range CHECK (buffer_minutes BETWEEN 0 AND 60);

-- Days off in the profile's zone (from and to inclusive). Creating one withdraws the open slots inside;
-- weekly rules skip those days.
CREATE TABLE time_off (
    id            uuid         PRIMARY KEY,
    specialist_id uuid         NOT NULL REFERENCES specialist (id) ON DELETE CASCADE,
    from_date     date         NOT NULL,
    to_date       date         NOT NULL,
    note          varchar(200),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT time_off_dates CHECK (to_date >= from_date)
);
CREATE INDEX time_off_specialist_idx ON time_off (specialist_id, from_date);

-- Slots inside the buffer of another live booking of the same specialist.
CREATE VIEW buffered_slot AS
SELECT sl.id AS slot_id
FROM slot sl JOIN specialist sp ON sp.id = sl.specialist_id
WHERE sp.buffer_minutes > 0
  AND EXISTS (SELECT 1 FROM booking b
              WHERE b.specialist_id = sl.specialist_id AND b.slot_id <> sl.id AND b.status <> 'CANCELLED'
                AND b.starts_at < sl.ends_at + make_interval(mins => sp.buffer_minutes)
                AND b.ends_at > sl.starts_at - make_interval(mins => sp.buffer_minutes));

-- The rule of V55 with buffers: not withdrawn, no live booking, not in another booking's buffer.
CREATE OR REPLACE VIEW open_slot AS
SELECT sl.id AS slot_id, sl.specialist_id, sl.starts_at, sl.ends_at
FROM slot sl
WHERE sl.withdrawn_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.slot_id = sl.id AND b.status <> 'CANCELLED')
  AND NOT EXISTS (SELECT 1 FROM buffered_slot x WHERE x.slot_id = sl.id);

-- The slots whose openness a booking row can change: its own and, with a buffer, its neighbours.
CREATE FUNCTION booking_affected_slots(specialist uuid, slot uuid, starts timestamptz, ends timestamptz) RETURNS SETOF uuid AS $$
    SELECT slot
    UNION
    SELECT sl.id FROM specialist sp JOIN slot sl ON sl.specialist_id = sp.id
    WHERE sp.id = specialist AND sp.buffer_minutes > 0 AND sl.withdrawn_at IS NULL
      AND sl.starts_at < ends + make_interval(mins => sp.buffer_minutes)
      AND sl.ends_at > starts - make_interval(mins => sp.buffer_minutes)
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION booking_directory_sync() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM directory_refresh_open_slots(ARRAY(
            SELECT DISTINCT a FROM new_rows n, booking_affected_slots(n.specialist_id, n.slot_id, n.starts_at, n.ends_at) a));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM directory_refresh_open_slots(ARRAY(
            SELECT DISTINCT a FROM old_rows o, booking_affected_slots(o.specialist_id, o.slot_id, o.starts_at, o.ends_at) a));
    ELSE
        -- A status change frees or takes its slot (and its neighbours'); a reschedule frees one and takes another.
        PERFORM directory_refresh_open_slots(ARRAY(
            SELECT DISTINCT a FROM new_rows n JOIN old_rows o ON o.id = n.id,
                   LATERAL (SELECT * FROM booking_affected_slots(o.specialist_id, o.slot_id, o.starts_at, o.ends_at)
                            UNION SELECT * FROM booking_affected_slots(n.specialist_id, n.slot_id, n.starts_at, n.ends_at)) x(a)
            WHERE (o.status, o.slot_id) IS DISTINCT FROM (n.status, n.slot_id)));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- A changed buffer changes which of the specialist's upcoming slots are open.
CREATE FUNCTION specialist_buffer_sync() RETURNS trigger AS $$
BEGIN
    PERFORM directory_refresh_open_slots(ARRAY(
        SELECT sl.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN slot sl ON sl.specialist_id = n.id
        WHERE o.buffer_minutes IS DISTINCT FROM n.buffer_minutes AND sl.withdrawn_at IS NULL AND sl.starts_at > now()));
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER specialist_buffer_sync_trg AFTER UPDATE ON specialist
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION specialist_buffer_sync();
