-- Issue #19: the specialist's private calendar feed (/calendar/{secret}.ics). Only the SHA-256 of the
-- 256-bit secret is stored (hex), so the database alone opens no one's calendar.
CREATE TABLE calendar_feed (
    specialist_id        uuid PRIMARY KEY REFERENCES specialist (id) ON DELETE CASCADE,
    secret_hash          text NOT NULL UNIQUE,
    include_client_names boolean NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL DEFAULT now()
);
