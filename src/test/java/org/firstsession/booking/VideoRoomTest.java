package org.firstsession.booking;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Issue #19: a private video room per online consultation, seen by its two participants only. */
@QuarkusTest
class VideoRoomTest {

    /** The default VIDEO_ROOM_TEMPLATE with 160 random bits in hex. */
    private static final String ROOM = "https://meet\\.jit\\.si/firstsession-[0-9a-f]{40}";

    @Inject
    EntityManager em;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Instant inDays(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    private static String book(TestUser client, String slot) {
        return client.request().body(Map.of("slotId", slot, "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201).extract().path("id");
    }

    private static String roomOf(TestUser reader, String booking) {
        return reader.request().get("/api/bookings/" + booking).then().statusCode(200).extract().path("meetingUrl");
    }

    @Test
    void every_online_booking_gets_its_own_room_seen_by_both_participants() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Rooms"));
        TestUser first = TestUser.client();
        TestUser second = TestUser.client();
        String a = book(first, Slots.offer(s, inDays(3, 9)));
        String b = book(second, Slots.offer(s, inDays(3, 11)));

        String roomA = roomOf(first, a);
        String roomB = roomOf(second, b);
        assertTrue(roomA.matches(ROOM), roomA);
        assertTrue(roomB.matches(ROOM), roomB);
        assertNotEquals(roomA, roomB, "one leaked link must not open another consultation");
        assertEquals(roomA, roomOf(s.owner(), a), "the specialist sees the same room");
        assertFalse(roomA.contains("meet.example.org"), "not the profile's own link");
    }

    @Test
    void strangers_and_the_public_never_see_a_room() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Private Room"));
        TestUser client = TestUser.client();
        String booking = book(client, Slots.offer(s, inDays(4, 9)));
        String room = roomOf(client, booking);
        String name = room.substring(room.lastIndexOf('-') + 1);

        TestUser.client().request().get("/api/bookings/" + booking).then().statusCode(404)
                .contentType("application/problem+json");
        Specialists.published(Profiles.complete("Dr. Other")).owner().request().get("/api/bookings/" + booking)
                .then().statusCode(404);
        TestUser.anonymous().get("/api/bookings/" + booking).then().statusCode(401);
        TestUser.client().request().accept("text/calendar").get("/api/bookings/" + booking + "/calendar.ics").then().statusCode(404);

        for (String path : new String[] { "/api/specialists/" + s.id(), "/api/specialists?q=Private",
                "/api/specialists/" + s.id() + "/slots", "/specialists/" + s.id() }) {
            String body = TestUser.anonymous().get(path).then().extract().asString();
            assertFalse(body.contains(name), path + " shows the room");
        }
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("SELECT video_room FROM booking WHERE id = ?1")
                .setParameter(1, UUID.fromString(booking)).getSingleResult());
        assertTrue(stored.startsWith("v2:"), "encrypted at rest");
        assertFalse(stored.contains(name));
    }

    @Test
    void a_reschedule_keeps_the_room_and_a_cancellation_retires_it() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Moving Room"));
        TestUser client = TestUser.client();
        String booking = book(client, Slots.offer(s, inDays(5, 9)));
        String room = roomOf(client, booking);

        client.request().body(Map.of("slotId", Slots.offer(s, inDays(6, 9)))).post("/api/bookings/" + booking + "/reschedule")
                .then().statusCode(200).body("meetingUrl", equalTo(room));

        s.owner().request().body(Map.of()).post("/api/bookings/" + booking + "/cancel").then().statusCode(200)
                .body("meetingUrl", nullValue());
        client.request().get("/api/bookings/" + booking).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("meetingUrl", nullValue());
        assertNull(QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT video_room FROM booking WHERE id = ?1")
                .setParameter(1, UUID.fromString(booking)).getSingleResult()), "the room name is gone");
    }

    @Test
    void own_link_keeps_the_profiles_meeting_url_and_in_person_has_no_room() {
        Specialists.Owned own = Specialists.published(Profiles.with(Profiles.complete("Dr. Own Link"), "videoRooms", "OWN_LINK"));
        own.owner().request().get("/api/specialists/" + own.id()).then().statusCode(200).body("videoRooms", equalTo("OWN_LINK"));
        TestUser client = TestUser.client();
        String booking = book(client, Slots.offer(own, inDays(3, 9)));
        assertEquals("https://meet.example.org/room-1", roomOf(client, booking));

        Specialists.Owned generated = Specialists.published(Profiles.complete("Dr. Office"));
        client.request().body(Map.of("slotId", Slots.offer(generated, inDays(3, 12)), "format", "in_person",
                "consentVersion", "2026-11")).post("/api/bookings").then().statusCode(201).body("meetingUrl", nullValue());
        generated.owner().request().get("/api/specialists/" + generated.id()).then().statusCode(200)
                .body("videoRooms", equalTo("GENERATED"));
    }

    @Test
    void an_unknown_video_rooms_value_is_a_400_problem() {
        TestUser owner = TestUser.client();
        owner.request().body(Profiles.with(Profiles.complete("Dr. Typo"), "videoRooms", "SHARED"))
                .post("/api/specialists").then().statusCode(400).contentType("application/problem+json");
    }
}
