-- Issue #14: specialists' photos are served by us (GET /photos/{id}), never loaded from other hosts.
-- One photo per profile, re-encoded as JPEG on upload (at most 512 x 512 pixels, ~50 KB). The id is new
-- on every upload, so a photo's address can be cached; photo_url on the profile points at it.
CREATE TABLE specialist_photo (
    id             uuid         PRIMARY KEY,
    specialist_id  uuid         NOT NULL UNIQUE REFERENCES specialist (id),
    content_type   varchar(32)  NOT NULL,
    width          integer      NOT NULL CHECK (width > 0),
    height         integer      NOT NULL CHECK (height > 0),
    content        bytea        NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now()
);

-- Addresses on other hosts are no longer shown (the pages' CSP allows only our own images): specialists
-- upload their photo instead.
UPDATE specialist SET photo_url = NULL WHERE photo_url IS NOT NULL;
