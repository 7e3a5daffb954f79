-- ----------------------------------------------------------------------------------------------------
-- Several reminders per booking (BOOKING_REMINDERS, e.g. PT24H,PT2H), each sent once: a row per booking
-- and reminder, inserted by whichever instance's reminder job gets there first (the primary key decides).
-- booking.reminder_sent_at now only records when the last reminder went out.
-- ----------------------------------------------------------------------------------------------------
CREATE TABLE booking_reminder (
    booking_id   uuid        NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    before_start varchar(32) NOT NULL,
    sent_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (booking_id, before_start)
);

-- The one reminder of before: bookings that got it keep it.
INSERT INTO booking_reminder (booking_id, before_start, sent_at)
SELECT id, 'PT24H', reminder_sent_at FROM booking WHERE reminder_sent_at IS NOT NULL;

-- "I can't make it" links in the client's reminders: the SHA-256 of each link's token; a link works until
-- the consultation starts and once (the booking is cancelled). Deleted with the booking's start passing.
CREATE TABLE booking_cancel_link (
    token_hash varchar(64) PRIMARY KEY,
    booking_id uuid        NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL
);
CREATE INDEX booking_cancel_link_booking_idx ON booking_cancel_link (booking_id);

-- The reminder job reads confirmed bookings by start (booking_reminder_due_idx needed reminder_sent_at IS NULL).
CREATE INDEX booking_confirmed_start_idx ON booking (starts_at) WHERE status = 'CONFIRMED';
