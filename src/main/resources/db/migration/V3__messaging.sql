-- Login-gated messaging between a client and a specialist, and reports of conversations to admins.

CREATE TABLE conversation (
    id                    uuid        PRIMARY KEY,
    client_id             uuid        NOT NULL REFERENCES account (id),
    specialist_id         uuid        NOT NULL REFERENCES specialist (id),
    -- Who opened it: a client from a public profile, or a specialist with a client who booked them.
    opened_by             varchar(16) NOT NULL CHECK (opened_by IN ('CLIENT', 'SPECIALIST')),
    blocked_by            varchar(16) CHECK (blocked_by IN ('CLIENT', 'SPECIALIST')),
    blocked_at            timestamptz,
    last_message_seq      bigint      NOT NULL DEFAULT 0,
    last_message_at       timestamptz NOT NULL DEFAULT now(),
    -- Read marks: each side has read every message up to this sequence number.
    client_read_seq       bigint      NOT NULL DEFAULT 0,
    specialist_read_seq   bigint      NOT NULL DEFAULT 0,
    -- When each side was last emailed about unread messages (throttling).
    client_notified_at    timestamptz,
    specialist_notified_at timestamptz,
    version               bigint      NOT NULL DEFAULT 0,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT conversation_pair_uk UNIQUE (client_id, specialist_id)
);
CREATE INDEX conversation_client_activity_idx ON conversation (client_id, last_message_at DESC);
CREATE INDEX conversation_specialist_activity_idx ON conversation (specialist_id, last_message_at DESC);
CREATE INDEX conversation_opened_idx ON conversation (client_id, created_at) WHERE opened_by = 'CLIENT';

CREATE TABLE message (
    -- A global, ever-increasing sequence: the cursor for pagination and the unit of read marks.
    seq               bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id                uuid         NOT NULL UNIQUE,
    conversation_id   uuid         NOT NULL REFERENCES conversation (id),
    sender            varchar(16)  NOT NULL CHECK (sender IN ('CLIENT', 'SPECIALIST')),
    sender_account_id uuid         NOT NULL REFERENCES account (id),
    -- Stored exactly as sent; the 5,000-character limit applies after trimming (checked by the app).
    body              text         NOT NULL CHECK (length(body) <= 20000),
    created_at        timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX message_conversation_seq_idx ON message (conversation_id, seq DESC);
CREATE INDEX message_sender_time_idx ON message (sender_account_id, created_at);

-- Reports from participants (and later from questions) for admins to review.
CREATE TABLE report (
    id                  uuid         PRIMARY KEY,
    reporter_account_id uuid         NOT NULL REFERENCES account (id),
    subject_type        varchar(32)  NOT NULL CHECK (subject_type IN ('CONVERSATION')),
    subject_id          uuid         NOT NULL,
    reason              varchar(1000) NOT NULL,
    status              varchar(16)  NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
    resolved_at         timestamptz,
    resolved_by         uuid         REFERENCES account (id),
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX report_subject_idx ON report (subject_type, subject_id);
CREATE INDEX report_status_idx ON report (status, created_at);
