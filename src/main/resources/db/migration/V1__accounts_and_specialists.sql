-- Accounts and specialist profiles: the foundation every other feature stands on.

-- Both extensions are "trusted" (PostgreSQL 13+): the database owner may create them without superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- A person, identified by the identity provider's issuer + subject (never by email).
CREATE TABLE account (
    id            uuid         PRIMARY KEY,
    issuer        varchar(255) NOT NULL,
    subject       varchar(255) NOT NULL,
    display_name  varchar(200),
    email         varchar(320),
    time_zone     varchar(64),
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT account_identity_uk UNIQUE (issuer, subject)
);

CREATE TABLE specialist (
    id                 uuid          PRIMARY KEY,
    account_id         uuid          NOT NULL REFERENCES account (id),
    status             varchar(16)   NOT NULL DEFAULT 'DRAFT'
                                     CHECK (status IN ('DRAFT', 'PUBLISHED', 'UNPUBLISHED')),
    display_name       varchar(120)  NOT NULL,
    professional_title varchar(120),
    headline           varchar(200),
    bio                varchar(5000),
    photo_url          varchar(2048),
    specialties        text[]        NOT NULL DEFAULT '{}',
    approaches         text[]        NOT NULL DEFAULT '{}',
    languages          text[]        NOT NULL DEFAULT '{}',
    session_formats    text[]        NOT NULL DEFAULT '{}',
    city               varchar(120),
    country            varchar(2),
    time_zone          varchar(64),
    fee_amount         numeric(10, 2) CHECK (fee_amount >= 0),
    fee_currency       varchar(3),
    years_of_practice  integer       CHECK (years_of_practice BETWEEN 0 AND 80),
    licence_number     varchar(64),
    licence_body       varchar(200),
    licence_country    varchar(2),
    meeting_url        varchar(2048),
    published_at       timestamptz,
    -- Maintained by the trigger below: name and specialties weigh most (A), title and headline next
    -- (B), the bio least (C), so a name or specialty match ranks above a bio match.
    search_vector      tsvector      NOT NULL DEFAULT ''::tsvector,
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL DEFAULT now(),
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT specialist_one_per_account_uk UNIQUE (account_id)
);

CREATE INDEX specialist_search_idx ON specialist USING gin (search_vector);
CREATE INDEX specialist_published_name_idx ON specialist (lower(display_name), id) WHERE status = 'PUBLISHED';
CREATE INDEX specialist_published_fee_idx ON specialist (fee_amount, id) WHERE status = 'PUBLISHED';
CREATE INDEX specialist_specialties_idx ON specialist USING gin (specialties);
CREATE INDEX specialist_languages_idx ON specialist USING gin (languages);

-- Every word that appears in a searchable profile field, so that a misspelt query word ("anxeity")
-- can be corrected to the closest known word by trigram similarity before the full-text search.
CREATE TABLE search_word (
    word varchar(100) PRIMARY KEY
);
CREATE INDEX search_word_trgm_idx ON search_word USING gist (word gist_trgm_ops);

CREATE FUNCTION specialist_search_document() RETURNS trigger AS $$
DECLARE
    tags text := translate(array_to_string(NEW.specialties, ' '), '-_', '  ');
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', coalesce(NEW.display_name, '')), 'A') ||
        setweight(to_tsvector('english', tags), 'A') ||
        setweight(to_tsvector('english', coalesce(NEW.professional_title, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(NEW.headline, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(NEW.bio, '')), 'C');
    INSERT INTO search_word (word)
    SELECT DISTINCT w
    FROM regexp_split_to_table(lower(concat_ws(' ', NEW.display_name, tags, NEW.professional_title,
                                               NEW.headline, NEW.bio)), '[^[:alpha:]]+') AS w
    WHERE length(w) BETWEEN 3 AND 100
    ON CONFLICT DO NOTHING;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER specialist_search_document_trg
    BEFORE INSERT OR UPDATE OF display_name, specialties, professional_title, headline, bio
    ON specialist
    FOR EACH ROW EXECUTE FUNCTION specialist_search_document();
