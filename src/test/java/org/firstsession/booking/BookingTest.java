package org.firstsession.booking;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.notification.Ics;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;

@QuarkusTest
class BookingTest {

    @Inject
    EntityManager em;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Instant inDays(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    private static Specialists.Owned specialist() {
        return Specialists.published(Profiles.complete("Dr. Booking"));
    }

    private static ValidatableResponse book(TestUser client, String slotId) {
        return client.request().body(Map.of("slotId", slotId, "consentVersion", "2026-11")).post("/api/bookings").then();
    }

    @Test
    void a_client_books_an_open_slot() {
        Specialists.Owned s = specialist();
        Instant start = inDays(3, 9);
        String slot = Slots.offer(s, start);
        TestUser client = TestUser.client();
        String location = client.request().body(Map.of("slotId", slot, "note", "Evenings are hard for me.", "consentVersion", "2026-11"))
                .post("/api/bookings").then().statusCode(201)
                .body("status", equalTo("CONFIRMED"))
                .body("role", equalTo("client"))
                .body("startsAt", equalTo(start.toString()))
                .body("sessionFormat", equalTo("online"))
                .body("meetingUrl", matchesPattern("https://meet\\.jit\\.si/firstsession-[0-9a-f]{40}"))
                .body("specialist.displayName", equalTo("Dr. Booking"))
                .body("note", equalTo("Evenings are hard for me."))
                .extract().header("Location");
        String id = client.request().get(location).then().statusCode(200).extract().path("id");
        s.owner().request().get("/api/bookings/" + id).then().statusCode(200)
                .body("role", equalTo("specialist"))
                .body("client.displayName", equalTo(client.name()))
                .body("client", not(hasKey("email")));
    }

    @Test
    void in_person_booking_names_the_city_not_the_link() {
        Specialists.Owned s = specialist();
        String slot = Slots.offer(s, inDays(3, 9));
        TestUser.client().request().body(Map.of("slotId", slot, "format", "in_person", "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201).body("sessionFormat", equalTo("in_person")).body("city", equalTo("Berlin"))
                .body("meetingUrl", nullValue());
        Specialists.Owned onlineOnly = Specialists.published(Profiles.with(Profiles.complete("Dr. Online"),
                "sessionFormats", List.of("online")));
        String other = Slots.offer(onlineOnly, inDays(3, 9));
        TestUser.client().request().body(Map.of("slotId", other, "format", "in_person", "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(422).body("type", endsWith("/format-not-offered"));
    }

    @Test
    void a_taken_slot_is_409() {
        Specialists.Owned s = specialist();
        String slot = Slots.offer(s, inDays(3, 9));
        book(TestUser.client(), slot).statusCode(201);
        book(TestUser.client(), slot).statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/slot-taken")).body("title", equalTo("Slot already taken"));
    }

    @Test
    void own_slot_is_422() {
        Specialists.Owned s = specialist();
        String slot = Slots.offer(s, inDays(3, 9));
        book(s.owner(), slot).statusCode(422).body("type", endsWith("/own-slot"));
    }

    @Test
    void minimum_notice_edge() {
        // Two specialists: the two slots are 10 minutes apart and would overlap on one.
        String tooSoon = Slots.offer(specialist(), Instant.now().plus(Duration.ofMinutes(115)));
        String justInTime = Slots.offer(specialist(), Instant.now().plus(Duration.ofMinutes(125)));
        book(TestUser.client(), tooSoon).statusCode(422).body("type", endsWith("/too-short-notice"));
        book(TestUser.client(), justInTime).statusCode(201);
    }

    @Test
    void horizon_edge() {
        String inside = Slots.offer(specialist(), Instant.now().plus(Duration.ofDays(60)).minus(Duration.ofMinutes(5)));
        String beyond = Slots.offer(specialist(), Instant.now().plus(Duration.ofDays(60)).plus(Duration.ofMinutes(5)));
        book(TestUser.client(), beyond).statusCode(422).body("type", endsWith("/beyond-horizon"));
        book(TestUser.client(), inside).statusCode(201);
    }

    @Test
    void past_and_withdrawn_and_unknown_slots_are_refused() {
        Specialists.Owned s = specialist();
        String slot = Slots.offer(s, inDays(3, 9));
        s.owner().request().delete("/api/slots/" + slot).then().statusCode(204);
        book(TestUser.client(), slot).statusCode(409).body("type", endsWith("/slot-unavailable"));
        book(TestUser.client(), UUID.randomUUID().toString()).statusCode(404);
        String past = Slots.offer(s, inDays(4, 9));
        moveSlotIntoThePast(UUID.fromString(past));
        book(TestUser.client(), past).statusCode(422).body("type", endsWith("/slot-in-past"));
        TestUser.client().request().body(Map.of("slotId", "not-a-uuid", "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(400).body("errors.field", hasItem("slotId"));
        TestUser.client().request().body(Map.of("slotId", slot, "note", "x".repeat(1001), "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(400).body("errors.field", hasItem("note"));
    }

    @Test
    void one_upcoming_consultation_per_specialist_and_three_in_all() {
        TestUser client = TestUser.client();
        Specialists.Owned first = specialist();
        book(client, Slots.offer(first, inDays(3, 9))).statusCode(201);
        book(client, Slots.offer(first, inDays(4, 9))).statusCode(409)
                .body("type", endsWith("/already-booked-with-specialist"));
        book(client, Slots.offer(specialist(), inDays(3, 10))).statusCode(201);
        book(client, Slots.offer(specialist(), inDays(3, 11))).statusCode(201);
        book(client, Slots.offer(specialist(), inDays(3, 12))).statusCode(409).body("type", endsWith("/too-many-upcoming"));
    }

    @Test
    void idempotent_replay_returns_the_original_and_creates_nothing() {
        Specialists.Owned s = specialist();
        String slot = Slots.offer(s, inDays(3, 9));
        TestUser client = TestUser.client();
        String key = UUID.randomUUID().toString();
        String first = client.request().header("Idempotency-Key", key).body(Map.of("slotId", slot, "consentVersion", "2026-11"))
                .post("/api/bookings").then().statusCode(201).extract().path("id");
        String replay = client.request().header("Idempotency-Key", key).body(Map.of("slotId", slot, "consentVersion", "2026-11"))
                .post("/api/bookings").then().statusCode(201).extract().path("id");
        assertEquals(first, replay);
        assertEquals(1L, bookingsForSlot(UUID.fromString(slot)));
        client.request().header("Idempotency-Key", key).body(Map.of("slotId", slot, "note", "different", "consentVersion", "2026-11"))
                .post("/api/bookings").then().statusCode(422).body("type", endsWith("/idempotency-key-reused"));
        // Keys belong to one account: someone else's identical key is a new request.
        book(TestUser.client(), slot).statusCode(409);
    }

    @Test
    void lists_by_side_and_period() {
        Specialists.Owned s = specialist();
        TestUser client = TestUser.client();
        String id = book(client, Slots.offer(s, inDays(3, 9))).statusCode(201).extract().path("id");
        client.request().get("/api/bookings").then().statusCode(200).body("items.id", contains(id)).body("total", equalTo(1));
        client.request().queryParam("as", "specialist").get("/api/bookings").then().body("total", equalTo(0));
        s.owner().request().queryParam("as", "specialist").get("/api/bookings").then().body("items.id", contains(id));
        client.request().queryParam("when", "past").get("/api/bookings").then().body("total", equalTo(0));
        client.request().queryParam("status", "CANCELLED").get("/api/bookings").then().body("total", equalTo(0));
        client.request().queryParam("as", "admin").get("/api/bookings").then().statusCode(400).body("errors.field", hasItem("as"));
        client.request().queryParam("size", 500).get("/api/bookings").then().statusCode(400);
        TestUser.client().request().get("/api/bookings").then().body("total", equalTo(0));
    }

    @Test
    void only_participants_see_a_booking() {
        Specialists.Owned s = specialist();
        TestUser client = TestUser.client();
        String id = book(client, Slots.offer(s, inDays(3, 9))).statusCode(201).extract().path("id");
        TestUser.anonymous().get("/api/bookings/" + id).then().statusCode(401);
        TestUser.client().request().get("/api/bookings/" + id).then().statusCode(404);
        TestUser.admin().request().get("/api/bookings/" + id).then().statusCode(404);
        specialist().owner().request().get("/api/bookings/" + id).then().statusCode(404);
        TestUser.client().request().accept("text/calendar").get("/api/bookings/" + id + "/calendar.ics").then().statusCode(404);
    }

    @Test
    void cancel_by_either_side_frees_the_slot() {
        Specialists.Owned s = specialist();
        String slot = Slots.offer(s, inDays(3, 9));
        TestUser client = TestUser.client();
        String id = book(client, slot).statusCode(201).extract().path("id");
        TestUser.client().request().body(Map.of("reason", "x")).post("/api/bookings/" + id + "/cancel").then().statusCode(404);
        client.request().body(Map.of("reason", "Something came up")).post("/api/bookings/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("cancelledBy", equalTo("CLIENT"));
        client.request().body(Map.of()).post("/api/bookings/" + id + "/cancel").then().statusCode(409);
        String again = book(TestUser.client(), slot).statusCode(201).extract().path("id");
        s.owner().request().body(Map.of("reason", "Ill")).post("/api/bookings/" + again + "/cancel")
                .then().statusCode(200).body("cancelledBy", equalTo("SPECIALIST"));
    }

    @Test
    void the_client_reschedules_to_another_slot_of_the_same_specialist() {
        Specialists.Owned s = specialist();
        String first = Slots.offer(s, inDays(3, 9));
        Instant laterStart = inDays(5, 9);
        String later = Slots.offer(s, laterStart);
        TestUser client = TestUser.client();
        String id = book(client, first).statusCode(201).extract().path("id");

        s.owner().request().body(Map.of("slotId", later)).post("/api/bookings/" + id + "/reschedule").then().statusCode(403);
        TestUser.client().request().body(Map.of("slotId", later)).post("/api/bookings/" + id + "/reschedule").then().statusCode(404);
        String foreign = Slots.offer(specialist(), inDays(5, 9));
        client.request().body(Map.of("slotId", foreign)).post("/api/bookings/" + id + "/reschedule")
                .then().statusCode(422).body("type", endsWith("/other-specialist"));

        client.request().body(Map.of("slotId", later)).post("/api/bookings/" + id + "/reschedule").then().statusCode(200)
                .body("id", equalTo(id)).body("slotId", equalTo(later)).body("startsAt", equalTo(laterStart.toString()));
        // The old slot is free again, the new one is taken.
        book(TestUser.client(), first).statusCode(201);
        book(TestUser.client(), later).statusCode(409);
    }

    @Test
    void the_specialist_marks_past_consultations() {
        Specialists.Owned s = specialist();
        TestUser client = TestUser.client();
        String slot = Slots.offer(s, inDays(3, 9));
        String id = book(client, slot).statusCode(201).extract().path("id");
        s.owner().request().post("/api/bookings/" + id + "/complete").then().statusCode(409).body("type", endsWith("/not-started"));
        moveBookingIntoThePast(UUID.fromString(id));
        client.request().post("/api/bookings/" + id + "/complete").then().statusCode(403);
        TestUser.client().request().post("/api/bookings/" + id + "/no-show").then().statusCode(404);
        s.owner().request().post("/api/bookings/" + id + "/no-show").then().statusCode(200).body("status", equalTo("NO_SHOW"));
        s.owner().request().post("/api/bookings/" + id + "/complete").then().statusCode(200).body("status", equalTo("COMPLETED"));
        // The same rule as booking a slot that has started: 422 slot-in-past (withdrawing answered 409 before).
        s.owner().request().delete("/api/slots/" + slot).then().statusCode(422).body("type", endsWith("/slot-in-past"));
        client.request().queryParam("when", "past").get("/api/bookings").then().body("items.id", contains(id));
        client.request().body(Map.of()).post("/api/bookings/" + id + "/cancel").then().statusCode(409);
    }

    @Test
    void participants_download_the_calendar_invite() {
        Specialists.Owned s = specialist();
        Instant start = inDays(3, 9);
        TestUser client = TestUser.client();
        String id = book(client, Slots.offer(s, start)).statusCode(201).extract().path("id");
        String ics = client.request().accept("text/calendar").get("/api/bookings/" + id + "/calendar.ics").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/calendar")).extract().asString();
        Calendar calendar = Ics.parse(ics);
        assertEquals("PUBLISH", calendar.getProperty(Property.METHOD).orElseThrow().getValue(), "a download is imported");
        var event = calendar.getComponent("VEVENT").orElseThrow();
        assertTrue(event.getProperty(Property.ATTENDEE).isEmpty(), "PUBLISH has no attendee");
        assertEquals(start, Instant.from(((net.fortuna.ical4j.model.property.DtStart<?>) event.getProperty(Property.DTSTART).orElseThrow()).getDate()));
        assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        s.owner().request().accept("text/calendar").get("/api/bookings/" + id + "/calendar.ics").then().statusCode(200);
    }

    private void moveSlotIntoThePast(UUID slotId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE slot SET starts_at = now() - interval '2 hours', ends_at = now() - interval '90 minutes' WHERE id = ?1")
                .setParameter(1, slotId).executeUpdate());
    }

    private void moveBookingIntoThePast(UUID bookingId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE booking SET starts_at = now() - interval '2 hours', ends_at = now() - interval '90 minutes' WHERE id = ?1")
                .setParameter(1, bookingId).executeUpdate());
    }

    private long bookingsForSlot(UUID slotId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM booking WHERE slot_id = ?1").setParameter(1, slotId).getSingleResult()).longValue());
    }

    @Test
    void a_client_cancels_at_most_5_bookings_a_day_so_a_book_and_cancel_loop_stops_sending_email() {
        Specialists.Owned s = specialist();
        TestUser client = TestUser.client();
        for (int i = 0; i < 5; i++) {
            String booking = book(client, Slots.offer(s, inDays(3, 6 + i))).statusCode(201).extract().path("id");
            client.request().body(Map.of("reason", "loop " + i)).post("/api/bookings/" + booking + "/cancel")
                    .then().statusCode(200);
        }
        String sixth = book(client, Slots.offer(s, inDays(4, 9))).statusCode(201).extract().path("id");
        client.request().body(Map.of("reason", "once more")).post("/api/bookings/" + sixth + "/cancel").then()
                .statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", equalTo("You can cancel at most 5 bookings in 24 hours."));
        client.request().get("/api/bookings/" + sixth).then().body("status", equalTo("CONFIRMED"));
        // The cap is on the client's own changes: the specialist can still cancel.
        s.owner().request().body(Map.of()).post("/api/bookings/" + sixth + "/cancel").then().statusCode(200);
    }

    @Test
    void a_client_reschedules_at_most_5_times_a_day() {
        Specialists.Owned s = specialist();
        TestUser client = TestUser.client();
        String booking = book(client, Slots.offer(s, inDays(5, 6))).statusCode(201).extract().path("id");
        for (int i = 1; i <= 5; i++) {
            client.request().body(Map.of("slotId", Slots.offer(s, inDays(5, 6 + i))))
                    .post("/api/bookings/" + booking + "/reschedule").then().statusCode(200);
        }
        String last = Slots.offer(s, inDays(6, 9));
        client.request().body(Map.of("slotId", last)).post("/api/bookings/" + booking + "/reschedule").then()
                .statusCode(429).header("Retry-After", notNullValue())
                .body("detail", equalTo("You can reschedule at most 5 times in 24 hours."));
        client.request().get("/api/bookings/" + booking).then().body("startsAt", equalTo(inDays(5, 11).toString()));
    }
}
