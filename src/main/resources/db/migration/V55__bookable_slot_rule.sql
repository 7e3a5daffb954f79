-- ----------------------------------------------------------------------------------------------------
-- The bookable-slot rule, written once (issue #21, item 6).
--
-- open_slot is the part of the rule that does not depend on the clock: a slot that is not withdrawn and
-- has no live (not cancelled) booking. Every query that asks "which slots are free" reads this view:
-- the public slot list, the counts of the dashboard, the admin work list and stats, and the directory's
-- trigger-kept copy directory_open_slot (V20), whose refresh now selects from it instead of repeating
-- the conditions. The part that depends on the clock (minimum notice, horizon) is applied at query time
-- by booking.BookableSlots, which also holds the Java checks a booking runs on one locked slot.
-- ----------------------------------------------------------------------------------------------------
CREATE VIEW open_slot AS
SELECT sl.id AS slot_id, sl.specialist_id, sl.starts_at, sl.ends_at
FROM slot sl
WHERE sl.withdrawn_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.slot_id = sl.id AND b.status <> 'CANCELLED');

-- Same locking as V20; the rows come from open_slot.
CREATE OR REPLACE FUNCTION directory_refresh_open_slots(slots uuid[]) RETURNS void AS $$
BEGIN
    -- Joins with unnest, not "= ANY (slots)": a bulk write passes hundreds of thousands of ids.
    PERFORM 1 FROM slot sl JOIN unnest(slots) AS u(id) ON sl.id = u.id ORDER BY sl.id FOR SHARE OF sl;
    DELETE FROM directory_open_slot o USING unnest(slots) AS u(id) WHERE o.slot_id = u.id;
    INSERT INTO directory_open_slot (slot_id, specialist_id, starts_at)
    SELECT o.slot_id, o.specialist_id, o.starts_at FROM unnest(slots) AS u(id) JOIN open_slot o ON o.slot_id = u.id;
END
$$ LANGUAGE plpgsql;

-- New slots and new bookings go through the same refresh (V20 inlined "a new slot has no booking" and
-- "a live booking takes its slot"): one definition, one place to extend.
CREATE OR REPLACE FUNCTION slot_directory_sync() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO directory_open_slot (slot_id, specialist_id, starts_at)
        SELECT o.slot_id, o.specialist_id, o.starts_at FROM new_rows n JOIN open_slot o ON o.slot_id = n.id;
    ELSE
        PERFORM directory_refresh_open_slots(ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (o.withdrawn_at, o.starts_at, o.specialist_id) IS DISTINCT FROM (n.withdrawn_at, n.starts_at, n.specialist_id)));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION booking_directory_sync() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM directory_refresh_open_slots(ARRAY(SELECT DISTINCT n.slot_id FROM new_rows n));
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
