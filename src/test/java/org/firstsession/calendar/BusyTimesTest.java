package org.firstsession.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.firstsession.shared.error.ProblemException;
import org.junit.jupiter.api.Test;

/** Plain JUnit: the feed reader and the address rules, without the app. */
class BusyTimesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant FROM = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    private static String ics(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n" + String.join("\r\n", lines) + "\r\nEND:VCALENDAR\r\n";
    }

    private static BusyTimes.Interval berlin(String start, String end) {
        return new BusyTimes.Interval(LocalDateTime.parse(start).atZone(BERLIN).toInstant(),
                LocalDateTime.parse(end).atZone(BERLIN).toInstant());
    }

    @Test
    void a_weekly_series_keeps_its_local_time_across_the_october_change_of_the_clocks() throws Exception {
        List<BusyTimes.Interval> busy = BusyTimes.parse(ics("BEGIN:VEVENT", "UID:w", "DTSTAMP:20261001T000000Z",
                "DTSTART;TZID=Europe/Berlin:20261019T090000", "DTEND;TZID=Europe/Berlin:20261019T100000",
                "RRULE:FREQ=WEEKLY;COUNT=3", "END:VEVENT"), ZoneId.of("UTC"), FROM, TO);
        assertEquals(List.of(berlin("2026-10-19T09:00", "2026-10-19T10:00"), berlin("2026-10-26T09:00", "2026-10-26T10:00"),
                berlin("2026-11-02T09:00", "2026-11-02T10:00")), busy);
        assertEquals(Instant.parse("2026-10-19T07:00:00Z"), busy.get(0).start());
        assertEquals(Instant.parse("2026-10-26T08:00:00Z"), busy.get(1).start());
    }

    @Test
    void exceptions_moves_cancelled_occurrences_rdates_durations_and_floating_times() throws Exception {
        List<BusyTimes.Interval> busy = BusyTimes.parse(ics(
                "BEGIN:VEVENT", "UID:s", "DTSTAMP:20261001T000000Z", "DTSTART:20261102T100000Z", "DURATION:PT1H",
                "RRULE:FREQ=DAILY;COUNT=5", "EXDATE:20261103T100000Z", "RDATE:20261120T100000Z", "END:VEVENT",
                "BEGIN:VEVENT", "UID:s", "DTSTAMP:20261001T000000Z", "RECURRENCE-ID:20261104T100000Z",
                "DTSTART:20261104T150000Z", "DTEND:20261104T153000Z", "END:VEVENT",
                "BEGIN:VEVENT", "UID:s", "DTSTAMP:20261001T000000Z", "RECURRENCE-ID:20261105T100000Z",
                "DTSTART:20261105T100000Z", "DTEND:20261105T110000Z", "STATUS:CANCELLED", "END:VEVENT",
                "BEGIN:VEVENT", "UID:f", "DTSTAMP:20261001T000000Z", "DTSTART:20261210T080000", "DTEND:20261210T083000",
                "END:VEVENT"), BERLIN, FROM, TO);
        assertEquals(List.of(
                new BusyTimes.Interval(Instant.parse("2026-11-02T10:00:00Z"), Instant.parse("2026-11-02T11:00:00Z")),
                new BusyTimes.Interval(Instant.parse("2026-11-04T15:00:00Z"), Instant.parse("2026-11-04T15:30:00Z")),
                new BusyTimes.Interval(Instant.parse("2026-11-06T10:00:00Z"), Instant.parse("2026-11-06T11:00:00Z")),
                new BusyTimes.Interval(Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-20T11:00:00Z")),
                berlin("2026-12-10T08:00", "2026-12-10T08:30")), busy);
    }

    @Test
    void all_day_events_block_whole_local_days_and_touching_times_merge() throws Exception {
        List<BusyTimes.Interval> busy = BusyTimes.parse(ics(
                "BEGIN:VEVENT", "UID:a", "DTSTAMP:20261001T000000Z", "DTSTART;VALUE=DATE:20261203", "END:VEVENT",
                "BEGIN:VEVENT", "UID:b", "DTSTAMP:20261001T000000Z", "DTSTART;VALUE=DATE:20261204",
                "DTEND;VALUE=DATE:20261206", "END:VEVENT",
                "BEGIN:VEVENT", "UID:c", "DTSTAMP:20261001T000000Z", "DTSTART:20261207T090000Z", "DTEND:20261207T100000Z",
                "TRANSP:TRANSPARENT", "END:VEVENT"), BERLIN, FROM, TO);
        assertEquals(List.of(berlin("2026-12-03T00:00", "2026-12-06T00:00")), busy);
    }

    @Test
    void only_intervals_that_reach_into_the_window_are_kept() throws Exception {
        List<BusyTimes.Interval> busy = BusyTimes.parse(ics("BEGIN:VEVENT", "UID:d", "DTSTAMP:20261001T000000Z",
                "DTSTART:20200106T090000Z", "DTEND:20200106T100000Z", "RRULE:FREQ=WEEKLY", "END:VEVENT"), BERLIN,
                Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-15T00:00:00Z"));
        assertEquals(3, busy.size(), busy.toString());
        assertEquals(Instant.parse("2026-11-30T09:00:00Z"), busy.get(0).start());
    }

    @Test
    void garbage_minutely_rules_and_huge_calendars_are_errors_not_exceptions() {
        for (String bad : List.of("", "garbage", "<html><body>Sign in</body></html>", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n")) {
            assertThrows(BusyTimes.UnreadableFeedException.class, () -> BusyTimes.parse(bad, BERLIN, FROM, TO), bad);
        }
        assertThrows(BusyTimes.UnreadableFeedException.class, () -> BusyTimes.parse(ics("BEGIN:VEVENT", "UID:m",
                "DTSTAMP:20261001T000000Z", "DTSTART:20261102T100000Z", "DTEND:20261102T100030Z", "RRULE:FREQ=MINUTELY",
                "END:VEVENT"), BERLIN, FROM, TO));
        assertThrows(BusyTimes.UnreadableFeedException.class, () -> BusyTimes.parse(ics("BEGIN:VEVENT", "UID:h",
                "DTSTAMP:20261001T000000Z", "DTSTART:20261001T100000Z", "DTEND:20261001T101500Z", "RRULE:FREQ=HOURLY;INTERVAL=1",
                "END:VEVENT"), BERLIN, FROM, Instant.parse("2027-06-01T00:00:00Z")));
    }

    @Test
    void only_public_addresses_are_fetched() throws Exception {
        for (String refused : List.of("127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1",
                "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd12:3456::1", "::ffff:192.168.0.1",
                "64:ff9b::a00:1", "2002:a00:1::1", "2001:db8::1")) {
            assertFalse(FeedAddress.isPublic(InetAddress.getByName(refused)), refused);
        }
        for (String allowed : List.of("8.8.8.8", "142.250.74.46", "2a00:1450:4001:82a::200e", "64:ff9b::808:808")) {
            assertTrue(FeedAddress.isPublic(InetAddress.getByName(allowed)), allowed);
        }
    }

    @Test
    void addresses_are_parsed_strictly() {
        FeedAddress webcal = FeedAddress.parse("webcal://calendar.example.org/ical/abc/basic.ics?x=1", List.of());
        assertTrue(webcal.tls());
        assertEquals(443, webcal.port());
        assertEquals("/ical/abc/basic.ics?x=1", webcal.pathAndQuery());
        assertFalse(FeedAddress.parse("http://127.0.0.1:8081/a.ics", List.of("127.0.0.1:8081")).tls());
        for (String bad : List.of("http://calendar.example.org/a.ics", "ftp://x/a", "https://u:p@x.org/a", "https:///a",
                "mailto:a@b.c", "a b", "https://[::1/a")) {
            assertThrows(ProblemException.class, () -> FeedAddress.parse(bad, List.of()), bad);
        }
        assertEquals("https://calendar.example.org/\u2026", BusyCalendarService.mask("https://calendar.example.org/secret/basic.ics"));
    }
}
