package org.firstsession.calendar;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.IcsTestServer;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Race;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * Issue #19, busy times in: a specialist's own calendars (ICS feeds from the local, allow-listed
 * {@link IcsTestServer}) keep the overlapping slots from clients, in the public list, the directory and
 * booking; failures keep the last good busy times; addresses that lead inside a network are refused; several
 * runs of the sync fetch a due calendar once.
 */
@QuarkusTest
class BusyCalendarTest {

    private static final String API = "/api/me/busy-calendars";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    BusyCalendarSync sync;

    @Inject
    EntityManager em;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    // --- the feed --------------------------------------------------------------------------------------

    private static final String VTIMEZONE_BERLIN = String.join("\r\n",
            "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE");

    private static String calendar(String... events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//FirstSession tests//EN\r\n" + VTIMEZONE_BERLIN + "\r\n"
                + String.join("", events) + "END:VCALENDAR\r\n";
    }

    private static String event(String uid, String... lines) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:Private matter of " + uid + "\r\n"
                + String.join("\r\n", lines) + "\r\nEND:VEVENT\r\n";
    }

    private static String berlin(LocalDate day, int hour, int minute) {
        return "TZID=Europe/Berlin:" + LOCAL.format(LocalDateTime.of(day, LocalTime.of(hour, minute)));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(BERLIN).toInstant();
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static String add(TestUser owner, String url, String label) {
        return owner.request().body(Map.of("url", url, "label", label)).post(API).then().statusCode(201)
                .header("Location", startsWith("http")).body("label", equalTo(label)).extract().path("id");
    }

    private void makeDue(String calendarId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE busy_calendar SET next_fetch_at = now() - interval '1 second' WHERE id = ?1")
                .setParameter(1, UUID.fromString(calendarId)).executeUpdate());
    }

    private static List<String> publicSlots(Specialists.Owned s) {
        Instant now = Instant.now();
        return TestUser.anonymous().queryParam("from", now.toString()).queryParam("to", now.plus(Duration.ofDays(30)).toString())
                .get("/api/specialists/" + s.id() + "/slots").then().statusCode(200).extract().path("items.id");
    }

    private static JsonPath mine(TestUser owner) {
        return owner.request().get(API).then().statusCode(200).extract().jsonPath();
    }

    private static String clashOf(Specialists.Owned s, String slotId) {
        Instant now = Instant.now();
        List<Map<String, Object>> items = s.owner().request().queryParam("from", now.toString())
                .queryParam("to", now.plus(Duration.ofDays(40)).toString()).get("/api/me/slots").then().statusCode(200)
                .extract().path("items");
        Map<String, Object> item = items.stream().filter(i -> slotId.equals(i.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("slot " + slotId + " not in my slots"));
        return (String) item.get("clashesWith");
    }

    private boolean inDirectoryCopy(String slotId) {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                "SELECT 1 FROM directory_open_slot WHERE slot_id = ?1").setParameter(1, UUID.fromString(slotId))
                .getResultList().isEmpty());
    }

    /** A past date, on the same weekday as {@code day}, whose Berlin UTC offset differs from {@code day}'s. */
    private static LocalDate otherSideOfADstChange(LocalDate day) {
        for (LocalDate d = day.minusWeeks(1); ; d = d.minusWeeks(1)) {
            if (!BERLIN.getRules().getOffset(LocalDateTime.of(d, LocalTime.NOON))
                    .equals(BERLIN.getRules().getOffset(LocalDateTime.of(day, LocalTime.NOON)))) {
                return d;
            }
        }
    }

    // --- tests -----------------------------------------------------------------------------------------

    @Test
    void busy_times_of_the_feed_take_exactly_the_overlapping_slots_out_of_the_list_the_directory_and_booking() {
        String city = "Busyville-" + UUID.randomUUID().toString().substring(0, 8);
        Specialists.Owned s = Specialists.published(Profiles.with(Profiles.complete("Dr. Busy"), "city", city));
        LocalDate d1 = LocalDate.now(BERLIN).plusDays(5);
        LocalDate dstDay = d1.plusDays(1);
        LocalDate dstSeriesStart = otherSideOfADstChange(dstDay);
        LocalDate allDay = d1.plusDays(3);
        LocalDate other = d1.plusDays(4);

        // Weekly at 14:00-15:00 Berlin, 4 times: the 2nd excluded (EXDATE), the 3rd moved to the next day at 16:00.
        String weekly = event("weekly", "DTSTART;" + berlin(d1, 14, 0), "DTEND;" + berlin(d1, 15, 0),
                "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;" + berlin(d1.plusWeeks(1), 14, 0));
        String moved = event("weekly", "RECURRENCE-ID;" + berlin(d1.plusWeeks(2), 14, 0),
                "DTSTART;" + berlin(d1.plusWeeks(2).plusDays(1), 16, 0), "DTEND;" + berlin(d1.plusWeeks(2).plusDays(1), 17, 0));
        // Weekly at 09:00 Berlin since before the last (or next) change of the clocks: still 09:00 local after it.
        String acrossDst = event("dst", "DTSTART;" + berlin(dstSeriesStart, 9, 0), "DTEND;" + berlin(dstSeriesStart, 10, 0),
                "RRULE:FREQ=WEEKLY");
        String holiday = event("holiday", "DTSTART;VALUE=DATE:" + DATE.format(allDay),
                "DTEND;VALUE=DATE:" + DATE.format(allDay.plusDays(1)));
        String free = event("free", "DTSTART;" + berlin(other, 10, 0), "DTEND;" + berlin(other, 11, 0), "TRANSP:TRANSPARENT");
        String cancelled = event("cancelled", "DTSTART;" + berlin(other, 12, 0), "DTEND;" + berlin(other, 13, 0),
                "STATUS:CANCELLED");
        String path = "/cal/" + UUID.randomUUID() + ".ics";
        IcsTestServer.serve(path, calendar(weekly, moved, acrossDst, holiday, free, cancelled));

        Map<String, Instant> starts = new LinkedHashMap<>();
        starts.put("weekly1", at(d1, 14, 15));
        starts.put("afterWeekly1", at(d1, 15, 0));
        starts.put("excluded", at(d1.plusWeeks(1), 14, 0));
        starts.put("movedAway", at(d1.plusWeeks(2), 14, 0));
        starts.put("movedTo", at(d1.plusWeeks(2).plusDays(1), 16, 0));
        starts.put("weekly4", at(d1.plusWeeks(3), 14, 0));
        starts.put("dstLocal", at(dstDay, 9, 0));
        // Where a series kept in UTC (no time zone rules) would wrongly put it: an hour off.
        starts.put("dstNaive", LocalDateTime.of(dstSeriesStart, LocalTime.of(9, 0)).atZone(BERLIN).toInstant()
                .plus(Duration.ofDays(dstDay.toEpochDay() - dstSeriesStart.toEpochDay())));
        starts.put("allDayMorning", at(allDay, 8, 0));
        starts.put("allDayLate", at(allDay, 23, 30));
        starts.put("dayAfter", at(allDay.plusDays(1), 0, 0));
        starts.put("transparent", at(other, 10, 0));
        starts.put("cancelled", at(other, 12, 0));
        assertNotEquals(starts.get("dstLocal"), starts.get("dstNaive"));
        Map<String, String> slot = new LinkedHashMap<>();
        starts.forEach((name, start) -> slot.put(name, Slots.offer(s, start)));
        List<String> blocked = List.of("weekly1", "movedTo", "weekly4", "dstLocal", "allDayMorning", "allDayLate");

        Instant nextBefore = Instant.parse(TestUser.anonymous().queryParam("city", city).get("/api/specialists").then()
                .statusCode(200).extract().path("items[0].nextFreeSlot"));
        assertEquals(starts.get("weekly1"), nextBefore);

        String calendarId = add(s.owner(), IcsTestServer.url(path), "Practice Outlook");
        assertEquals(13, publicSlots(s).size(), "nothing is blocked before the first fetch");
        sync.syncDue();
        assertEquals(1, IcsTestServer.hits(path));

        JsonPath status = mine(s.owner());
        assertEquals(calendarId, status.getString("[0].id"));
        assertEquals("http://127.0.0.1/\u2026", status.getString("[0].maskedUrl"));
        assertTrue(status.getString("[0].lastSuccessAt") != null);
        assertEquals(null, status.getString("[0].lastError"));
        assertFalse(status.getBoolean("[0].failing"));
        assertTrue(status.getInt("[0].busyIntervals") >= 6, status.prettyPrint());
        String raw = s.owner().request().get(API).asString();
        assertFalse(raw.contains(path), "the address is a secret: never shown again in full");
        assertFalse(raw.contains("Private matter"), "no titles are kept");

        List<String> open = publicSlots(s);
        for (String name : slot.keySet()) {
            assertEquals(!blocked.contains(name), open.contains(slot.get(name)), name + " offered to clients");
            assertEquals(!blocked.contains(name), inDirectoryCopy(slot.get(name)), name + " in the directory's copy");
            assertEquals(blocked.contains(name) ? "Practice Outlook" : null, clashOf(s, slot.get(name)), name + " clashesWith");
        }
        assertEquals(starts.get("afterWeekly1"), Instant.parse(TestUser.anonymous().queryParam("city", city)
                .get("/api/specialists").then().statusCode(200).extract().path("items[0].nextFreeSlot")));

        // Booking or moving onto a busy time: 409 slot-unavailable; a free slot next to it books.
        TestUser client = TestUser.client();
        client.request().body(Map.of("slotId", slot.get("dstLocal"), "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://firstsession.org/problems/slot-unavailable"));
        String booking = client.request().body(Map.of("slotId", slot.get("excluded"), "consentVersion", "2026-11"))
                .post("/api/bookings").then().statusCode(201).extract().path("id");
        client.request().body(Map.of("slotId", slot.get("movedTo"))).post("/api/bookings/" + booking + "/reschedule")
                .then().statusCode(409).body("type", equalTo("https://firstsession.org/problems/slot-unavailable"));
        client.request().body(Map.of("slotId", slot.get("movedAway"))).post("/api/bookings/" + booking + "/reschedule")
                .then().statusCode(200);

        // Removing the calendar offers its slots again.
        s.owner().request().delete(API + "/" + calendarId).then().statusCode(204);
        assertTrue(publicSlots(s).contains(slot.get("dstLocal")));
        assertTrue(inDirectoryCopy(slot.get("allDayMorning")));
        assertEquals(null, clashOf(s, slot.get("weekly1")));
        assertEquals(0, mine(s.owner()).getList("$").size());
    }

    @Test
    void a_failing_or_unreadable_feed_keeps_the_last_good_busy_times_and_shows_the_error() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Flaky"));
        LocalDate day = LocalDate.now(BERLIN).plusDays(4);
        String slot = Slots.offer(s, at(day, 10, 0));
        String path = "/cal/" + UUID.randomUUID() + ".ics";
        IcsTestServer.serve(path, calendar(event("one", "DTSTART;" + berlin(day, 9, 30), "DTEND;" + berlin(day, 11, 0))));
        String id = add(s.owner(), IcsTestServer.url(path), "Home");
        sync.syncDue();
        assertFalse(publicSlots(s).contains(slot));
        String firstSuccess = mine(s.owner()).getString("[0].lastSuccessAt");

        record Failure(IcsTestServer.Answer answer, String message) {
        }
        List<Failure> failures = new ArrayList<>();
        failures.add(new Failure(new IcsTestServer.Answer(500, "oops".getBytes(StandardCharsets.UTF_8), Duration.ZERO, null),
                "The calendar's server answered HTTP 500."));
        failures.add(new Failure(new IcsTestServer.Answer(200, "<html>Sign in</html>".getBytes(StandardCharsets.UTF_8),
                Duration.ZERO, null), "The address did not answer with a readable iCalendar (.ics) file."));
        failures.add(new Failure(new IcsTestServer.Answer(200, new byte[3 * 1024 * 1024], Duration.ZERO, null),
                "The calendar is larger than 2 MB."));
        failures.add(new Failure(new IcsTestServer.Answer(200, "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(4), null), "The calendar's server did not answer in time."));
        failures.add(new Failure(new IcsTestServer.Answer(302, new byte[0], Duration.ZERO, "https://10.0.0.1/cal.ics"),
                "The address leads to a private, local or reserved network address; it is not fetched."));
        for (Failure failure : failures) {
            IcsTestServer.serve(path, failure.answer());
            makeDue(id);
            sync.syncDue();
            JsonPath status = mine(s.owner());
            assertEquals(failure.message(), status.getString("[0].lastError"));
            assertTrue(status.getBoolean("[0].failing"));
            assertTrue(status.getString("[0].lastErrorAt") != null);
            assertEquals(firstSuccess, status.getString("[0].lastSuccessAt"));
            assertEquals(1, status.getInt("[0].busyIntervals"));
            assertFalse(publicSlots(s).contains(slot), "the last good busy times stay in force");
        }

        // The last error is stored as its message key, so each reader gets it in their language.
        assertEquals("L’adresse mène à une adresse réseau privée, locale ou réservée ; elle n’est pas consultée.",
                s.owner().request().header("Accept-Language", "fr").get(API).then().statusCode(200)
                        .extract().jsonPath().getString("[0].lastError"));

        // A good answer again: the new busy times replace the old ones at once.
        IcsTestServer.serve(path, calendar(event("one", "DTSTART;" + berlin(day, 12, 0), "DTEND;" + berlin(day, 13, 0))));
        makeDue(id);
        sync.syncDue();
        assertFalse(mine(s.owner()).getBoolean("[0].failing"));
        assertTrue(publicSlots(s).contains(slot));
    }

    @Test
    void addresses_that_lead_inside_a_network_or_are_not_https_are_refused() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Careful"));
        Map<String, Integer> refused = new LinkedHashMap<>();
        refused.put("http://calendar.example.org/basic.ics", 400);
        refused.put("ftp://calendar.example.org/basic.ics", 400);
        refused.put("not an address", 400);
        refused.put("https://user:secret@calendar.example.org/basic.ics", 400);
        refused.put("http://127.0.0.1:" + (IcsTestServer.port() == 65535 ? 1 : IcsTestServer.port() + 1) + "/cal.ics", 400);
        refused.put("https://127.0.0.1/cal.ics", 422);
        refused.put("https://10.1.2.3/cal.ics", 422);
        refused.put("https://192.168.0.10/cal.ics", 422);
        refused.put("https://169.254.169.254/latest/meta-data", 422);
        refused.put("https://[::1]/cal.ics", 422);
        refused.put("https://[fd00::1]/cal.ics", 422);
        refused.put("https://[::ffff:10.0.0.1]/cal.ics", 422);
        refused.put("webcal://localhost/cal.ics", 422);
        refused.forEach((url, status) -> s.owner().request().body(Map.of("url", url, "label", "Work")).post(API).then()
                .statusCode(status).contentType("application/problem+json").body("errors.field", hasItem("url"))
                .body("type", equalTo(status == 400 ? "https://firstsession.org/problems/validation"
                        : "https://firstsession.org/problems/calendar-address-not-allowed")));
        s.owner().request().body(Map.of("url", IcsTestServer.url("/x.ics"), "label", " ")).post(API).then().statusCode(400)
                .body("errors.field", hasItem("label"));
        s.owner().request().body(Map.of("label", "Work")).post(API).then().statusCode(400).body("errors.field", hasItem("url"));
        s.owner().request().body("{\"url\": 5,").post(API).then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, mine(s.owner()).getList("$").size());
    }

    @Test
    void a_specialist_has_at_most_three_busy_calendars() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Three"));
        for (int i = 1; i <= 3; i++) {
            add(s.owner(), IcsTestServer.url("/cal/three-" + i + ".ics"), "Calendar " + i);
        }
        s.owner().request().body(Map.of("url", IcsTestServer.url("/cal/three-4.ics"), "label", "Calendar 4")).post(API)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://firstsession.org/problems/busy-calendar-limit"));
        assertEquals(3, mine(s.owner()).getList("$").size());
    }

    @Test
    void only_the_owner_sees_and_removes_a_busy_calendar() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Owner"));
        Specialists.Owned other = Specialists.published(Profiles.complete("Dr. Other"));
        String id = add(s.owner(), IcsTestServer.url("/cal/owned.ics"), "Mine");

        TestUser.anonymous().get(API).then().statusCode(401).contentType("application/problem+json");
        TestUser.anonymous().body(Map.of("url", IcsTestServer.url("/cal/a.ics"), "label", "x")).post(API).then().statusCode(401);
        TestUser.anonymous().delete(API + "/" + id).then().statusCode(401);
        TestUser client = TestUser.client();
        client.request().get(API).then().statusCode(403).body("type", equalTo("https://firstsession.org/problems/not-a-specialist"));
        client.request().body(Map.of("url", IcsTestServer.url("/cal/a.ics"), "label", "x")).post(API).then().statusCode(403);
        client.request().delete(API + "/" + id).then().statusCode(403);
        other.owner().request().get(API).then().statusCode(200).body("$", hasSize(0));
        other.owner().request().delete(API + "/" + id).then().statusCode(404).contentType("application/problem+json");
        s.owner().request().delete(API + "/not-a-uuid").then().statusCode(lessThan(500)).contentType("application/problem+json");
        s.owner().request().get(API).then().statusCode(200).body("id", hasItem(id)).body("[0].url", nullValue());
        s.owner().request().delete(API + "/" + id).then().statusCode(204);
        s.owner().request().delete(API + "/" + id).then().statusCode(404);
    }

    @Test
    void two_runs_racing_for_a_due_calendar_fetch_it_once_per_interval() throws Exception {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Once"));
        String path = "/cal/" + UUID.randomUUID() + ".ics";
        // A slow answer keeps the first fetch in flight while the second run looks for due calendars.
        IcsTestServer.serve(path, new IcsTestServer.Answer(200, calendar().getBytes(StandardCharsets.UTF_8),
                Duration.ofMillis(500), null));
        String id = add(s.owner(), IcsTestServer.url(path), "Shared");
        List<Callable<Integer>> runs = List.of(sync::syncDue, sync::syncDue, sync::syncDue);
        Race.all(runs);
        assertEquals(1, IcsTestServer.hits(path), "three instances racing, one fetch");
        sync.syncDue();
        assertEquals(1, IcsTestServer.hits(path), "not due again within the interval");
        String next = mine(s.owner()).getString("[0].nextFetchAt");
        assertTrue(Instant.parse(next).isAfter(Instant.now().plus(Duration.ofMinutes(9))), next);
        makeDue(id);
        Race.all(runs);
        assertEquals(2, IcsTestServer.hits(path), "due again: fetched once more");
    }

    @Test
    void export_lists_labels_and_masked_addresses_and_erasure_deletes_the_calendars() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Leaving"));
        String path = "/cal/" + UUID.randomUUID() + ".ics";
        add(s.owner(), IcsTestServer.url(path), "Clinic calendar");
        String export = s.owner().request().get("/api/me/export").then().statusCode(200)
                .body("busyCalendars", hasSize(1)).body("busyCalendars[0].label", equalTo("Clinic calendar"))
                .body("busyCalendars[0].maskedUrl", equalTo("http://127.0.0.1/\u2026")).extract().asString();
        assertFalse(export.contains(path));
        s.owner().request().body(Map.of("confirm", "DELETE MY ACCOUNT")).delete("/api/me").then().statusCode(204);
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM busy_calendar WHERE specialist_id = ?1").setParameter(1, UUID.fromString(s.id()))
                .getSingleResult()).longValue());
        assertEquals(0, left);
        TestUser.client().request().get("/api/me/export").then().statusCode(200).body("busyCalendars", nullValue());
    }

    @Test
    void the_address_is_stored_encrypted() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Sealed"));
        String path = "/cal/" + UUID.randomUUID() + ".ics";
        String id = add(s.owner(), IcsTestServer.url(path), "Sealed");
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT url FROM busy_calendar WHERE id = ?1").setParameter(1, UUID.fromString(id)).getSingleResult());
        assertTrue(stored.startsWith("v2:"), "sealed with FieldCipher");
        assertFalse(stored.contains(path));
        s.owner().request().delete(API + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("detail", notNullValue());
    }
}
