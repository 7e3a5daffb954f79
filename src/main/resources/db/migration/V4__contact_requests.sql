-- "Contact us": messages from logged-in users to the platform staff, forwarded to them by email.
-- (V3 is taken by messaging.)

CREATE TABLE contact_request (
    id          uuid          PRIMARY KEY,
    account_id  uuid          NOT NULL REFERENCES account (id),
    subject     varchar(200)  NOT NULL,
    -- May contain health details: only admins read it, and it never goes into a subject line or a log.
    message     varchar(5000) NOT NULL,
    status      varchar(16)   NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    closed_at   timestamptz,
    closed_by   uuid          REFERENCES account (id),
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT contact_request_closed_when_closed CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
-- The admin list: one status, newest first.
CREATE INDEX contact_request_status_created_idx ON contact_request (status, created_at);
-- The hourly limit counts one account's recent requests.
CREATE INDEX contact_request_account_created_idx ON contact_request (account_id, created_at);
