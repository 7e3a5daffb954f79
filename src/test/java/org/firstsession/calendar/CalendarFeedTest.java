package org.firstsession.calendar;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.notification.Ics;
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
import io.vertx.ext.mail.MailMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Issue #19: the specialist's private calendar feed out. */
@QuarkusTest
class CalendarFeedTest {

    private static final String FEED = "/api/me/calendar-feed";

    @Inject
    MockMailbox mailbox;

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

    /** The path of a feed URL (the test talks to the app, whatever PUBLIC_BASE_URL says). */
    private static String path(String url) {
        return url.substring(url.indexOf("/calendar/"));
    }

    private static Calendar fetch(String url) {
        String ics = TestUser.anonymous().accept("text/calendar").get(path(url)).then().statusCode(200)
                .contentType(startsWith("text/calendar")).header("Cache-Control", startsWith("private"))
                .extract().asString();
        return Ics.parse(ics);
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        Map<String, VEvent> events = new HashMap<>();
        for (VEvent e : calendar.<VEvent>getComponents(Component.VEVENT)) {
            events.put(e.getProperty(Property.UID).orElseThrow().getValue(), e);
        }
        return events;
    }

    private static String prop(Component c, String name) {
        return c.getProperty(name).map(Property::getValue).orElse(null);
    }

    /** The newest invite emailed to an address for a booking. */
    private Calendar lastInvite(String address, String booking, int expectedMails) {
        await().atMost(Duration.ofSeconds(15)).until(() -> mailbox.getMailMessagesSentTo(address).stream()
                .filter(m -> m.getHeaders().get("Message-ID").contains(booking)).count() >= expectedMails);
        List<MailMessage> mails = mailbox.getMailMessagesSentTo(address).stream()
                .filter(m -> m.getHeaders().get("Message-ID").contains(booking)).toList();
        MailMessage last = mails.get(mails.size() - 1);
        return Ics.parse(last.getAttachment().get(0).getData().toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_feed_serves_the_consultations_with_the_invites_uid_and_sequence_and_no_client_name() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Feed"));
        TestUser alice = TestUser.client();
        TestUser bob = TestUser.client();
        TestUser carol = TestUser.client();
        String upcoming = book(alice, Slots.offer(s, inDays(3, 9)));
        String moved = book(bob, Slots.offer(s, inDays(3, 11)));
        bob.request().body(Map.of("slotId", Slots.offer(s, inDays(4, 11)))).post("/api/bookings/" + moved + "/reschedule")
                .then().statusCode(200);
        String cancelled = book(carol, Slots.offer(s, inDays(5, 9)));
        carol.request().body(Map.of()).post("/api/bookings/" + cancelled + "/cancel").then().statusCode(200);
        String other = book(TestUser.client(), Slots.offer(Specialists.published(Profiles.complete("Dr. Else")), inDays(3, 9)));

        String url = s.owner().request().get(FEED).then().statusCode(200)
                .body("url", matchesPattern("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics"))
                .body("webcalUrl", startsWith("webcal://localhost:8080/calendar/"))
                .body("includeClientNames", equalTo(false)).extract().path("url");
        s.owner().request().get(FEED).then().statusCode(200).body("url", nullValue())
                .body("includeClientNames", equalTo(false));

        Calendar feed = fetch(url);
        assertEquals("PUBLISH", feed.getProperty(Property.METHOD).orElseThrow().getValue());
        Map<String, VEvent> events = byUid(feed);
        assertEquals(3, events.size(), events.keySet().toString());
        assertFalse(events.keySet().stream().anyMatch(uid -> uid.contains(other)), "only my own consultations");
        for (String[] b : new String[][] { { upcoming, "1" }, { moved, "2" }, { cancelled, "2" } }) {
            Calendar invite = lastInvite(s.owner().email(), b[0], Integer.parseInt(b[1]));
            VEvent emailed = invite.<VEvent>getComponent(Component.VEVENT).orElseThrow();
            VEvent published = events.get(prop(emailed, Property.UID));
            assertTrue(published != null, "the feed has the emailed UID " + prop(emailed, Property.UID));
            assertEquals(prop(emailed, Property.SEQUENCE), prop(published, Property.SEQUENCE));
            assertEquals(prop(emailed, Property.DTSTART), prop(published, Property.DTSTART));
        }
        assertEquals("1", prop(events.get("booking-" + moved + "@firstsession.local"), Property.SEQUENCE));
        assertEquals("CANCELLED", prop(events.get("booking-" + cancelled + "@firstsession.local"), Property.STATUS));
        String text = feed.toString();
        for (TestUser client : List.of(alice, bob, carol)) {
            assertFalse(text.contains(client.name()), "no client name unless chosen");
            assertFalse(text.contains(client.email()), "nobody's address");
        }
        String room = alice.request().get("/api/bookings/" + upcoming).then().extract().path("meetingUrl");
        assertEquals(room, prop(events.get("booking-" + upcoming + "@firstsession.local"), Property.LOCATION));

        s.owner().request().body(Map.of("includeClientNames", true)).put(FEED).then().statusCode(200)
                .body("includeClientNames", equalTo(true)).body("url", nullValue());
        assertTrue(fetch(url).toString().contains(alice.name()), "names once the specialist opts in");
    }

    @Test
    void rotating_kills_the_old_address_and_deleting_ends_the_feed() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Rotate"));
        String first = s.owner().request().get(FEED).then().statusCode(200).extract().path("url");
        assertTrue(TestUser.anonymous().accept("text/calendar").get(path(first)).then().statusCode(200).extract().asString()
                .contains("METHOD:PUBLISH"), "an empty feed is still a feed");
        String second = s.owner().request().post(FEED + "/rotate").then().statusCode(200)
                .body("url", startsWith("http://localhost:8080/calendar/")).extract().path("url");
        assertFalse(first.equals(second));
        TestUser.anonymous().accept("text/calendar").get(path(first)).then().statusCode(404);
        fetch(second);
        String secret = second.substring(second.lastIndexOf('/') + 1, second.length() - 4);
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM calendar_feed WHERE secret_hash LIKE ?1").setParameter(1, "%" + secret + "%")
                .getSingleResult()).longValue());
        assertEquals(0, stored, "only a hash of the secret is stored");

        s.owner().request().delete(FEED).then().statusCode(204);
        TestUser.anonymous().accept("text/calendar").get(path(second)).then().statusCode(404);
        s.owner().request().delete(FEED).then().statusCode(404).contentType("application/problem+json");
        s.owner().request().post(FEED + "/rotate").then().statusCode(404);
        s.owner().request().body(Map.of("includeClientNames", true)).put(FEED).then().statusCode(404);
    }

    @Test
    void only_specialists_have_a_feed_and_only_their_own() {
        TestUser client = TestUser.client();
        client.request().get(FEED).then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/not-a-specialist"));
        client.request().post(FEED + "/rotate").then().statusCode(403);
        client.request().body(Map.of("includeClientNames", true)).put(FEED).then().statusCode(403);
        client.request().delete(FEED).then().statusCode(403);
        TestUser.anonymous().get(FEED).then().statusCode(401);
        TestUser.anonymous().post(FEED + "/rotate").then().statusCode(401);
        TestUser.anonymous().delete(FEED).then().statusCode(401);
        TestUser.anonymous().contentType("application/json").body("{\"includeClientNames\":true}").put(FEED)
                .then().statusCode(401);

        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Settings"));
        s.owner().request().get(FEED).then().statusCode(200);
        s.owner().request().body(Map.of()).put(FEED).then().statusCode(400).contentType("application/problem+json");

        TestUser.anonymous().accept("text/calendar").get("/calendar/" + "A".repeat(43) + ".ics").then().statusCode(404);
        TestUser.anonymous().accept("*/*").get("/calendar/not-a-secret.ics").then().statusCode(404);
    }
}
