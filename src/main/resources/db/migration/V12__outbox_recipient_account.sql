-- Emails to people are keyed by the recipient's account, not by an email address (which the identity
-- provider may not have verified and which several accounts may share): export and erasure select
-- by account id only. Staff emails (contact requests) have none.
ALTER TABLE email_outbox ADD COLUMN recipient_account_id uuid REFERENCES account (id);
CREATE INDEX email_outbox_recipient_account_idx ON email_outbox (recipient_account_id, created_at)
    WHERE recipient_account_id IS NOT NULL;

-- Existing emails: the deterministic Message-ID names the booking, conversation or profile and the side.
UPDATE email_outbox o SET recipient_account_id = b.client_id
FROM booking b
WHERE o.message_id ~ '^<booking-[0-9a-f-]{36}\.[a-z]+\.[0-9]+\.client@'
  AND b.id = substring(o.message_id FROM '^<booking-([0-9a-f-]{36})\.')::uuid;
UPDATE email_outbox o SET recipient_account_id = s.account_id
FROM booking b JOIN specialist s ON s.id = b.specialist_id
WHERE o.message_id ~ '^<booking-[0-9a-f-]{36}\.[a-z]+\.[0-9]+\.specialist@'
  AND b.id = substring(o.message_id FROM '^<booking-([0-9a-f-]{36})\.')::uuid;
UPDATE email_outbox o SET recipient_account_id = c.client_id
FROM conversation c
WHERE o.message_id ~ '^<conversation-[0-9a-f-]{36}\.client\.'
  AND c.id = substring(o.message_id FROM '^<conversation-([0-9a-f-]{36})\.')::uuid;
UPDATE email_outbox o SET recipient_account_id = s.account_id
FROM conversation c JOIN specialist s ON s.id = c.specialist_id
WHERE o.message_id ~ '^<conversation-[0-9a-f-]{36}\.specialist\.'
  AND c.id = substring(o.message_id FROM '^<conversation-([0-9a-f-]{36})\.')::uuid;
UPDATE email_outbox o SET recipient_account_id = s.account_id
FROM specialist s
WHERE o.message_id ~ '^<specialist-[0-9a-f-]{36}\.'
  AND s.id = substring(o.message_id FROM '^<specialist-([0-9a-f-]{36})\.')::uuid;
