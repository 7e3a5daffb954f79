-- Every key that sealed a stored value, by the id values carry (derived from the key itself), so the
-- application can refuse to start when a key that values still need is not configured, instead of
-- failing on reads. Key rotation retires a key once no value needs it any more.
CREATE TABLE encryption_key (
    -- A key id, or 'v1' for values of the first format, which named the setting rather than the key.
    id            varchar(64) PRIMARY KEY,
    first_used_at timestamptz NOT NULL DEFAULT now(),
    retired_at    timestamptz
);

INSERT INTO encryption_key (id)
SELECT 'v1' WHERE EXISTS (SELECT 1 FROM message WHERE body LIKE 'v1:%')
               OR EXISTS (SELECT 1 FROM booking WHERE note LIKE 'v1:%')
               OR EXISTS (SELECT 1 FROM contact_request WHERE message LIKE 'v1:%')
               OR EXISTS (SELECT 1 FROM email_outbox WHERE body_text LIKE 'v1:%' OR body_html LIKE 'v1:%' OR ics LIKE 'v1:%')
               OR EXISTS (SELECT 1 FROM idempotency_key WHERE response_body LIKE 'v1:%');
