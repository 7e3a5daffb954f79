package org.firstsession.notification;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.firstsession.shared.Draining;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import java.util.function.ToDoubleFunction;

/**
 * What an operator needs to know about email: counters of this instance's relay (sent, failed attempts,
 * given up) and database-wide gauges sampled every {@code firstsession.ops.sample-interval} (emails by
 * status, age of the oldest pending one, outbox lag, how long emails have been failing). Every instance
 * reports the same database-wide values: aggregate them with {@code max}, not {@code sum}.
 */
@ApplicationScoped
public class OutboxMonitor {

    private static final Logger LOG = Logger.getLogger(OutboxMonitor.class);

    /** A sample of the outbox. Durations are zero when there is nothing of that kind. */
    public record Snapshot(long pending, long failed, long failedLastDay, Duration oldestPending, Duration lag,
            Duration failingFor) {
        static final Snapshot EMPTY = new Snapshot(0, 0, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    private final EntityManager em;
    private final MeterRegistry registry;
    private final AtomicReference<Snapshot> last = new AtomicReference<>(Snapshot.EMPTY);

    OutboxMonitor(EntityManager em, MeterRegistry registry) {
        this.em = em;
        this.registry = registry;
    }

    void registerGauges(@Observes StartupEvent start) {
        gauge("firstsession.emails", "pending", s -> s.pending(), null, "Emails waiting to be sent, by status");
        gauge("firstsession.emails", "failed", s -> s.failed(), null, "Emails waiting to be sent, by status");
        gauge("firstsession.emails.oldest.pending.age", null, s -> s.oldestPending().toMillis() / 1000.0, "seconds",
                "Age of the oldest email not yet sent");
        gauge("firstsession.outbox.lag", null, s -> s.lag().toMillis() / 1000.0, "seconds",
                "How long the oldest due email has waited for the relay");
        gauge("firstsession.emails.failing", null, s -> s.failingFor().toMillis() / 1000.0, "seconds",
                "How long the oldest email still being retried has been failing");
    }

    private void gauge(String name, String status, ToDoubleFunction<Snapshot> value, String unit,
            String description) {
        Gauge.Builder<AtomicReference<Snapshot>> builder = Gauge.builder(name, last, ref -> value.applyAsDouble(ref.get()))
                .description(description);
        if (status != null) {
            builder.tag("status", status);
        }
        if (unit != null) {
            builder.baseUnit(unit);
        }
        builder.register(registry);
    }

    @Scheduled(every = "${firstsession.ops.sample-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Draining.Skip.class)
    void scheduledSample() {
        try {
            sample();
        } catch (RuntimeException e) {
            // The database is away: keep the last values; readiness reports the outage.
            LOG.debugf("outbox sample failed: %s", e.getClass().getSimpleName());
        }
    }

    /** Reads the outbox now (partial indexes on PENDING and FAILED keep it cheap) and returns the sample. */
    public Snapshot sample() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE status = 'PENDING'),
                       count(*) FILTER (WHERE status = 'FAILED'),
                       count(*) FILTER (WHERE status = 'FAILED' AND failed_at > now() - interval '24 hours'),
                       coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE status = 'PENDING')), 0),
                       coalesce(extract(epoch FROM now() - min(next_attempt_at)
                                FILTER (WHERE status = 'PENDING' AND next_attempt_at <= now())), 0),
                       coalesce(extract(epoch FROM now() - min(created_at)
                                FILTER (WHERE status = 'PENDING' AND last_error IS NOT NULL)), 0)
                FROM email_outbox WHERE status = 'PENDING' OR status = 'FAILED'""").getSingleResult());
        Snapshot snapshot = new Snapshot(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), seconds(row[3]), seconds(row[4]), seconds(row[5]));
        last.set(snapshot);
        return snapshot;
    }

    private static Duration seconds(Object value) {
        return Duration.ofMillis(Math.max(0, Math.round(((Number) value).doubleValue() * 1000)));
    }

    void sent() {
        Counter.builder("firstsession.emails.sent").description("Emails this instance handed to the SMTP server")
                .register(registry).increment();
    }

    void attemptFailed(boolean givenUp) {
        Counter.builder("firstsession.emails.attempts.failed").tag("outcome", givenUp ? "failed" : "retry")
                .description("Send attempts that failed: retried later, or the email was given up (FAILED)")
                .register(registry).increment();
    }
}
