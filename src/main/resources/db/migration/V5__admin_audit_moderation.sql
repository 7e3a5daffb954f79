-- Admin work: featured specialists, licence verification, suspension, and the append-only audit log.
-- (V4 is the contact-us table.)

ALTER TABLE specialist
    ADD COLUMN featured_at               timestamptz,
    -- null with featured_at set: featured until an admin ends it.
    ADD COLUMN featured_until            timestamptz,
    ADD COLUMN verification_status       varchar(16) CHECK (verification_status IN ('VERIFIED', 'REJECTED')),
    ADD COLUMN verification_checked_on   date,
    ADD COLUMN verification_valid_until  date,
    ADD COLUMN verification_note         varchar(1000),
    ADD COLUMN suspended_at              timestamptz,
    ADD COLUMN suspension_reason         varchar(1000);
CREATE INDEX specialist_featured_idx ON specialist (featured_at) WHERE featured_at IS NOT NULL;

-- Reports may also be about community questions and answers.
ALTER TABLE report DROP CONSTRAINT report_subject_type_check;
ALTER TABLE report ADD CONSTRAINT report_subject_type_check
    CHECK (subject_type IN ('CONVERSATION', 'QUESTION', 'ANSWER'));

-- Who did what to which object, when, with what outcome. Actors are recorded by issuer + subject.
CREATE TABLE audit_log (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at            timestamptz  NOT NULL DEFAULT now(),
    actor_issuer  varchar(255) NOT NULL,
    actor_subject varchar(255) NOT NULL,
    action        varchar(64)  NOT NULL,
    object_type   varchar(32)  NOT NULL,
    object_id     uuid,
    outcome       varchar(16)  NOT NULL CHECK (outcome IN ('SUCCESS', 'REFUSED')),
    detail        varchar(500)
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_subject, at DESC);
CREATE INDEX audit_log_action_idx ON audit_log (action, at DESC);

-- The application never changes history: the database refuses it too.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
