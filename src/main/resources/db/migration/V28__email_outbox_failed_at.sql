-- When an email was given up on (status FAILED), so health can tell a fresh failure from an old one, and
-- the admin list can sort by it. Cleared when an admin retries the email.
ALTER TABLE email_outbox ADD COLUMN failed_at timestamptz;
UPDATE email_outbox SET failed_at = coalesce(next_attempt_at, created_at) WHERE status = 'FAILED';
-- Failed emails are few and looked at by the admin list, the health check and the metrics sampler.
CREATE INDEX email_outbox_failed_idx ON email_outbox (failed_at) WHERE status = 'FAILED';
