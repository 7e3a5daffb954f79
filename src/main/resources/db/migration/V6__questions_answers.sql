-- Community questions and answers: logged-in people ask (shown without who asked), published
-- specialists answer, admins hide and restore. (V4 is the contact-us table, V5 the admin foundations.)

CREATE TABLE question (
    id                uuid         PRIMARY KEY,
    -- Never shown publicly: only used for "mine", deleting and the daily limit.
    asker_account_id  uuid         NOT NULL REFERENCES account (id),
    -- A specialty code from the taxonomy or 'general' (the vocabulary lives in the application).
    topic             varchar(64)  NOT NULL,
    -- Stored exactly as sent; the 5-200 / 1-5,000 character limits apply after trimming (checked by the app).
    title             text         NOT NULL CHECK (length(title) <= 800),
    body              text         NOT NULL CHECK (length(body) <= 20000),
    -- Two independent states rather than one status column: hiding is the admins' (and restoring
    -- undoes it), deleting is the asker's and final. Either one takes the question out of public views.
    hidden_at         timestamptz,
    hidden_by         uuid         REFERENCES account (id),
    deleted_at        timestamptz,
    search_vector     tsvector     GENERATED ALWAYS AS (
                          setweight(to_tsvector('english', title), 'A') ||
                          setweight(to_tsvector('english', body), 'B')) STORED,
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    updated_at        timestamptz  NOT NULL DEFAULT now()
);
-- The public list: newest first, optionally by topic, only what is neither hidden nor deleted.
CREATE INDEX question_public_topic_idx ON question (topic, created_at DESC)
    WHERE hidden_at IS NULL AND deleted_at IS NULL;
CREATE INDEX question_public_created_idx ON question (created_at DESC)
    WHERE hidden_at IS NULL AND deleted_at IS NULL;
CREATE INDEX question_search_idx ON question USING gin (search_vector);
-- The per-account daily limit counts deleted questions too.
CREATE INDEX question_asker_created_idx ON question (asker_account_id, created_at);

CREATE TABLE answer (
    id                uuid         PRIMARY KEY,
    question_id       uuid         NOT NULL REFERENCES question (id),
    specialist_id     uuid         NOT NULL REFERENCES specialist (id),
    body              text         NOT NULL CHECK (length(body) <= 20000),
    hidden_at         timestamptz,
    hidden_by         uuid         REFERENCES account (id),
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    updated_at        timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX answer_question_created_idx ON answer (question_id, created_at);
CREATE INDEX answer_specialist_idx ON answer (specialist_id);
