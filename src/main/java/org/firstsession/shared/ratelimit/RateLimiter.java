package org.firstsession.shared.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.OptionalLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.shared.persistence.DatabaseOutage;
import org.jboss.logging.Logger;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;

/**
 * Token buckets in PostgreSQL (Bucket4j), so every instance draws from the same bucket: a client cannot
 * multiply its allowance by reaching several instances. Each bucket holds a minute's worth of requests and
 * refills continuously. Keys are hashed (no address or subject is stored) and rows disappear once full again.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    RateLimiter(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
    }

    /**
     * Takes one request from the bucket {@code kind:key} holding {@code perMinute}. Empty when allowed, else
     * the seconds until the next request would be. When the database cannot be asked, the request is allowed
     * (it needs the database anyway and will answer 503 by itself).
     */
    public OptionalLong tryAcquire(String kind, String key, int perMinute) {
        String id = kind + ":" + perMinute + ":" + hash(key);
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
        try {
            ConsumptionProbe probe = buckets.builder().build(id, () -> configuration).tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
        } catch (RuntimeException e) {
            LOG.warnf("Rate limit not checked (database unavailable): %s", e.getClass().getSimpleName());
            DatabaseOutage.explains(e);
            return OptionalLong.empty();
        }
    }

    /** Deletes buckets that are full again (expired); any instance may run it, rows are claimed with SKIP LOCKED. */
    @Scheduled(every = "${firstsession.rate-limit.cleanup-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        try {
            while (buckets.removeExpired(1000) == 1000) {
                // more to delete
            }
        } catch (RuntimeException e) {
            LOG.warnf("Expired rate-limit buckets not removed: %s", e.getClass().getSimpleName());
        }
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
