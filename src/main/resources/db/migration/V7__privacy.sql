-- Privacy by design: private text is encrypted by the application (longer ciphertext needs text
-- columns), consent records, erasure marks. (V6 is questions and answers.)

-- Lengths are checked by the application on the plaintext; the columns hold ciphertext.
ALTER TABLE message DROP CONSTRAINT message_body_check;
ALTER TABLE booking ALTER COLUMN note TYPE text;
ALTER TABLE contact_request ALTER COLUMN message TYPE text;

-- A person's explicit consent, e.g. to share a booking and its note with the specialist.
CREATE TABLE consent (
    id              uuid        PRIMARY KEY,
    account_id      uuid        NOT NULL REFERENCES account (id),
    purpose         varchar(64) NOT NULL,
    wording_version varchar(32) NOT NULL,
    given_at        timestamptz NOT NULL DEFAULT now(),
    booking_id      uuid        REFERENCES booking (id)
);
CREATE INDEX consent_account_idx ON consent (account_id);

-- Set when the person erased their account: the row stays (other people's history points at it),
-- with no personal data left in it.
ALTER TABLE account ADD COLUMN erased_at timestamptz;
