package org.firstsession.booking;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.firstsession.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Time off (slots withdrawn, booked ones listed, weekly rules and their preview skip the days) and buffers. */
@QuarkusTest
class TimeOffAndBufferTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** 10:00 Berlin on the day {@code days} from today (Berlin). */
    private static Instant at(int days, int hour, int minute) {
        return LocalDate.now(BERLIN).plusDays(days).atTime(hour, minute).atZone(BERLIN).toInstant();
    }

    private static List<String> publicSlots(Specialists.Owned s) {
        return TestUser.anonymous().queryParam("from", Instant.now().truncatedTo(ChronoUnit.DAYS).toString())
                .queryParam("to", Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(30)).toString())
                .get("/api/specialists/" + s.id() + "/slots").then().statusCode(200).extract().path("items.id");
    }

    private static String book(TestUser client, String slot, int status) {
        var response = client.request().body(Map.of("slotId", slot, "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(status);
        return status == 201 ? response.extract().path("id") : null;
    }

    @Test
    void time_off_withdraws_open_slots_lists_booked_ones_and_cancels_nothing() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Away"));
        String open1 = Slots.offer(s, at(5, 10, 0));
        String open2 = Slots.offer(s, at(6, 11, 0));
        String booked = Slots.offer(s, at(6, 14, 0));
        String outside = Slots.offer(s, at(8, 10, 0));
        TestUser client = TestUser.client();
        String booking = book(client, booked, 201);
        LocalDate from = LocalDate.now(BERLIN).plusDays(5);
        LocalDate to = from.plusDays(1);
        String id = s.owner().request().body(Map.of("from", from.toString(), "to", to.toString(), "note", "Conference"))
                .post("/api/me/time-off").then().statusCode(201).header("Location", containsString("/api/me/time-off/"))
                .body("withdrawnSlots", equalTo(2)).body("bookings", hasSize(1)).body("bookings[0].id", equalTo(booking))
                .extract().path("id");
        List<String> visible = publicSlots(s);
        assertFalse(visible.contains(open1));
        assertFalse(visible.contains(open2));
        assertTrue(visible.contains(outside));
        client.request().get("/api/bookings/" + booking).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        s.owner().request().get("/api/me/time-off").then().statusCode(200).body("id", hasItem(id));
        s.owner().request().get("/api/me/time-off/" + id).then().statusCode(200).body("note", equalTo("Conference"));
        // A single slot on a day off is refused; elsewhere fine.
        s.owner().request().body(Map.of("startsAt", at(5, 15, 0).toString())).post("/api/specialists/" + s.id() + "/slots")
                .then().statusCode(409).contentType("application/problem+json").body("type", containsString("time-off"));
        s.owner().request().delete("/api/me/time-off/" + id).then().statusCode(204);
        s.owner().request().get("/api/me/time-off/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void time_off_is_refused_in_the_past_backwards_or_beyond_a_year_and_is_only_the_owners() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Dates"));
        LocalDate today = LocalDate.now(BERLIN);
        s.owner().request().body(Map.of("from", today.minusDays(1).toString(), "to", today.toString()))
                .post("/api/me/time-off").then().statusCode(400).body("errors[0].field", equalTo("from"));
        s.owner().request().body(Map.of("from", today.plusDays(3).toString(), "to", today.plusDays(2).toString()))
                .post("/api/me/time-off").then().statusCode(400).body("errors[0].field", equalTo("to"));
        s.owner().request().body(Map.of("from", today.plusDays(3).toString(), "to", today.plusDays(400).toString()))
                .post("/api/me/time-off").then().statusCode(400).body("errors[0].field", equalTo("to"));
        String id = s.owner().request().body(Map.of("from", today.plusDays(3).toString(), "to", today.plusDays(3).toString()))
                .post("/api/me/time-off").then().statusCode(201).extract().path("id");
        Specialists.Owned other = Specialists.published(Profiles.complete("Dr. Other"));
        other.owner().request().get("/api/me/time-off/" + id).then().statusCode(404);
        other.owner().request().delete("/api/me/time-off/" + id).then().statusCode(404);
        TestUser.client().request().get("/api/me/time-off").then().statusCode(404).contentType("application/problem+json");
        TestUser.anonymous().get("/api/me/time-off").then().statusCode(401);
        TestUser.anonymous().body(Map.of("from", today.plusDays(3).toString(), "to", today.plusDays(3).toString()))
                .post("/api/me/time-off").then().statusCode(401);
    }

    @Test
    void weekly_rules_and_their_preview_skip_days_off() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Rules"));
        LocalDate start = LocalDate.now(BERLIN).plusDays(7);
        LocalDate dayOff = start.plusDays(1);
        s.owner().request().body(Map.of("from", dayOff.toString(), "to", dayOff.toString())).post("/api/me/time-off")
                .then().statusCode(201);
        List<String> days = java.util.Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList();
        Map<String, Object> rule = Map.of("rule", Map.of("days", days, "startTime", "09:00", "endTime", "09:30",
                "fromDate", start.toString(), "toDate", start.plusDays(2).toString()));
        s.owner().request().body(rule).post("/api/specialists/" + s.id() + "/slots").then().statusCode(201)
                .body("created", hasSize(2)).body("skipped", hasSize(1)).body("skipped[0].reason", equalTo("time off"))
                .body("skipped[0].localStart", containsString(dayOff.toString()));
        // The page's preview says so too.
        WebSession page = WebSession.as(s.owner());
        page.post("/specialist/slots/rule", Map.of("days", dayOff.getDayOfWeek().name(), "startTime", "09:00", "endTime", "09:30",
                "fromDate", dayOff.toString(), "toDate", dayOff.plusDays(6).toString()))
                .then().statusCode(200).body(containsString("time off"));
    }

    @Test
    void slots_within_the_buffer_of_a_booking_are_not_bookable_nor_listed() {
        Specialists.Owned s = Specialists.published(Profiles.with(Profiles.complete("Dr. Buffer"), "bufferMinutes", 15));
        String before = Slots.offer(s, at(4, 9, 30));   // ends 10:00, right before the booking: inside the buffer
        String booked = Slots.offer(s, at(4, 10, 0));
        String after = Slots.offer(s, at(4, 10, 40));   // starts 10 min after the end: inside
        String later = Slots.offer(s, at(4, 11, 15));   // starts 45 min after the end: outside
        assertEquals(4, publicSlots(s).stream().filter(List.of(before, booked, after, later)::contains).count());
        book(TestUser.client(), booked, 201);
        List<String> visible = publicSlots(s);
        assertFalse(visible.contains(before));
        assertFalse(visible.contains(after));
        assertTrue(visible.contains(later));
        TestUser other = TestUser.client();
        other.request().body(Map.of("slotId", after, "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(409).contentType("application/problem+json").body("type", containsString("slot-unavailable"));
        book(other, later, 201);
        s.owner().request().get("/api/specialists/" + s.id()).then().body("bufferMinutes", equalTo(15));
        // Without a buffer the neighbours are bookable again.
        Map<String, Object> none = Profiles.with(Profiles.complete("Dr. Buffer"), "bufferMinutes", 0);
        s.owner().request().body(none).put("/api/specialists/" + s.id()).then().statusCode(204);
        assertTrue(publicSlots(s).contains(after));
        s.owner().request().body(Profiles.with(none, "bufferMinutes", 61)).put("/api/specialists/" + s.id())
                .then().statusCode(400).body("errors[0].field", equalTo("bufferMinutes"));
    }

    @Test
    void the_directory_follows_buffers() {
        Specialists.Owned s = Specialists.published(Profiles.with(Profiles.complete("Dr. Directory Buffer"), "bufferMinutes", 30));
        String booked = Slots.offer(s, at(3, 10, 0));
        String neighbour = Slots.offer(s, at(3, 10, 30));
        book(TestUser.client(), booked, 201);
        TestUser.anonymous().queryParam("q", "Directory Buffer").queryParam("freeConsultation", "true").get("/api/specialists")
                .then().statusCode(200).body("items.id", not(hasItem(s.id())));
        TestUser.anonymous().queryParam("q", "Directory Buffer").queryParam("waitlistOpen", "true").get("/api/specialists")
                .then().statusCode(200).body("items.id", hasItem(s.id()));
        assertFalse(publicSlots(s).contains(neighbour));
    }
}
