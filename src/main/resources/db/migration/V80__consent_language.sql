-- Issue #18: the language a consent's wording was read in gets its own column. Until now it rode in
-- wording_version after a slash ("2026-11/de"); those rows are split here, nothing else changes.
ALTER TABLE consent ADD COLUMN language varchar(8);

UPDATE consent
   SET language = split_part(wording_version, '/', 2),
       wording_version = split_part(wording_version, '/', 1)
 WHERE wording_version LIKE '%/%';

COMMENT ON COLUMN consent.language IS 'The language the consent wording was shown in (en, de, fr); null for consents from before languages.';
