package org.firstsession.directory.opensearch;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.OpenSearchBackend;
import org.firstsession.testsupport.OpenSearchServer;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * The OpenSearch index follows the database through the search outbox, on its own schedule (no test hook
 * here): every change that alters what the directory shows is searchable within 2 s, erased and suspended
 * specialists leave as fast, nothing is lost while OpenSearch is down (search answers 503 meanwhile), and an
 * admin rebuilds the index without downtime.
 */
@QuarkusTest
@TestProfile(OpenSearchBackend.class)
class OpenSearchIndexTest {

    /** The promise; the schedule (1 s) plus a push with refresh stay inside it. */
    private static final Duration WITHIN = Duration.ofSeconds(2);

    @Inject
    EntityManager em;

    @Inject
    SearchIndexer indexer;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String city() {
        return "Indexville-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> names(String city) {
        return TestUser.anonymous().queryParam("city", city).get("/api/specialists").then().statusCode(200)
                .extract().path("items.displayName");
    }

    private static Map<String, Object> first(String city) {
        List<Map<String, Object>> items = TestUser.anonymous().queryParam("city", city).get("/api/specialists").then()
                .statusCode(200).extract().path("items");
        return items.isEmpty() ? Map.of() : items.get(0);
    }

    /** Polls until the condition holds; fails if it takes longer than {@code limit}. */
    private static Duration within(Duration limit, String what, BooleanSupplier condition) {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > limit.toNanos()) {
                throw new AssertionError(what + " did not happen within " + limit.toMillis() + " ms");
            }
            sleep(50);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("[index] %s after %d ms%n", what, took.toMillis());
        return took;
    }

    private static Instant inDays(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    @Test
    void every_change_the_directory_shows_is_searchable_within_two_seconds() {
        String city = city();
        TestUser admin = TestUser.admin();
        Specialists.Owned owned = Specialists.published(Profiles.with(Profiles.complete("Ida Index"), "city", city));
        within(WITHIN, "publish", () -> names(city).equals(List.of("Ida Index")));

        Map<String, Object> edited = new HashMap<>(Profiles.complete("Ida Index"));
        edited.put("city", city);
        edited.put("headline", "Evening sessions for night owls");
        owned.owner().request().body(edited).put("/api/specialists/" + owned.id()).then().statusCode(204);
        within(WITHIN, "edit", () -> TestUser.anonymous().queryParam("city", city).queryParam("q", "owls")
                .get("/api/specialists").then().extract().<List<String>>path("items.displayName").equals(List.of("Ida Index")));

        Instant start = inDays(3, 10);
        String slot = Slots.offer(owned, start);
        within(WITHIN, "slot created", () -> start.toString().equals(first(city).get("nextFreeSlot")));
        TestUser.client().request().body(Map.of("slotId", slot, "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201);
        within(WITHIN, "slot booked", () -> first(city).get("nextFreeSlot") == null);

        String second = Slots.offer(owned, inDays(4, 10));
        within(WITHIN, "second slot", () -> first(city).get("nextFreeSlot") != null);
        admin.request().body(Map.of("status", "VERIFIED", "checkedOn", LocalDate.now().toString(),
                "validUntil", LocalDate.now().plusYears(1).toString(), "note", "ok"))
                .put("/api/admin/specialists/" + owned.id() + "/verification").then().statusCode(200);
        within(WITHIN, "verify", () -> Boolean.TRUE.equals(first(city).get("verified")));
        admin.request().body(Map.of("featured", true)).put("/api/admin/specialists/" + owned.id() + "/featured")
                .then().statusCode(200);
        within(WITHIN, "feature", () -> Boolean.TRUE.equals(first(city).get("featured")));

        owned.owner().request().delete("/api/slots/" + second).then().statusCode(204);
        within(WITHIN, "slot withdrawn", () -> first(city).get("nextFreeSlot") == null);

        admin.request().body(Map.of("reason", "Licence under review")).post("/api/admin/specialists/" + owned.id() + "/suspend")
                .then().statusCode(200);
        within(WITHIN, "suspend", () -> names(city).isEmpty());
        admin.request().post("/api/admin/specialists/" + owned.id() + "/reinstate").then().statusCode(200);
        within(WITHIN, "reinstate", () -> names(city).equals(List.of("Ida Index")));

        owned.owner().request().post("/api/specialists/" + owned.id() + "/unpublish").then().statusCode(200);
        within(WITHIN, "unpublish", () -> names(city).isEmpty());
        owned.owner().request().post("/api/specialists/" + owned.id() + "/publish").then().statusCode(200);
        within(WITHIN, "publish again", () -> names(city).equals(List.of("Ida Index")));

        owned.owner().request().body(Map.of("confirm", "DELETE MY ACCOUNT")).delete("/api/me").then().statusCode(204);
        within(WITHIN, "erase", () -> names(city).isEmpty());
    }

    @Test
    void a_feature_ends_by_itself_without_reindexing() {
        String city = city();
        Specialists.Owned zed = Specialists.published(Profiles.with(Profiles.complete("Zed Zoom"), "city", city));
        Specialists.published(Profiles.with(Profiles.complete("Abe Able"), "city", city));
        Slots.offer(zed, inDays(3, 9));
        TestUser.admin().request().body(Map.of("featured", true, "until", Instant.now().plusSeconds(3).toString()))
                .put("/api/admin/specialists/" + zed.id() + "/featured").then().statusCode(200);
        indexer.catchUp();
        assertEquals(List.of("Zed Zoom", "Abe Able"), names(city), "featured first");
        sleep(3_500);
        assertEquals(0L, indexer.pending(), "nothing was queued: the end is evaluated at search time");
        assertEquals(List.of("Abe Able", "Zed Zoom"), names(city), "by name once the feature ended");
        assertEquals(Boolean.FALSE, first(city).get("featured"));
    }

    @Test
    void the_outbox_holds_ids_only() {
        List<?> columns = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT column_name || ':' || data_type FROM information_schema.columns
                WHERE table_name = 'search_outbox' ORDER BY column_name""").getResultList());
        assertEquals(List.of("changed_at:timestamp with time zone", "claimed_until:timestamp with time zone",
                "priority:smallint", "seq:bigint", "specialist_id:uuid"), columns);
    }

    @Test
    void while_opensearch_is_down_search_answers_503_and_changes_wait() {
        String city = city();
        OpenSearchServer.cut();
        try {
            TestUser.anonymous().queryParam("city", city).get("/api/specialists").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", notNullValue())
                    .body("status", equalTo(503));
            RestAssured.given().get("/q/health/ready").then().statusCode(503);
            Specialists.published(Profiles.with(Profiles.complete("Walt Waiting"), "city", city));
            sleep(1_500); // a few indexer runs fail meanwhile
            long waiting = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM search_outbox").getSingleResult()).longValue());
            assertTrue(waiting >= 1, "the change waits in the outbox");
            assertTrue(indexer.lag().isPresent(), "the lag is reported");
        } finally {
            OpenSearchServer.restore();
        }
        // Back: the waiting change goes out (failed batches retry after 1 s in this profile).
        within(Duration.ofSeconds(10), "catch up after the outage", () -> names(city).equals(List.of("Walt Waiting")));
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void admins_rebuild_the_index_without_downtime() {
        String city = city();
        Specialists.published(Profiles.with(Profiles.complete("Rita Rebuild"), "city", city));
        indexer.catchUp();
        TestUser admin = TestUser.admin();
        String before = admin.request().get("/api/admin/search/status").then().statusCode(200)
                .body("backend", equalTo("opensearch")).body("pending", equalTo(0))
                .body("lastIndexedAt", notNullValue()).body("documents", greaterThanOrEqualTo(1))
                .extract().path("index");

        long auditedBefore = reindexAudited();
        admin.request().post("/api/admin/search/reindex").then().statusCode(202)
                .body("backend", equalTo("opensearch")).body("rebuilding", notNullValue());
        // The old index serves while the new one fills.
        assertEquals(List.of("Rita Rebuild"), names(city));
        indexer.catchUp();
        long listed = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM specialist WHERE status = 'PUBLISHED' AND suspended_at IS NULL").getSingleResult()).longValue());
        String after = admin.request().get("/api/admin/search/status").then().statusCode(200)
                .body("pending", equalTo(0)).body("rebuilding", nullValue())
                .body("documents", equalTo((int) listed))
                .extract().path("index");
        assertNotEquals(before, after, "the alias moved to the new index");
        assertEquals(List.of("Rita Rebuild"), names(city));
        // Counted as a difference: ContentIndexTest shares this profile's app and database and rebuilds too.
        assertEquals(auditedBefore + 1, reindexAudited());
    }

    private long reindexAudited() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM audit_log WHERE action = 'SEARCH_REINDEX' AND outcome = 'SUCCESS'").getSingleResult()).longValue());
    }

    @Test
    void the_search_admin_endpoints_are_for_admins_only() {
        TestUser.anonymous().get("/api/admin/search/status").then().statusCode(401).contentType("application/problem+json");
        TestUser.anonymous().post("/api/admin/search/reindex").then().statusCode(401).contentType("application/problem+json");
        TestUser.client().request().get("/api/admin/search/status").then().statusCode(403).contentType("application/problem+json");
        TestUser.client().request().post("/api/admin/search/reindex").then().statusCode(403).contentType("application/problem+json");
        RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'search' }.data.backend", equalTo("opensearch"))
                .body("checks.find { it.name == 'search' }.status", not(equalTo("DOWN")));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
