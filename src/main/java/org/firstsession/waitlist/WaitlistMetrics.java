package org.firstsession.waitlist;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.firstsession.shared.Draining;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The waitlist for the operator: {@code firstsession_waitlist_offers_total{outcome}} (offers made, accepted,
 * declined and expired by this instance, counted when the deciding transaction commits, so a lost race is
 * never counted) and {@code firstsession_waitlist_waiting} (entries waiting, database-wide, sampled every
 * {@code firstsession.ops.sample-interval}; every instance reports the same value: aggregate with {@code max}).
 */
@ApplicationScoped
public class WaitlistMetrics {

    private static final Logger LOG = Logger.getLogger(WaitlistMetrics.class);

    /** What became of an offer. */
    enum Outcome {
        MADE, ACCEPTED, DECLINED, EXPIRED
    }

    private final EntityManager em;
    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong waiting = new AtomicLong();

    WaitlistMetrics(EntityManager em, MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.registry = registry;
        this.transactions = transactions;
    }

    /** The gauge, and the counters at zero so that dashboards see every outcome before it first happens. */
    void register(@Observes StartupEvent start) {
        for (Outcome outcome : Outcome.values()) {
            counter(outcome);
        }
        Gauge.builder("firstsession.waitlist.waiting", waiting, AtomicLong::get)
                .description("Waitlist entries waiting for an offer, all specialists").register(registry);
    }

    @Scheduled(every = "${firstsession.ops.sample-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Draining.Skip.class)
    void scheduledSample() {
        try {
            sample();
        } catch (RuntimeException e) {
            // The database is away: keep the last value; readiness reports the outage.
            LOG.debugf("waitlist sample failed: %s", e.getClass().getSimpleName());
        }
    }

    /** Counts the waiting entries now and returns the count. */
    public long sample() {
        long count = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM waitlist_entry").getSingleResult()).longValue());
        waiting.set(count);
        return count;
    }

    /** Counts {@code n} offers with this outcome once the current transaction commits (at once without one). */
    void count(Outcome outcome, int n) {
        if (n <= 0) {
            return;
        }
        Counter counter = counter(outcome);
        if (transactions.getTransactionKey() == null) {
            counter.increment(n);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment(n);
                }
            }
        });
    }

    private Counter counter(Outcome outcome) {
        return Counter.builder("firstsession.waitlist.offers").tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .description("Waitlist offers by outcome: made, accepted, declined, expired").register(registry);
    }
}
