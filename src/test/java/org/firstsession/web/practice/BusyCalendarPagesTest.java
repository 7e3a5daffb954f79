package org.firstsession.web.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.firstsession.calendar.BusyCalendarSync;
import org.firstsession.testsupport.IcsTestServer;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** {@code /specialist/calendars}: add, see the state of, and remove busy calendars; the slots page marks clashes. */
@QuarkusTest
class BusyCalendarPagesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    BusyCalendarSync sync;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    @Test
    void a_specialist_adds_a_calendar_sees_its_state_and_the_clash_and_removes_it() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Page Busy Person"));
        LocalDate day = LocalDate.now(BERLIN).plusDays(6);
        Slots.offer(s, LocalDateTime.of(day, LocalTime.of(10, 0)).atZone(BERLIN).toInstant());
        String path = "/cal/" + UUID.randomUUID() + ".ics";
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd").format(day);
        IcsTestServer.serve(path, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:p1\r\n"
                + "DTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:" + stamp + "\r\nSUMMARY:Holiday\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        WebSession web = WebSession.as(s.owner());

        Document empty = web.page("/specialist/calendars");
        assertNotNull(empty.selectFirst("nav[aria-label=Specialist] a[href='/specialist/calendars'][aria-current=page]"));
        assertNotNull(empty.selectFirst("form#calendar-form input[name=_csrf]"));
        assertTrue(empty.text().contains("No calendars yet."));

        Response refused = web.post("/specialist/calendars", Map.of("url", "https://10.0.0.7/cal.ics", "label", "Office"));
        assertEquals(422, refused.statusCode());
        assertTrue(html(refused).selectFirst("#url-error").text().contains("private"), refused.asString());
        Response blank = web.post("/specialist/calendars", Map.of("url", "", "label", ""));
        assertEquals(400, blank.statusCode());
        assertNotNull(html(blank).selectFirst("#label-error"));
        assertEquals(403, web.postRaw("/specialist/calendars", Map.of("url", IcsTestServer.url(path), "label", "Home"),
                web.origin()).statusCode(), "no CSRF token");

        Response added = web.post("/specialist/calendars", Map.of("url", IcsTestServer.url(path), "label", "Home"));
        assertEquals(303, added.statusCode());
        sync.syncDue();
        Document listed = web.page("/specialist/calendars?done=added");
        String text = listed.select("#my-calendars").text();
        assertTrue(text.contains("Home") && text.contains("http://127.0.0.1/\u2026") && text.contains("Busy times 1"), text);
        assertFalse(listed.html().contains(path), "the address is never shown in full");
        assertTrue(web.page("/specialist/slots").select("#my-slots").text().contains("Clashes with Home"));

        String removeAction = listed.selectFirst("#my-calendars form").attr("action");
        assertEquals(404, WebSession.as(Specialists.published(Profiles.complete("Someone Else")).owner())
                .post(removeAction, Map.of()).statusCode());
        assertEquals(303, web.post(removeAction, Map.of()).statusCode());
        assertTrue(web.page("/specialist/calendars").text().contains("No calendars yet."));
        assertFalse(web.page("/specialist/slots").select("#my-slots").text().contains("Clashes with"));
    }
}
