package org.firstsession.booking;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;


import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class SlotApiTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Instant inDays(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    private static String local(java.time.LocalDateTime time) {
        return java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
    }

    private static Specialists.Owned specialist() {
        return Specialists.published(Profiles.complete("Dr. Slots"));
    }

    @Test
    void a_single_slot_is_30_minutes_and_listed_publicly() {
        Specialists.Owned s = specialist();
        Instant start = inDays(3, 9);
        String id = Slots.offer(s, start);
        TestUser.anonymous().queryParam("from", inDays(3, 0).toString()).queryParam("to", inDays(4, 0).toString())
                .get("/api/specialists/" + s.id() + "/slots").then().statusCode(200)
                .body("specialistTimeZone", equalTo("Europe/Berlin"))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].startsAt", equalTo(start.toString()))
                .body("items[0].endsAt", equalTo(start.plus(Duration.ofMinutes(30)).toString()))
                .body("items[0].localStart", equalTo(local(start.atZone(BERLIN).toLocalDateTime())));
    }

    @Test
    void a_reader_in_tokyo_sees_tokyo_local_times() {
        Specialists.Owned s = specialist();
        Instant start = inDays(5, 23);
        Slots.offer(s, start);
        TestUser.anonymous().queryParam("from", inDays(5, 0).toString()).queryParam("to", inDays(7, 0).toString())
                .queryParam("tz", "Asia/Tokyo")
                .get("/api/specialists/" + s.id() + "/slots").then().statusCode(200)
                .body("timeZone", equalTo("Asia/Tokyo"))
                .body("items[0].localStart", equalTo(local(start.atZone(ZoneId.of("Asia/Tokyo")).toLocalDateTime())));
        TestUser.anonymous().queryParam("tz", "Tokyo").get("/api/specialists/" + s.id() + "/slots")
                .then().statusCode(400).body("errors.field", hasItem("tz"));
    }

    @Test
    void overlapping_single_slot_is_409() {
        Specialists.Owned s = specialist();
        Instant start = inDays(4, 10);
        Slots.offer(s, start);
        s.owner().request().body(Map.of("startsAt", start.plus(Duration.ofMinutes(15)).toString()))
                .post("/api/specialists/" + s.id() + "/slots")
                .then().statusCode(409).body("type", endsWith("/slot-overlap"));
        // Adjacent is fine.
        Slots.offer(s, start.plus(Duration.ofMinutes(30)));
    }

    @Test
    void offering_with_an_idempotency_key_twice_creates_one_slot() {
        Specialists.Owned s = specialist();
        Map<String, Object> body = Map.of("startsAt", inDays(3, 9).toString());
        String key = java.util.UUID.randomUUID().toString();
        String first = s.owner().request().header("Idempotency-Key", key).body(body)
                .post("/api/specialists/" + s.id() + "/slots").then().statusCode(201).extract().path("created[0].id");
        String again = s.owner().request().header("Idempotency-Key", key).body(body)
                .post("/api/specialists/" + s.id() + "/slots").then().statusCode(201).extract().path("created[0].id");
        assertEquals(first, again);
        s.owner().request().queryParam("from", inDays(3, 0).toString()).queryParam("to", inDays(4, 0).toString())
                .get("/api/me/slots").then().body("items", hasSize(1));
    }

    @Test
    void slots_must_be_in_the_future() {
        Specialists.Owned s = specialist();
        s.owner().request().body(Map.of("startsAt", Instant.now().minus(Duration.ofHours(1)).toString()))
                .post("/api/specialists/" + s.id() + "/slots")
                .then().statusCode(400).body("errors.field", hasItem("startsAt"));
    }

    @Test
    void a_weekly_rule_creates_slots_in_local_time_and_reports_collisions() {
        Specialists.Owned s = specialist();
        LocalDate monday = LocalDate.now(BERLIN).plusWeeks(1).with(DayOfWeek.MONDAY);
        // A slot already at 10:00 Berlin on that Monday collides with the rule.
        Instant existing = monday.atTime(10, 0).atZone(BERLIN).toInstant();
        Slots.offer(s, existing);
        Map<String, Object> rule = Map.of("days", List.of("MONDAY", "THURSDAY"), "startTime", "09:00",
                "endTime", "12:00", "fromDate", monday.toString(), "toDate", monday.plusDays(7).toString());
        s.owner().request().body(Map.of("rule", rule)).post("/api/specialists/" + s.id() + "/slots")
                .then().statusCode(201)
                .body("created", hasSize(3 * 6 - 1)) // Mon, Thu, Mon × 09:00..11:30, minus the collision
                .body("skipped", hasSize(1))
                .body("skipped[0].localStart", equalTo(local(monday.atTime(10, 0))))
                .body("skipped[0].reason", equalTo("overlaps an existing slot"))
                .body("created[0].localStart", equalTo(local(monday.atTime(9, 0))));
        // Replaying the same rule creates nothing new.
        s.owner().request().body(Map.of("rule", rule)).post("/api/specialists/" + s.id() + "/slots")
                .then().statusCode(201).body("created", hasSize(0)).body("skipped", hasSize(18));
    }

    @Test
    void rule_limits_are_validated() {
        Specialists.Owned s = specialist();
        LocalDate today = LocalDate.now(BERLIN);
        badRule(s, Map.of("days", List.of("MONDAY"), "startTime", "09:00", "endTime", "12:00",
                "fromDate", today.toString(), "toDate", today.plusWeeks(13).toString()), "rule.toDate");
        badRule(s, Map.of("days", List.of("MONDAY"), "startTime", "09:00", "endTime", "12:00",
                "fromDate", today.minusDays(1).toString(), "toDate", today.plusDays(3).toString()), "rule.fromDate");
        badRule(s, Map.of("days", List.of("MONDAY"), "startTime", "12:00", "endTime", "09:00",
                "fromDate", today.toString(), "toDate", today.plusDays(3).toString()), "rule.endTime");
        badRule(s, Map.of("days", List.of(), "startTime", "09:00", "endTime", "12:00",
                "fromDate", today.toString(), "toDate", today.plusDays(3).toString()), "rule.days");
        badRule(s, Map.of("days", List.of("FUNDAY"), "startTime", "09:00", "endTime", "12:00",
                "fromDate", today.toString(), "toDate", today.plusDays(3).toString()), "rule.days[0]");
        s.owner().request().body(Map.of()).post("/api/specialists/" + s.id() + "/slots")
                .then().statusCode(400).body("errors.field", hasItem("startsAt"));
    }

    private static void badRule(Specialists.Owned s, Map<String, Object> rule, String field) {
        s.owner().request().body(Map.of("rule", rule)).post("/api/specialists/" + s.id() + "/slots")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void the_public_window_is_at_most_31_days() {
        Specialists.Owned s = specialist();
        TestUser.anonymous().queryParam("from", LocalDate.now().plusDays(1).toString())
                .queryParam("to", LocalDate.now().plusDays(33).toString())
                .get("/api/specialists/" + s.id() + "/slots").then().statusCode(400).body("errors.field", hasItem("to"));
        TestUser.anonymous().queryParam("from", "yesterday").get("/api/specialists/" + s.id() + "/slots")
                .then().statusCode(400).body("errors.field", hasItem("from"));
    }

    @Test
    void only_the_owner_offers_slots() {
        Specialists.Owned s = specialist();
        Map<String, Object> body = Map.of("startsAt", inDays(3, 9).toString());
        TestUser.anonymous().body(body).post("/api/specialists/" + s.id() + "/slots").then().statusCode(401);
        TestUser.client().request().body(body).post("/api/specialists/" + s.id() + "/slots").then().statusCode(403);
        TestUser.admin().request().body(body).post("/api/specialists/" + s.id() + "/slots").then().statusCode(403);
        Specialists.Owned draft = Specialists.draft(Profiles.complete("Dr. Draft Slots"));
        TestUser.client().request().body(body).post("/api/specialists/" + draft.id() + "/slots").then().statusCode(404);
        TestUser.anonymous().get("/api/specialists/" + draft.id() + "/slots").then().statusCode(404);
    }

    @Test
    void the_owner_lists_slots_with_state_and_withdraws_open_ones() {
        Specialists.Owned s = specialist();
        String open = Slots.offer(s, inDays(3, 9));
        String booked = Slots.offer(s, inDays(3, 10));
        String withdrawn = Slots.offer(s, inDays(3, 11));
        TestUser client = TestUser.client();
        client.request().body(Map.of("slotId", booked, "consentVersion", "2026-11")).post("/api/bookings").then().statusCode(201);
        s.owner().request().delete("/api/slots/" + withdrawn).then().statusCode(204);

        s.owner().request().queryParam("from", inDays(3, 0).toString()).queryParam("to", inDays(4, 0).toString())
                .get("/api/me/slots").then().statusCode(200)
                .body("items.id", contains(open, booked, withdrawn))
                .body("items.state", contains("OPEN", "BOOKED", "WITHDRAWN"));
        // Withdrawn and booked slots are not offered publicly.
        TestUser.anonymous().queryParam("from", inDays(3, 0).toString()).queryParam("to", inDays(4, 0).toString())
                .get("/api/specialists/" + s.id() + "/slots").then().body("items.id", contains(open));
        // A withdrawn slot's time can be offered again.
        Slots.offer(s, inDays(3, 11));
    }

    @Test
    void withdrawing_a_booked_slot_needs_confirmation_and_cancels_the_booking() {
        Specialists.Owned s = specialist();
        String slot = Slots.offer(s, inDays(6, 9));
        TestUser client = TestUser.client();
        String booking = client.request().body(Map.of("slotId", slot, "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201).extract().path("id");
        s.owner().request().delete("/api/slots/" + slot).then().statusCode(409).body("type", endsWith("/slot-booked"));
        client.request().get("/api/bookings/" + booking).then().body("status", equalTo("CONFIRMED"));
        s.owner().request().queryParam("cancelBooking", true).delete("/api/slots/" + slot).then().statusCode(204);
        client.request().get("/api/bookings/" + booking).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelledBy", equalTo("SPECIALIST"));
    }

    @Test
    void nobody_else_withdraws_a_slot() {
        Specialists.Owned s = specialist();
        String slot = Slots.offer(s, inDays(3, 9));
        TestUser.anonymous().delete("/api/slots/" + slot).then().statusCode(401);
        TestUser.client().request().delete("/api/slots/" + slot).then().statusCode(404);
        TestUser.admin().request().delete("/api/slots/" + slot).then().statusCode(404);
        Specialists.draft(Profiles.complete("Other")).owner().request().delete("/api/slots/" + slot).then().statusCode(404);
        List<String> ids = s.owner().request().queryParam("from", inDays(3, 0).toString())
                .queryParam("to", inDays(4, 0).toString()).get("/api/me/slots").then().extract().path("items.state");
        assertEquals(List.of("OPEN"), ids);
    }

    @Test
    void my_slots_needs_a_profile() {
        TestUser.client().request().get("/api/me/slots").then().statusCode(404);
        TestUser.anonymous().get("/api/me/slots").then().statusCode(401);
    }
}
