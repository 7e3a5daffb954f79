package org.firstsession.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The operator's numbers move with what people do: each test scrapes {@code /q/metrics}, acts through
 * the API, and scrapes again.
 */
@QuarkusTest
class MetricsTest {

    @Inject
    EntityManager em;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Instant inDays(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    @Test
    void bookings_made_moved_and_cancelled_are_counted_by_actor_and_conflicts_by_type() {
        Specialists.Owned specialist = Specialists.published(Profiles.complete("Dr. Metrics"));
        String first = Slots.offer(specialist, inDays(3, 9));
        String second = Slots.offer(specialist, inDays(3, 10));
        String third = Slots.offer(specialist, inDays(3, 11));
        TestUser client = TestUser.client();
        String scrape = scrape();
        double created = value(scrape, "firstsession_bookings_created_total", "actor=\"client\"");
        double rescheduled = value(scrape, "firstsession_bookings_rescheduled_total", "actor=\"client\"");
        double bySpecialist = value(scrape, "firstsession_bookings_cancelled_total", "actor=\"specialist\"");
        double taken = value(scrape, "firstsession_booking_conflicts_total", "type=\"slot-taken\"");

        String booking = client.request().body(Map.of("slotId", first, "consentVersion", "2026-11"))
                .post("/api/bookings").then().statusCode(201).extract().path("id");
        TestUser.client().request().body(Map.of("slotId", first, "consentVersion", "2026-11"))
                .post("/api/bookings").then().statusCode(409).body("type", equalTo("https://firstsession.org/problems/slot-taken"));
        client.request().body(Map.of("slotId", second)).post("/api/bookings/" + booking + "/reschedule").then().statusCode(200);
        specialist.owner().request().body(Map.of()).post("/api/bookings/" + booking + "/cancel").then().statusCode(200);
        // A refused booking is not a booking.
        TestUser.client().request().body(Map.of("slotId", third, "consentVersion", "outdated"))
                .post("/api/bookings").then().statusCode(422);

        scrape = scrape();
        assertEquals(created + 1, value(scrape, "firstsession_bookings_created_total", "actor=\"client\""));
        assertEquals(rescheduled + 1, value(scrape, "firstsession_bookings_rescheduled_total", "actor=\"client\""));
        assertEquals(bySpecialist + 1, value(scrape, "firstsession_bookings_cancelled_total", "actor=\"specialist\""));
        assertEquals(taken + 1, value(scrape, "firstsession_booking_conflicts_total", "type=\"slot-taken\""));
    }

    @Test
    void directory_searches_are_timed_by_backend_with_histogram_buckets() {
        double before = value(scrape(), "firstsession_directory_search_seconds_count", "backend=\"postgresql\"");
        given().get("/api/specialists?q=anxiety").then().statusCode(200);
        given().get("/api/specialists").then().statusCode(200);
        String scrape = scrape();
        assertEquals(before + 2, value(scrape, "firstsession_directory_search_seconds_count", "backend=\"postgresql\""));
        assertTrue(scrape.contains("firstsession_directory_search_seconds_bucket{backend=\"postgresql\""), "histogram buckets");
        assertTrue(scrape.contains("http_server_requests_seconds_bucket{"), "request latency buckets for the p99 alert");
    }

    @Test
    void refused_credentials_and_rate_limit_refusals_are_counted() {
        double failures = value(scrape(), "firstsession_login_failures_total", null);
        given().auth().oauth2("not-a-token").get("/api/me").then().statusCode(401);
        given().get("/api/me").then().statusCode(401); // no credential at all: a visitor, not a failure
        assertEquals(failures + 1, value(scrape(), "firstsession_login_failures_total", null));

        double refusals = value(scrape(), "firstsession_rate_limit_refusals_total", null);
        TestUser asker = TestUser.client();
        int status = 0;
        for (int i = 0; i < 6 && status != 429; i++) {
            status = asker.request().body(Map.of("title", "Question number " + i, "body", "Body", "topic", "general"))
                    .post("/api/questions").then().extract().statusCode();
        }
        assertEquals(429, status, "the sixth question in a day is refused");
        assertEquals(refusals + 1, value(scrape(), "firstsession_rate_limit_refusals_total", null));
    }

    @Test
    void connection_pool_usage_and_readiness_are_published() {
        String scrape = scrape();
        assertEquals(1, value(scrape, "firstsession_ready", null), "this instance is ready");
        assertTrue(scrape.contains("agroal_active_count"), "active connections");
        assertTrue(scrape.contains("agroal_max_used_count"), "high-water mark");
        assertTrue(scrape.contains("agroal_awaiting_count"), "requests waiting for a connection");
    }

    @Test
    void failed_and_pending_emails_show_in_the_gauges_and_make_health_degraded() {
        UUID failed = UUID.randomUUID();
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    INSERT INTO email_outbox (id, message_id, recipient, subject, body_text, body_html, status, attempts,
                                              last_error, created_at, failed_at)
                    VALUES (?1, ?2, 'metrics@firstsession.test', 'free consultation', '', '', 'FAILED', 10,
                            'SMTPException', now() - interval '2 hours', now() - interval '1 minute')""")
                    .setParameter(1, failed).setParameter(2, "<metrics-" + failed + "@firstsession.test>").executeUpdate());
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> value(scrape(), "firstsession_emails", "status=\"failed\"") >= 1);
            given().get("/q/health/well").then().statusCode(503)
                    .body("checks.find { it.name == 'operations' }.data.state", equalTo("degraded"))
                    .body("checks.find { it.name == 'operations' }.data.reason1", org.hamcrest.Matchers.containsString("given up on"));
            // Readiness does not depend on it: the site keeps taking traffic during a mail outage.
            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM email_outbox WHERE id = ?1")
                    .setParameter(1, failed).executeUpdate());
        }
        String scrape = scrape();
        assertTrue(scrape.contains("firstsession_outbox_lag_seconds"), "outbox lag");
        assertTrue(scrape.contains("firstsession_emails_oldest_pending_age_seconds"), "age of the oldest pending email");
    }

    static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one series ({@code name{...label...}}); 0 when it does not exist yet. */
    static double value(String scrape, String name, String label) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(scrape);
        double sum = 0;
        while (m.find()) {
            if (label == null || (m.group(1) != null && m.group(1).contains(label))) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }
}
