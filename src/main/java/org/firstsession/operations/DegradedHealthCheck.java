package org.firstsession.operations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.firstsession.notification.OutboxMonitor;

import io.smallrye.health.api.Wellness;

/**
 * "Is the platform doing its work?", apart from "can it take traffic?" (readiness): DOWN with
 * {@code state: degraded} when emails have been failing for longer than
 * {@code firstsession.ops.email-failing-threshold}, an email was given up on in the last 24 hours, or the
 * search index lags by more than {@code firstsession.ops.index-lag-threshold}. Served at
 * {@code /q/health/well}; never part of readiness, so a mail outage does not take the site out of the
 * load balancer. The admin home shows the same verdict.
 */
@Wellness
@ApplicationScoped
@Named("operationsHealth") // the admin pages' banner: {inject:operationsHealth.verdict}
public class DegradedHealthCheck implements HealthCheck {

    /**
     * The verdict with its reasons, phrased for an operator (no addresses, no content); {@code causes} are the same
     * reasons as data, for the admin pages to word in the admin's language.
     */
    public record Verdict(boolean degraded, List<String> reasons, List<Cause> causes) {
    }

    /** One reason: {@code kind} says what ({@link #EMAILS_FAILING}, ...), {@code amount} how much ("12 min", "3"). */
    public record Cause(String kind, String amount) {
    }

    public static final String EMAILS_FAILING = "emails-failing";
    public static final String EMAILS_GIVEN_UP = "emails-given-up";
    public static final String INDEX_BEHIND = "index-behind";

    private final OutboxMonitor outbox;
    private final Instance<SearchIndexLag> index;
    private final OperationsConfig config;

    DegradedHealthCheck(OutboxMonitor outbox, Instance<SearchIndexLag> index, OperationsConfig config) {
        this.outbox = outbox;
        this.index = index;
        this.config = config;
    }

    public Verdict verdict() {
        OutboxMonitor.Snapshot emails = outbox.sample();
        List<String> reasons = new ArrayList<>();
        List<Cause> causes = new ArrayList<>();
        if (emails.failingFor().compareTo(config.emailFailingThreshold()) > 0) {
            reasons.add("emails have been failing for " + minutes(emails.failingFor()));
            causes.add(new Cause(EMAILS_FAILING, minutes(emails.failingFor())));
        }
        if (emails.failedLastDay() > 0) {
            reasons.add(emails.failedLastDay() + " email(s) given up on in the last 24 hours");
            causes.add(new Cause(EMAILS_GIVEN_UP, String.valueOf(emails.failedLastDay())));
        }
        if (index.isResolvable()) {
            index.get().lag().filter(lag -> lag.compareTo(config.indexLagThreshold()) > 0).ifPresent(lag -> {
                reasons.add("the search index is " + minutes(lag) + " behind");
                causes.add(new Cause(INDEX_BEHIND, minutes(lag)));
            });
        }
        return new Verdict(!reasons.isEmpty(), List.copyOf(reasons), List.copyOf(causes));
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("operations");
        try {
            Verdict verdict = verdict();
            response.status(!verdict.degraded()).withData("state", verdict.degraded() ? "degraded" : "ok");
            for (int i = 0; i < verdict.reasons().size(); i++) {
                response.withData("reason" + (i + 1), verdict.reasons().get(i));
            }
        } catch (RuntimeException e) {
            // The database is away: readiness says so; this check cannot judge the work.
            response.down().withData("state", "unknown");
        }
        return response.build();
    }

    private static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes < 1 ? duration.toSeconds() + " s" : minutes + " min";
    }
}
