package org.firstsession.operations;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.smallrye.health.SmallRyeHealthReporter;
import io.vertx.ext.web.Router;

/**
 * Cross-cutting metrics: latency histograms for the HTTP server (the p99 alert needs buckets), login
 * failures the app sees, rate-limit refusals, and the search-index lag hook. Feature metrics live with
 * their feature ({@code booking.BookingMetrics}, {@code notification.OutboxMonitor}).
 */
@ApplicationScoped
public class OperationsMetrics {

    private final MeterRegistry registry;

    OperationsMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Histogram buckets for request latencies, so Prometheus can compute p99 across instances. */
    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().equals("http.server.requests")) {
                    return DistributionStatisticConfig.builder().percentilesHistogram(true)
                            .minimumExpectedValue((double) Duration.ofMillis(5).toNanos())
                            .maximumExpectedValue((double) Duration.ofSeconds(10).toNanos())
                            .build().merge(config);
                }
                return config;
            }
        };
    }

    /** 1 while this instance's readiness checks (the database) pass, else 0: the readiness alert's input. */
    private final AtomicInteger ready = new AtomicInteger(1);

    @Inject
    SmallRyeHealthReporter health;

    void registerReadiness(@Observes StartupEvent start) {
        Gauge.builder("firstsession.ready", ready, AtomicInteger::get)
                .description("1 while this instance is ready (readiness checks pass), else 0").register(registry);
    }

    /** Readiness runs a database check: sampled on a worker thread, never on the scrape. */
    @Scheduled(every = "${firstsession.ops.sample-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sampleReadiness() {
        ready.set(health.getReadiness().isDown() ? 0 : 1);
    }

    void registerIndexLag(@Observes StartupEvent start, Instance<SearchIndexLag> lags) {
        if (lags.isResolvable()) {
            SearchIndexLag lag = lags.get();
            Gauge.builder("firstsession.search.index.lag", lag,
                    l -> l.lag().map(Duration::toMillis).orElse(0L) / 1000.0)
                    .baseUnit("seconds").description("How far the search index is behind the database")
                    .register(registry);
        }
    }

    /**
     * A credential the app was shown and refused: an invalid, expired or foreign bearer token, or a failed
     * browser login. A request without any credential is not counted (that is a visitor, not a failure).
     */
    void loginFailed(@Observes AuthenticationFailureEvent event) {
        if (event.getAuthenticationFailure() instanceof AuthenticationFailedException) {
            Counter.builder("firstsession.login.failures").description("Credentials the app refused")
                    .register(registry).increment();
        }
    }

    /**
     * Every 429 the server sends, whichever limit refused it (per-account limits in the services, or a
     * per-address limit in front of them): counted at the HTTP layer, first in line, so a limiter that
     * answers before the application still passes here.
     */
    void countRefusals(@Observes Router router) {
        Counter refusals = Counter.builder("firstsession.rate.limit.refusals")
                .description("Requests refused with 429 Too Many Requests").register(registry);
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addHeadersEndHandler(done -> {
                if (ctx.response().getStatusCode() == 429) {
                    refusals.increment();
                }
            });
            ctx.next();
        });
    }
}
