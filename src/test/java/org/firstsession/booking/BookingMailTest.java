package org.firstsession.booking;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.notification.Ics;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.mail.MailMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;

/** The booking emails as the recipients get them (through the outbox relay into the mock mailbox). */
@QuarkusTest
class BookingMailTest {

    private static final String NOTE = "I have panic attacks at night";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    @Inject
    ReminderJob reminders;

    private static Instant inDays(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    private List<MailMessage> mailsTo(String address, int expected) {
        await().atMost(Duration.ofSeconds(15)).until(() -> mailbox.getMailMessagesSentTo(address).size() >= expected);
        List<MailMessage> mails = mailbox.getMailMessagesSentTo(address);
        assertEquals(expected, mails.size(), "emails to the recipient");
        return mails;
    }

    private static Calendar invite(MailMessage mail) {
        assertEquals(1, mail.getAttachment().size());
        assertTrue(mail.getAttachment().get(0).getContentType().startsWith("text/calendar"));
        return Ics.parse(mail.getAttachment().get(0).getData().toString(StandardCharsets.UTF_8));
    }

    private static String prop(Calendar calendar, String name) {
        Component event = calendar.getComponent(Component.VEVENT).orElseThrow();
        return event.getProperty(name).orElseThrow().getValue();
    }

    @Test
    void booking_mails_both_sides_in_their_own_time_zones_with_an_invite() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Mail"));
        Instant start = inDays(3, 9);
        String slot = Slots.offer(s, start);
        TestUser client = TestUser.client();
        client.request().body(Map.of("timeZone", "Asia/Tokyo")).put("/api/me").then().statusCode(204);
        String booking = client.request().body(Map.of("slotId", slot, "note", NOTE, "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201).extract().path("id");

        MailMessage toClient = mailsTo(client.email(), 1).get(0);
        MailMessage toSpecialist = mailsTo(s.owner().email(), 1).get(0);

        String tokyo = start.atZone(ZoneId.of("Asia/Tokyo")).format(WHEN) + " (Asia/Tokyo)";
        String berlin = start.atZone(ZoneId.of("Europe/Berlin")).format(WHEN) + " (Europe/Berlin)";
        assertTrue(toClient.getText().contains(tokyo), toClient.getText());
        assertTrue(toClient.getHtml().contains(tokyo));
        assertTrue(toSpecialist.getText().contains(berlin), toSpecialist.getText());
        String room = client.request().get("/api/bookings/" + booking).then().extract().path("meetingUrl");
        assertTrue(room.startsWith("https://meet.jit.si/firstsession-"), room);
        assertTrue(toClient.getText().contains(room), "online: the consultation's own room");
        assertTrue(toSpecialist.getText().contains(room));
        assertFalse(toClient.getText().contains("https://meet.example.org/room-1"), "not the profile's shared link");
        assertTrue(toClient.getText().contains("http://localhost:8080/bookings/" + booking), "links back to the booking");
        assertTrue(toSpecialist.getText().contains(client.name()));

        // Nobody's free text in our emails (issue #14): the specialist is told there is a note, and reads it
        // on the booking page; never in a subject either.
        assertFalse(toSpecialist.getText().contains(NOTE), toSpecialist.getText());
        assertFalse(toSpecialist.getHtml().contains(NOTE));
        assertTrue(toSpecialist.getText().contains("The client added a note: you can read it on the booking page."));
        assertTrue(toSpecialist.getText().contains("http://localhost:8080/bookings/" + booking));
        assertFalse(toClient.getText().contains(NOTE));
        assertFalse(toClient.getText().contains("added a note"), "the client's own note is not announced to them");
        assertFalse(toClient.getSubject().contains("panic"));
        assertFalse(toSpecialist.getSubject().contains("panic"));
        assertTrue(toClient.getSubject().startsWith("Your free consultation is confirmed"), toClient.getSubject());

        Calendar invite = invite(toClient);
        assertEquals("REQUEST", invite.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("booking-" + booking + "@firstsession.local", prop(invite, Property.UID));
        assertEquals("0", prop(invite, Property.SEQUENCE));
        assertEquals(start, Instant.from(((net.fortuna.ical4j.model.property.DtStart<?>) invite
                .getComponent(Component.VEVENT).orElseThrow().getProperty(Property.DTSTART).orElseThrow()).getDate()));
        assertTrue(prop(invite, Property.ATTENDEE).contains(client.email()));
        assertEquals(room, prop(invite, Property.LOCATION));
        assertEquals(room, prop(invite, Property.URL));
        assertTrue(prop(invite, Property.DESCRIPTION).contains(room));
        assertEquals("<booking-" + booking + ".booked.0.client@firstsession.local>",
                toClient.getHeaders().get("Message-ID"));

        // Issue #19: the invite also inline (Outlook), the same text as the attachment; Google and Outlook.com
        // links with a neutral title and nothing about health or people.
        assertEquals(1, toClient.getInlineAttachment().size());
        assertTrue(toClient.getInlineAttachment().get(0).getContentType().startsWith("text/calendar"));
        assertTrue(toClient.getInlineAttachment().get(0).getContentType().contains("method=REQUEST"));
        assertEquals(toClient.getAttachment().get(0).getData().toString(StandardCharsets.UTF_8),
                toClient.getInlineAttachment().get(0).getData().toString(StandardCharsets.UTF_8));
        assertTrue(toClient.getText().contains("Add to Google Calendar: https://calendar.google.com/calendar/render?action=TEMPLATE&text=FirstSession%20consultation"),
                toClient.getText());
        assertTrue(toClient.getText().contains("Add to Outlook.com: https://outlook.live.com/calendar/0/action/compose?"));
        assertTrue(toClient.getHtml().contains("https://calendar.google.com/calendar/render?"));
        for (String line : toClient.getText().split("\n")) {
            if (line.contains("calendar.google.com") || line.contains("outlook.live.com")) {
                assertFalse(line.contains("Mail") || line.contains(NOTE) || line.contains("Psycholog") || line.contains(room),
                        "nothing about the consultation's content or room in another company's link: " + line);
            }
        }
    }

    @Test
    void cancellation_sends_a_cancel_invite_with_a_raised_sequence() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Cancel"));
        TestUser client = TestUser.client();
        String booking = client.request().body(Map.of("slotId", Slots.offer(s, inDays(3, 10)), "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201).extract().path("id");
        mailsTo(client.email(), 1);
        s.owner().request().body(Map.of("reason", "I am ill that day")).post("/api/bookings/" + booking + "/cancel")
                .then().statusCode(200);
        MailMessage cancel = mailsTo(client.email(), 2).get(1);
        assertTrue(cancel.getSubject().startsWith("Free consultation cancelled"), cancel.getSubject());
        // A reason was given, but another person's free text never goes into our email (a phishing channel).
        assertFalse(cancel.getText().contains("I am ill that day"), cancel.getText());
        assertFalse(cancel.getHtml().contains("I am ill that day"));
        assertTrue(cancel.getText().contains("A reason was given: you can read it on the booking page."));
        assertTrue(cancel.getText().contains("http://localhost:8080/bookings/" + booking), "links to the booking");
        client.request().get("/api/bookings/" + booking).then().body("cancelReason", equalTo("I am ill that day"));
        Calendar invite = invite(cancel);
        assertEquals("CANCEL", invite.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("booking-" + booking + "@firstsession.local", prop(invite, Property.UID));
        assertEquals("1", prop(invite, Property.SEQUENCE));
        assertEquals("CANCELLED", prop(invite, Property.STATUS));
        mailsTo(s.owner().email(), 2);
    }

    @Test
    void reschedule_updates_the_same_event() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Move"));
        TestUser client = TestUser.client();
        String booking = client.request().body(Map.of("slotId", Slots.offer(s, inDays(3, 10)), "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201).extract().path("id");
        Instant newStart = inDays(4, 12);
        client.request().body(Map.of("slotId", Slots.offer(s, newStart))).post("/api/bookings/" + booking + "/reschedule")
                .then().statusCode(200);
        MailMessage moved = mailsTo(s.owner().email(), 2).get(1);
        assertTrue(moved.getSubject().startsWith("Free consultation moved to"), moved.getSubject());
        Calendar invite = invite(moved);
        assertEquals("REQUEST", invite.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("booking-" + booking + "@firstsession.local", prop(invite, Property.UID));
        assertEquals("1", prop(invite, Property.SEQUENCE));
        mailsTo(client.email(), 2);
    }

    @Test
    void a_reminder_goes_out_once_a_day_before() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Remind"));
        TestUser client = TestUser.client();
        String booking = client.request().body(Map.of("slotId", Slots.offer(s, inDays(5, 10)), "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201).extract().path("id");
        mailsTo(client.email(), 1);
        assertEquals(0, countReminders(booking), "not due yet");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE booking SET starts_at = now() + interval '23 hours', ends_at = now() + interval '23 hours 30 minutes' WHERE id = ?1")
                .setParameter(1, UUID.fromString(booking)).executeUpdate());
        reminders.queueDueReminders();
        reminders.queueDueReminders(); // a second run (or a second instance) queues nothing more
        MailMessage reminder = mailsTo(client.email(), 2).get(1);
        assertTrue(reminder.getSubject().startsWith("Reminder: free consultation"), reminder.getSubject());
        String room = client.request().get("/api/bookings/" + booking).then().extract().path("meetingUrl");
        assertTrue(reminder.getText().contains(room), "the reminder carries the consultation's room");
        mailsTo(s.owner().email(), 2);
        assertEquals(2, countReminders(booking));
    }

    private long countReminders(String booking) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM email_outbox WHERE message_id LIKE ?1")
                .setParameter(1, "<booking-" + booking + ".reminder-%").getSingleResult()).longValue());
    }
}
