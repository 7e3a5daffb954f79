-- Issue #14: caps on a client's cancellations and reschedules, and admin reads that end at the report.

-- One row per cancellation or reschedule by a client, counted for the daily caps
-- (BOOKING_MAX_CANCELLATIONS_PER_DAY, BOOKING_MAX_RESCHEDULES_PER_DAY). Rows hold no text; the hourly
-- retention deletes them once older than a day, the erasure deletes a person's rows.
CREATE TABLE booking_change (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  uuid         NOT NULL REFERENCES account (id),
    kind        varchar(16)  NOT NULL CHECK (kind IN ('CANCEL', 'RESCHEDULE')),
    at          timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX booking_change_account_idx ON booking_change (account_id, kind, at);
CREATE INDEX booking_change_at_idx ON booking_change (at);

-- How far the reported content went when it was reported (for a conversation: the sequence number of its
-- last message): admins read up to it, never later messages. Reports filed before this migration get the
-- last message written before the report.
ALTER TABLE report ADD COLUMN subject_seq bigint;
UPDATE report r SET subject_seq = coalesce((
        SELECT max(m.seq) FROM message m WHERE m.conversation_id = r.subject_id AND m.created_at <= r.created_at), 0)
    WHERE r.subject_type = 'CONVERSATION';
