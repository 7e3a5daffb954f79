-- Free 30-minute consultations: slots offered by specialists, bookings by clients, idempotent creates,
-- and the email outbox that the relay sends from.

-- Trusted extension (PostgreSQL 13+): gives GiST the equality operator on uuid that the exclusion
-- constraint below combines with range overlap.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE slot (
    id            uuid        PRIMARY KEY,
    specialist_id uuid        NOT NULL REFERENCES specialist (id),
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    withdrawn_at  timestamptz,
    version       bigint      NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT slot_positive_length CHECK (ends_at > starts_at),
    -- One specialist's live slots never overlap, whoever inserts them and however concurrently.
    CONSTRAINT slot_no_overlap EXCLUDE USING gist (
        specialist_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (withdrawn_at IS NULL)
);
CREATE INDEX slot_live_start_idx ON slot (specialist_id, starts_at) WHERE withdrawn_at IS NULL;
CREATE INDEX slot_live_global_start_idx ON slot (starts_at) WHERE withdrawn_at IS NULL;

CREATE TABLE booking (
    id             uuid         PRIMARY KEY,
    slot_id        uuid         NOT NULL REFERENCES slot (id),
    specialist_id  uuid         NOT NULL REFERENCES specialist (id),
    client_id      uuid         NOT NULL REFERENCES account (id),
    status         varchar(16)  NOT NULL CHECK (status IN ('CONFIRMED', 'CANCELLED', 'COMPLETED', 'NO_SHOW')),
    session_format varchar(16)  NOT NULL CHECK (session_format IN ('online', 'in_person')),
    -- Copied from the slot (and moved on reschedule) so lists and rules need no join.
    starts_at      timestamptz  NOT NULL,
    ends_at        timestamptz  NOT NULL,
    note           varchar(1000),
    -- iCalendar SEQUENCE: raised on every change the participants' calendars must pick up.
    sequence       integer      NOT NULL DEFAULT 0,
    cancelled_by   varchar(16)  CHECK (cancelled_by IN ('CLIENT', 'SPECIALIST', 'PLATFORM')),
    cancel_reason  varchar(500),
    cancelled_at   timestamptz,
    reminder_sent_at timestamptz,
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now()
);
-- Exactly one winner per slot: whatever races, at most one live booking can hold a slot.
CREATE UNIQUE INDEX booking_one_live_per_slot_uk ON booking (slot_id) WHERE status <> 'CANCELLED';
CREATE INDEX booking_client_start_idx ON booking (client_id, starts_at);
CREATE INDEX booking_specialist_start_idx ON booking (specialist_id, starts_at);
CREATE INDEX booking_reminder_due_idx ON booking (starts_at) WHERE status = 'CONFIRMED' AND reminder_sent_at IS NULL;

-- A create request replayed with the same Idempotency-Key returns the stored response.
CREATE TABLE idempotency_key (
    account_id      uuid         NOT NULL REFERENCES account (id),
    idempotency_key varchar(200) NOT NULL,
    request_hash    varchar(64)  NOT NULL,
    response_status integer      NOT NULL,
    response_body   text         NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, idempotency_key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);

-- Emails are written here in the transaction that causes them and sent by the relay.
CREATE TABLE email_outbox (
    id              uuid         PRIMARY KEY,
    -- Deterministic per booking, event, change and recipient: the same email is never queued twice,
    -- and receivers can recognise a resend after a crash between sending and marking.
    message_id      varchar(255) NOT NULL,
    recipient       varchar(320) NOT NULL,
    subject         varchar(300) NOT NULL,
    body_text       text         NOT NULL,
    body_html       text         NOT NULL,
    ics             text,
    ics_method      varchar(16),
    status          varchar(16)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    claimed_until   timestamptz,
    last_error      varchar(300),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    CONSTRAINT email_outbox_message_uk UNIQUE (message_id)
);
CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at) WHERE status = 'PENDING';
