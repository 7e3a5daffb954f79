package org.firstsession.waitlist;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.booking.ReminderJob;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.firstsession.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.ext.mail.MailMessage;

/**
 * Reminders a day and two hours before, once each, to both sides; the client's "I can't make it" link
 * (GET changes nothing, POST cancels, the specialist is told, the time goes to the waitlist); late
 * cancellations marked for the specialist.
 */
@QuarkusTest
class RemindersAndCancelLinkTest {

    private static final Pattern CANCEL_LINK = Pattern.compile("/cancel/([A-Za-z0-9_-]{43})");

    @Inject
    ReminderJob reminders;

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

    private List<MailMessage> reminderMails(String address, int expected) {
        await().atMost(Duration.ofSeconds(15)).until(() -> reminders(address).size() >= expected);
        List<MailMessage> mails = reminders(address);
        assertEquals(expected, mails.size());
        return mails;
    }

    private List<MailMessage> reminders(String address) {
        return mailbox.getMailMessagesSentTo(address).stream().filter(m -> m.getSubject().startsWith("Reminder:")).toList();
    }

    private void startIn(String booking, String interval) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE booking SET starts_at = now() + cast(?2 as interval), ends_at = now() + cast(?2 as interval)"
                    + " + interval '30 minutes' WHERE id = ?1")
                    .setParameter(1, UUID.fromString(booking)).setParameter(2, interval).executeUpdate();
            em.createNativeQuery("UPDATE slot SET starts_at = b.starts_at, ends_at = b.ends_at FROM booking b"
                    + " WHERE b.id = ?1 AND slot.id = b.slot_id")
                    .setParameter(1, UUID.fromString(booking)).executeUpdate();
        });
    }

    private static String book(TestUser client, String slot) {
        return client.request().body(Map.of("slotId", slot, "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void a_day_and_two_hours_before_each_reminder_goes_out_once_to_both_sides() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Twice"));
        TestUser client = TestUser.client();
        String booking = book(client, Slots.offer(s, inDays(5, 10)));
        reminders.queueDueReminders();
        assertEquals(0, reminders(client.email()).size(), "not due yet");
        startIn(booking, "23 hours");
        reminders.queueDueReminders();
        reminders.queueDueReminders();
        reminderMails(client.email(), 1);
        reminderMails(s.owner().email(), 1);
        startIn(booking, "90 minutes");
        reminders.queueDueReminders();
        reminders.queueDueReminders();
        List<MailMessage> toClient = reminderMails(client.email(), 2);
        List<MailMessage> toSpecialist = reminderMails(s.owner().email(), 2);
        assertTrue(toClient.get(1).getText().contains("I can't make it"), "the client's reminder has the link");
        assertFalse(toSpecialist.get(1).getText().contains("/cancel/"), "the specialist's has none");
        assertFalse(toClient.get(0).getSubject().contains("Dr. Twice"), toClient.get(0).getSubject());
    }

    @Test
    void the_cant_make_it_link_shows_first_cancels_on_post_and_offers_the_time_to_the_waitlist() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Freed"));
        TestUser client = TestUser.client();
        TestUser waiting = TestUser.client();
        String booking = book(client, Slots.offer(s, inDays(6, 10)));
        Waitlists.join(s, waiting);
        startIn(booking, "20 hours");
        reminders.queueDueReminders();
        MailMessage reminder = reminderMails(client.email(), 1).get(0);
        Matcher link = CANCEL_LINK.matcher(reminder.getText());
        assertTrue(link.find(), reminder.getText());
        String token = link.group(1);

        // Scanners follow links: GET shows the consultation and changes nothing.
        WebSession visitor = WebSession.visitor();
        visitor.get("/cancel/" + token).then().statusCode(200).body(containsString("Cancel my free consultation"));
        visitor.get("/cancel/" + token).then().statusCode(200);
        client.request().get("/api/bookings/" + booking).then().body("status", equalTo("CONFIRMED"));
        visitor.get("/cancel/" + "A".repeat(43)).then().statusCode(404);
        // A POST without the CSRF token changes nothing either.
        visitor.postRaw("/cancel/" + token, Map.of(), null).then().statusCode(403);
        client.request().get("/api/bookings/" + booking).then().body("status", equalTo("CONFIRMED"));

        visitor.post("/cancel/" + token, Map.of()).then().statusCode(200).body(containsString("is cancelled"));
        client.request().get("/api/bookings/" + booking).then().body("status", equalTo("CANCELLED")).body("cancelledBy", equalTo("CLIENT"));
        await().atMost(Duration.ofSeconds(15)).until(() -> mailbox.getMailMessagesSentTo(s.owner().email()).stream()
                .anyMatch(m -> m.getSubject().startsWith("Free consultation cancelled")));
        // Inside the late-cancellation period: marked for the specialist.
        s.owner().request().get("/api/bookings/" + booking).then().body("lateCancellation", equalTo(true));
        WebSession.as(s.owner()).get("/specialist/bookings").then().statusCode(200).body(containsString("Late cancellation"));
        // The freed time (20 h ahead: more than the minimum notice) went to the waitlist at once.
        assertEquals(1, Waitlists.openOffers(waiting).size());
        // The link is single-use in effect: the booking is no longer confirmed.
        visitor.post("/cancel/" + token, Map.of()).then().statusCode(409);
    }

    @Test
    void an_early_cancellation_is_not_late() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Early"));
        TestUser client = TestUser.client();
        String booking = book(client, Slots.offer(s, inDays(9, 10)));
        client.request().body(Map.of()).post("/api/bookings/" + booking + "/cancel").then().statusCode(200);
        s.owner().request().get("/api/bookings/" + booking).then().body("lateCancellation", equalTo(false));
    }
}
