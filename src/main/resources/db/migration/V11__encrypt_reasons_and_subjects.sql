-- Cancel reasons, report reasons and contact subjects are encrypted like messages from now on; a
-- ciphertext is longer than its text, so the columns become text (the length limits stay in the
-- application). Values written before stay readable as they are until the key rotation
-- (POST /api/admin/crypto/rotate) encrypts them.
ALTER TABLE booking ALTER COLUMN cancel_reason TYPE text;
ALTER TABLE report ALTER COLUMN reason TYPE text;
ALTER TABLE contact_request ALTER COLUMN subject TYPE text;
