package org.firstsession.booking;

import static org.awaitility.Awaitility.await;
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

import jakarta.inject.Inject;

import org.firstsession.notification.Ics;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.mail.MailMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;

/**
 * One booking, two languages: each side's emails (subject, text, HTML) and invite are in the recipient's
 * account language, with dates in that language's format; subjects say nothing about health in any of them.
 */
@QuarkusTest
class BookingMailLanguageTest {

    private static final String NOTE = "J'ai des crises d'angoisse la nuit";

    @Inject
    MockMailbox mailbox;

    private List<MailMessage> mailsTo(String address, int expected) {
        await().atMost(Duration.ofSeconds(15)).until(() -> mailbox.getMailMessagesSentTo(address).size() >= expected);
        return mailbox.getMailMessagesSentTo(address);
    }

    private static String summary(MailMessage mail) {
        Calendar calendar = Ics.parse(mail.getAttachment().get(0).getData().toString(StandardCharsets.UTF_8));
        return calendar.getComponent(Component.VEVENT).orElseThrow().getProperty("SUMMARY").orElseThrow().getValue();
    }

    @Test
    void a_german_specialist_and_a_french_client_each_get_their_own_language() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Sprache"));
        s.owner().request().body(Map.of("language", "de")).put("/api/me").then().statusCode(204);
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(4)).plus(Duration.ofHours(13));
        String slot = Slots.offer(s, start);
        TestUser client = TestUser.client();
        client.request().body(Map.of("language", "fr", "timeZone", "Europe/Paris")).put("/api/me").then().statusCode(204);
        client.request().body(Map.of("slotId", slot, "note", NOTE, "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201);

        MailMessage toClient = mailsTo(client.email(), 1).get(0);
        MailMessage toSpecialist = mailsTo(s.owner().email(), 1).get(0);

        String paris = start.atZone(ZoneId.of("Europe/Paris"))
                .format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.FRENCH)) + " (Europe/Paris)";
        assertTrue(toClient.getSubject().startsWith("Votre consultation gratuite est confirmée"), toClient.getSubject());
        assertTrue(toClient.getText().contains("Bonjour " + client.name() + ","), toClient.getText());
        assertTrue(toClient.getText().contains(paris), paris + " in " + toClient.getText());
        // French typography: a space before the colon of every "label : value" line; German has none.
        assertTrue(toClient.getText().contains(" : " + paris), toClient.getText());
        assertTrue(toClient.getText().contains("Voir la réservation"));
        assertTrue(toClient.getHtml().contains("<html lang=\"fr\">"));
        assertTrue(toClient.getHtml().contains("Votre première consultation gratuite de 30 minutes avec Dr. Sprache est confirmée."));
        assertEquals("Consultation gratuite avec Dr. Sprache", summary(toClient));

        String berlin = start.atZone(ZoneId.of("Europe/Berlin"))
                .format(DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy, HH:mm", Locale.GERMAN)) + " (Europe/Berlin)";
        assertTrue(toSpecialist.getSubject().startsWith("Neues kostenloses Erstgespräch gebucht"), toSpecialist.getSubject());
        assertTrue(toSpecialist.getText().contains(berlin), berlin + " in " + toSpecialist.getText());
        assertTrue(toSpecialist.getText().contains(": " + berlin) && !toSpecialist.getText().contains(" : " + berlin), toSpecialist.getText());
        assertTrue(toSpecialist.getText().contains(client.name() + " hat ein kostenloses 30-minütiges Erstgespräch bei Ihnen gebucht."));
        assertTrue(toSpecialist.getText().contains("Die Klientin oder der Klient hat eine Notiz hinzugefügt"));
        assertTrue(toSpecialist.getHtml().contains("<html lang=\"de\">"));
        assertEquals("Kostenloses Erstgespräch mit " + client.name(), summary(toSpecialist));

        for (MailMessage mail : List.of(toClient, toSpecialist)) {
            assertFalse(mail.getText().contains(NOTE), "nobody's free text in an email");
            assertFalse(mail.getSubject().contains("angoisse"));
            assertFalse(mail.getText().contains("Your free"), "no English left: " + mail.getText());
            assertFalse(mail.getText().contains("View the booking"));
        }
    }

    @Test
    void without_a_chosen_language_emails_stay_english() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Default"));
        String slot = Slots.offer(s, Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(5)).plus(Duration.ofHours(10)));
        TestUser client = TestUser.client();
        client.request().body(Map.of("slotId", slot, "consentVersion", "2026-11")).post("/api/bookings").then().statusCode(201);
        MailMessage toClient = mailsTo(client.email(), 1).get(0);
        assertTrue(toClient.getSubject().startsWith("Your free consultation is confirmed: "), toClient.getSubject());
        assertTrue(toClient.getHtml().contains("<html lang=\"en\">"));
        assertEquals("Free consultation with Dr. Default", summary(toClient));
    }
}
