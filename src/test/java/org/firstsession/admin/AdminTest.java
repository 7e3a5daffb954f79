package org.firstsession.admin;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class AdminTest {

    @Inject
    EntityManager em;

    @Inject
    MockMailbox mailbox;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Instant inDays(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    private static Specialists.Owned inCity(String name, String city) {
        return Specialists.published(Profiles.with(Profiles.complete(name), "city", city));
    }

    private static String city() {
        return "Admintown-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void feature(TestUser admin, Specialists.Owned s, int status) {
        admin.request().body(Map.of("featured", true)).put("/api/admin/specialists/" + s.id() + "/featured")
                .then().statusCode(status);
    }

    private long auditRows(String action, String objectId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM audit_log WHERE action = ?1 AND object_id = ?2")
                .setParameter(1, action).setParameter(2, UUID.fromString(objectId)).getSingleResult()).longValue());
    }

    @Test
    void only_public_specialists_with_free_slots_can_be_featured_and_they_lead_the_directory() {
        TestUser admin = TestUser.admin();
        String city = city();
        inCity("Aaron Able", city);
        Specialists.Owned zed = inCity("Zed Zimmer", city);
        Specialists.Owned draft = Specialists.draft(Profiles.complete("Dora Draft"));

        feature(admin, draft, 409);
        admin.request().body(Map.of("featured", true)).put("/api/admin/specialists/" + zed.id() + "/featured")
                .then().statusCode(409).body("type", endsWith("/not-featurable"))
                .body("detail", org.hamcrest.Matchers.containsString("open slots"));
        assertEquals(1, auditRows("SPECIALIST_FEATURE", zed.id()), "the refusal is audited");

        Slots.offer(zed, inDays(3, 9));
        feature(admin, zed, 200);
        assertEquals(2, auditRows("SPECIALIST_FEATURE", zed.id()));
        TestUser.anonymous().queryParam("city", city).get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Zed Zimmer", "Aaron Able"))
                .body("items[0].featured", equalTo(true))
                .body("items[1].featured", equalTo(false));
        // An explicit sort is the visitor's choice: no featured boost.
        TestUser.anonymous().queryParam("city", city).queryParam("sort", "name").get("/api/specialists").then()
                .body("items.displayName", contains("Aaron Able", "Zed Zimmer"));
        TestUser.anonymous().get("/api/specialists/featured").then().statusCode(200).body("id", hasItem(zed.id()));

        admin.request().body(Map.of("featured", false)).put("/api/admin/specialists/" + zed.id() + "/featured")
                .then().statusCode(200).body("featured", equalTo(false));
        TestUser.anonymous().get("/api/specialists/featured").then().statusCode(200).body("id", not(hasItem(zed.id())));
        assertEquals(1, auditRows("SPECIALIST_UNFEATURE", zed.id()));
    }

    @Test
    void a_feature_expires_by_itself_and_an_idle_feature_is_flagged() {
        TestUser admin = TestUser.admin();
        Specialists.Owned s = inCity("Fay Feature", city());
        String slot = Slots.offer(s, inDays(3, 9));
        admin.request().body(Map.of("featured", true, "until", Instant.now().minusSeconds(60).toString()))
                .put("/api/admin/specialists/" + s.id() + "/featured").then().statusCode(400)
                .body("errors.field", hasItem("until"));
        admin.request().body(Map.of("featured", true, "until", inDays(10, 0).toString()))
                .put("/api/admin/specialists/" + s.id() + "/featured").then().statusCode(200).body("featured", equalTo(true));

        // The only slot goes: still featured, but the work list says so.
        s.owner().request().delete("/api/slots/" + slot).then().statusCode(204);
        admin.request().queryParam("q", "Fay Feature").get("/api/admin/specialists").then().statusCode(200)
                .body("items[0].flags", hasItem("featured, no free slots"));

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE specialist SET featured_until = now() - interval '1 minute' WHERE id = ?1")
                .setParameter(1, UUID.fromString(s.id())).executeUpdate());
        TestUser.anonymous().get("/api/specialists/featured").then().statusCode(200).body("id", not(hasItem(s.id())));
        admin.request().queryParam("q", "Fay Feature").get("/api/admin/specialists").then()
                .body("items[0].featured", equalTo(false));
    }

    @Test
    void featured_order_rotates_by_a_daily_seed() throws Exception {
        TestUser admin = TestUser.admin();
        String city = city();
        List<Specialists.Owned> featured = List.of(inCity("Rot A", city), inCity("Rot B", city), inCity("Rot C", city),
                inCity("Rot D", city));
        for (Specialists.Owned s : featured) {
            Slots.offer(s, inDays(3, 9));
            feature(admin, s, 200);
        }
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<String> expected = featured.stream().map(Specialists.Owned::id)
                .sorted(Comparator.comparing(id -> md5(id + today))).toList();
        List<String> shown = TestUser.anonymous().queryParam("city", city).get("/api/specialists").then()
                .extract().path("items.id");
        assertEquals(expected, shown);
    }

    @Test
    void pages_cross_from_the_featured_block_to_the_rest_without_gaps_or_repeats() {
        TestUser admin = TestUser.admin();
        String city = city();
        List<Specialists.Owned> featured = List.of(inCity("Fz Zed", city), inCity("Fy Zed", city), inCity("Fx Zed", city));
        for (Specialists.Owned s : featured) {
            Slots.offer(s, inDays(3, 9));
            feature(admin, s, 200);
        }
        List<String> rest = List.of("Page A", "Page B", "Page C", "Page D");
        rest.forEach(name -> inCity(name, city));
        List<String> shown = new java.util.ArrayList<>();
        for (int page = 0; page < 4; page++) {
            List<String> names = TestUser.anonymous().queryParam("city", city).queryParam("size", 2).queryParam("page", page)
                    .get("/api/specialists").then().statusCode(200).body("total", equalTo(7)).extract().path("items.displayName");
            shown.addAll(names);
        }
        assertEquals(7, shown.size(), "every specialist once: " + shown);
        assertEquals(Set.of("Fz Zed", "Fy Zed", "Fx Zed"), Set.copyOf(shown.subList(0, 3)), "featured first: " + shown);
        assertEquals(rest, shown.subList(3, 7), "then the rest by name: " + shown);
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void verification_gives_a_badge_until_it_expires() {
        TestUser admin = TestUser.admin();
        String city = city();
        Specialists.Owned s = inCity("Vera Verified", city);
        Specialists.Owned other = inCity("Otto Other", city);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        admin.request().body(Map.of("status", "VERIFIED", "checkedOn", today.toString(),
                "validUntil", today.plusYears(1).toString(), "note", "Checked the register"))
                .put("/api/admin/specialists/" + s.id() + "/verification").then().statusCode(200)
                .body("verified", equalTo(true));
        TestUser.anonymous().queryParam("city", city).queryParam("verified", true).get("/api/specialists").then()
                .body("items.displayName", contains("Vera Verified")).body("items[0].verified", equalTo(true));
        TestUser.anonymous().get("/api/specialists/" + s.id()).then().body("verified", equalTo(true));
        TestUser.anonymous().get("/api/specialists/" + other.id()).then().body("verified", equalTo(false));
        assertEquals(1, auditRows("SPECIALIST_VERIFICATION", s.id()));

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE specialist SET verification_valid_until = current_date - 1 WHERE id = ?1")
                .setParameter(1, UUID.fromString(s.id())).executeUpdate());
        TestUser.anonymous().get("/api/specialists/" + s.id()).then().body("verified", equalTo(false));
        TestUser.anonymous().queryParam("city", city).queryParam("verified", true).get("/api/specialists").then()
                .body("total", equalTo(0));
        admin.request().queryParam("verification", "DUE").queryParam("q", "Vera Verified").get("/api/admin/specialists")
                .then().body("items[0].flags", hasItem("re-verification due")).body("items[0].verified", equalTo(false));

        admin.request().body(Map.of("status", "VERIFIED", "checkedOn", today.plusDays(1).toString(),
                "validUntil", today.plusYears(1).toString())).put("/api/admin/specialists/" + s.id() + "/verification")
                .then().statusCode(400).body("errors.field", hasItem("checkedOn"));
        admin.request().body(Map.of("status", "VERIFIED", "checkedOn", today.toString()))
                .put("/api/admin/specialists/" + s.id() + "/verification").then().statusCode(400)
                .body("errors.field", hasItem("validUntil"));
        admin.request().body(Map.of("status", "MAYBE", "checkedOn", today.toString()))
                .put("/api/admin/specialists/" + s.id() + "/verification").then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void suspension_hides_stops_bookings_cancels_upcoming_and_tells_everyone() {
        TestUser admin = TestUser.admin();
        String city = city();
        Specialists.Owned s = inCity("Sid Suspended", city);
        TestUser client = TestUser.client();
        String booking = client.request().body(Map.of("slotId", Slots.offer(s, inDays(3, 9)), "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201).extract().path("id");
        String openSlot = Slots.offer(s, inDays(4, 9));

        admin.request().body(Map.of("reason", "Licence under review")).post("/api/admin/specialists/" + s.id() + "/suspend")
                .then().statusCode(200).body("suspended", equalTo(true));
        TestUser.anonymous().queryParam("city", city).get("/api/specialists").then().body("total", equalTo(0));
        TestUser.anonymous().get("/api/specialists/" + s.id()).then().statusCode(404);
        TestUser.anonymous().get("/api/specialists/" + s.id() + "/slots").then().statusCode(404);
        TestUser.client().request().body(Map.of("slotId", openSlot, "consentVersion", "2026-11")).post("/api/bookings").then().statusCode(409);
        client.request().get("/api/bookings/" + booking).then().body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("PLATFORM"));
        s.owner().request().get("/api/specialists/" + s.id()).then().statusCode(200).body("suspended", equalTo(true));
        admin.request().body(Map.of("reason", "again")).post("/api/admin/specialists/" + s.id() + "/suspend").then().statusCode(409);

        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> mailbox.getMailMessagesSentTo(s.owner().email()).stream()
                .anyMatch(m -> m.getSubject().equals("Your FirstSession profile has been suspended")));
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> mailbox.getMailMessagesSentTo(client.email()).stream()
                .anyMatch(m -> m.getSubject().startsWith("Free consultation cancelled")));

        admin.request().post("/api/admin/specialists/" + s.id() + "/reinstate").then().statusCode(200)
                .body("suspended", equalTo(false));
        TestUser.anonymous().get("/api/specialists/" + s.id()).then().statusCode(200);
        client.request().get("/api/bookings/" + booking).then().body("status", equalTo("CANCELLED"));
        assertEquals(1, auditRows("SPECIALIST_SUSPEND", s.id()));
        assertEquals(1, auditRows("SPECIALIST_REINSTATE", s.id()));
    }

    @Test
    void admins_read_reported_content_and_resolve_reports_with_an_audit_trail() {
        TestUser admin = TestUser.admin();
        Specialists.Owned s = inCity("Rita Reported", city());
        TestUser client = TestUser.client();
        String conversation = client.request().body(Map.of("specialistId", s.id(), "text", "Offending words"))
                .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
        String report = s.owner().request().body(Map.of("reason", "Abusive"))
                .post("/api/conversations/" + conversation + "/report").then().statusCode(201).extract().path("id");

        admin.request().queryParam("status", "OPEN").queryParam("size", 100).get("/api/admin/reports").then()
                .statusCode(200).body("items.id", hasItem(report));
        admin.request().get("/api/admin/reports/" + report).then().statusCode(200)
                .body("report.subjectType", equalTo("CONVERSATION"))
                .body("content.text", hasItem("Offending words"));
        assertEquals(1, auditRows("REPORT_READ", conversation));
        admin.request().get("/api/conversations/" + conversation + "/messages").then().statusCode(200);
        assertEquals(1, auditRows("CONVERSATION_READ", conversation));

        admin.request().body(Map.of("note", "Warned the client")).post("/api/admin/reports/" + report + "/resolve")
                .then().statusCode(200).body("status", equalTo("RESOLVED"));
        assertEquals(1, auditRows("REPORT_RESOLVE", report));
        // Resolved: the conversation is private again.
        admin.request().get("/api/conversations/" + conversation + "/messages").then().statusCode(404);
        admin.request().queryParam("status", "bogus").get("/api/admin/reports").then().statusCode(400);
    }

    @Test
    void admins_read_a_reported_conversation_only_up_to_the_report_and_only_while_it_is_open() {
        TestUser admin = TestUser.admin();
        Specialists.Owned s = inCity("Rhea Reach", city());
        TestUser client = TestUser.client();
        String conversation = client.request().body(Map.of("specialistId", s.id(), "text", "Reported words"))
                .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
        String report = s.owner().request().body(Map.of("reason", "Abusive"))
                .post("/api/conversations/" + conversation + "/report").then().statusCode(201).extract().path("id");
        // The conversation goes on after the report: none of it is the admins' business.
        s.owner().request().body(Map.of("text", "Written after the report")).post("/api/conversations/" + conversation + "/messages")
                .then().statusCode(201);

        admin.request().get("/api/admin/reports/" + report).then().statusCode(200)
                .body("content.text", contains("Reported words"));
        admin.request().get("/api/conversations/" + conversation + "/messages").then().statusCode(200)
                .body("items.text", contains("Reported words"));
        admin.request().get("/api/conversations/" + conversation).then().statusCode(200)
                .body("lastMessagePreview", equalTo("Reported words"));

        admin.request().body(Map.of()).post("/api/admin/reports/" + report + "/resolve").then().statusCode(200);
        s.owner().request().body(Map.of("text", "Written after the resolution")).post("/api/conversations/" + conversation + "/messages")
                .then().statusCode(201);
        // Resolved: the report is still listed, its content is not, and the conversation is private again.
        admin.request().get("/api/admin/reports/" + report).then().statusCode(200)
                .body("report.status", equalTo("RESOLVED")).body("content", empty());
        admin.request().get("/api/conversations/" + conversation + "/messages").then().statusCode(404);
        admin.request().get("/api/conversations/" + conversation).then().statusCode(404);
        client.request().get("/api/conversations/" + conversation + "/messages").then().statusCode(200)
                .body("items.text", contains("Written after the resolution", "Written after the report", "Reported words"));
    }

    @Test
    void the_audit_log_is_filterable_and_append_only() {
        TestUser admin = TestUser.admin();
        Specialists.Owned s = inCity("Audrey Audit", city());
        Slots.offer(s, inDays(3, 9));
        feature(admin, s, 200);
        admin.request().queryParam("action", "SPECIALIST_FEATURE").queryParam("actor", admin.subject())
                .get("/api/admin/audit").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].objectId", equalTo(s.id()))
                .body("items[0].actorSubject", equalTo(admin.subject()))
                .body("items[0].outcome", equalTo("SUCCESS"));
        admin.request().queryParam("actor", admin.subject()).queryParam("from", Instant.now().plusSeconds(3600).toString())
                .get("/api/admin/audit").then().body("total", equalTo(0));
        admin.request().queryParam("from", "last week").get("/api/admin/audit").then().statusCode(400);
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("UPDATE audit_log SET outcome = 'REFUSED'").executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM audit_log").executeUpdate()));
    }

    @Test
    void stats_count_what_happened() {
        TestUser admin = TestUser.admin();
        Map<String, Object> before = admin.request().get("/api/admin/stats").then().statusCode(200).extract().path("$");
        Specialists.Owned s = inCity("Stan Stats", city());
        Specialists.draft(Profiles.complete("Stan Draft"));
        TestUser client = TestUser.client();
        String booking = client.request().body(Map.of("slotId", Slots.offer(s, inDays(3, 9)), "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201).extract().path("id");
        Slots.offer(s, inDays(4, 9));
        client.request().body(Map.of()).post("/api/bookings/" + booking + "/cancel").then().statusCode(200);
        Map<String, Object> after = admin.request().get("/api/admin/stats").then().statusCode(200)
                .body("bookingsPerWeek.size()", equalTo(12))
                .extract().path("$");
        assertEquals(1, published(after) - published(before));
        assertEquals(1, drafts(after) - drafts(before));
        // Both slots are open again after the cancellation.
        assertEquals(2, ((Number) after.get("openSlotsNext14Days")).longValue()
                - ((Number) before.get("openSlotsNext14Days")).longValue());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> weeks = (List<Map<String, Object>>) after.get("bookingsPerWeek");
        assertTrue(((Number) weeks.get(11).get("bookings")).longValue() >= 1);
        assertTrue(((Number) after.get("cancellationRate")).doubleValue() > 0);
    }

    @SuppressWarnings("unchecked")
    private static long published(Map<String, Object> stats) {
        return ((Number) ((Map<String, Object>) stats.get("specialistsByStatus")).get("PUBLISHED")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static long drafts(Map<String, Object> stats) {
        return ((Number) ((Map<String, Object>) stats.get("specialistsByStatus")).get("DRAFT")).longValue();
    }
}
