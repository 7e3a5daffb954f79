package org.firstsession.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;

/**
 * End to end through a real SMTP server (GreenMail, in this JVM): delivery with the .ics invite, a
 * mail server that is down while people book, and permanent failure after the last retry.
 */
@QuarkusTest
@TestProfile(SmtpDeliveryTest.RealSmtp.class)
class SmtpDeliveryTest {

    /**
     * One port for the whole JVM: the profile and the test instance live in different class loaders,
     * so a static field would be initialised twice; a system property is shared by both.
     */
    static final int PORT = Integer.parseInt(sharedPort());

    private static synchronized String sharedPort() {
        String port = System.getProperty("greenmail.test.port");
        if (port == null) {
            port = String.valueOf(freePort());
            System.setProperty("greenmail.test.port", port);
        }
        return port;
    }

    public static class RealSmtp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.mailer.mock", "false",
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(PORT),
                    "quarkus.mailer.start-tls", "DISABLED",
                    "quarkus.mailer.tls", "false",
                    "firstsession.mail.max-attempts", "4",
                    "firstsession.mail.retry-base", "PT1S",
                    "firstsession.mail.retry-max", "PT1S");
        }
    }

    @Inject
    EntityManager em;

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private static Instant inDays(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    private List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String calendarPart(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no text/calendar part in " + message.getContentType());
    }

    @Test
    void booking_emails_arrive_over_smtp_with_a_parsable_invite() throws Exception {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Smtp"));
        Instant start = inDays(3, 9);
        TestUser client = TestUser.client();
        String booking = client.request().body(Map.of("slotId", Slots.offer(s, start), "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(20)).until(() -> receivedBy(client.email()).size() == 1
                && receivedBy(s.owner().email()).size() == 1);
        MimeMessage toClient = receivedBy(client.email()).get(0);
        assertTrue(toClient.getSubject().startsWith("Your free consultation is confirmed"));
        assertEquals("<booking-" + booking + ".booked.0.client@firstsession.local>", toClient.getMessageID());
        Calendar invite = Ics.parse(calendarPart(toClient));
        assertEquals("REQUEST", invite.getProperty(Property.METHOD).orElseThrow().getValue());
        Component event = invite.getComponent(Component.VEVENT).orElseThrow();
        assertEquals("booking-" + booking + "@firstsession.local", event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals(start, Instant.from(((net.fortuna.ical4j.model.property.DtStart<?>) event
                .getProperty(Property.DTSTART).orElseThrow()).getDate()));
    }

    @Test
    void bookings_succeed_while_smtp_is_down_and_mail_goes_out_once_when_it_returns() throws Exception {
        smtp.stop();
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Outage"));
        TestUser client = TestUser.client();
        String booking = client.request().body(Map.of("slotId", Slots.offer(s, inDays(4, 9)), "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201).extract().path("id");
        // The relay has tried and failed at least once: the mail is still pending, not lost.
        await().atMost(Duration.ofSeconds(10)).until(() -> attempts(booking) >= 1);
        assertEquals("PENDING", status(booking));

        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(status(booking)));
        await().atMost(Duration.ofSeconds(10)).until(() -> receivedBy(client.email()).size() >= 1);
        Thread.sleep(3000); // a few more relay runs: nothing is sent again
        assertEquals(1, receivedBy(client.email()).size());
        assertEquals(1, receivedBy(s.owner().email()).size());
    }

    @Test
    void mail_that_keeps_failing_is_marked_failed_after_the_last_attempt() throws Exception {
        smtp.stop();
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Bounce"));
        TestUser client = TestUser.client();
        String booking = client.request().body(Map.of("slotId", Slots.offer(s, inDays(5, 9)), "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(status(booking)));
        assertEquals(4, attempts(booking));
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Thread.sleep(2500);
        assertEquals(0, receivedBy(client.email()).size(), "a failed email is not retried any more");
    }

    private String status(String booking) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT status FROM email_outbox WHERE message_id = ?1")
                .setParameter(1, "<booking-" + booking + ".booked.0.client@firstsession.local>").getSingleResult());
    }

    private int attempts(String booking) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT attempts FROM email_outbox WHERE message_id = ?1")
                .setParameter(1, "<booking-" + booking + ".booked.0.client@firstsession.local>").getSingleResult()).intValue());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
