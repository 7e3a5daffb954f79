-- Token buckets of the rate limiter (shared.ratelimit, Bucket4j's PostgreSQL backend), shared by every
-- instance. One row per client address or account that was active in the last minutes, keyed by a hash
-- (never the address or subject itself); rows expire once their bucket is full again and a job deletes them.
-- UNLOGGED: no WAL for this hot, disposable state; a crash only resets the counters.
CREATE UNLOGGED TABLE rate_limit_bucket (
    id         VARCHAR(100) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_bucket_expires_idx ON rate_limit_bucket (expires_at);
