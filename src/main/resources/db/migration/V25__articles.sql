-- Articles by specialists: Markdown essays with an ordered list of references, public once published.
-- (V9-V24 belong to other features.)

CREATE TABLE article (
    id                 uuid         PRIMARY KEY,
    specialist_id      uuid         NOT NULL REFERENCES specialist (id),
    -- Unique address of the page (/articles/{slug}); fixed once the article was first published.
    slug               varchar(120) NOT NULL UNIQUE,
    status             varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'UNPUBLISHED')),
    -- Stored exactly as written; the 5-200 / <=300 / 1-50,000 limits are checked by the app after trimming.
    -- A draft may lack any of them (publishing names what is missing).
    title              text         CHECK (length(title) <= 800),
    summary            text         CHECK (length(summary) <= 1200),
    body               text         CHECK (length(body) <= 200000),
    -- 1-3 specialty codes from the taxonomy (the vocabulary lives in the application).
    topics             varchar(64)[] NOT NULL DEFAULT '{}',
    -- The ordered references: [{authors, year, title, publisher, url, pages, note}], at most 50.
    reference_list     jsonb        NOT NULL DEFAULT '[]',
    published_at       timestamptz,
    -- Set when a published (or once published) article is changed; shown as "updated".
    edited_at          timestamptz,
    hidden_at          timestamptz,
    hidden_by          uuid         REFERENCES account (id),
    -- Deleted by the author: the text is emptied at once, the row stays so the daily limit still counts it.
    deleted_at         timestamptz,
    search_vector      tsvector     GENERATED ALWAYS AS (
                           setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                           setweight(to_tsvector('english', coalesce(summary, '')), 'B') ||
                           setweight(to_tsvector('english', coalesce(body, '')), 'C')) STORED,
    version            bigint       NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now()
);
-- The public list: newest first, only published, not hidden, not deleted.
CREATE INDEX article_public_idx ON article (published_at DESC, id DESC)
    WHERE status = 'PUBLISHED' AND hidden_at IS NULL AND deleted_at IS NULL;
CREATE INDEX article_topics_idx ON article USING gin (topics);
CREATE INDEX article_search_idx ON article USING gin (search_vector);
-- The author's list and the per-author daily limit.
CREATE INDEX article_specialist_created_idx ON article (specialist_id, created_at);

-- Readers report articles like questions and answers.
ALTER TABLE report DROP CONSTRAINT report_subject_type_check;
ALTER TABLE report ADD CONSTRAINT report_subject_type_check
    CHECK (subject_type IN ('CONVERSATION', 'QUESTION', 'ANSWER', 'ARTICLE'));
