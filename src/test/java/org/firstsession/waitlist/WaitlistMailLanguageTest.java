package org.firstsession.waitlist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.ext.mail.MailMessage;

/**
 * The offer email in the client's account language (issue #18): subject, text and HTML, the time in the
 * client's zone in that language's format, and nothing about the specialist or health in the subject.
 */
@QuarkusTest
class WaitlistMailLanguageTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    WaitlistOffers offers;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A client in {@code language} and {@code zone} waits for a new specialist; a slot appears; the offer email. */
    private MailMessage offerTo(String language, String zone, String specialistName, Instant start, TestUser client) {
        client.request().body(Map.of("language", language, "timeZone", zone)).put("/api/me").then().statusCode(204);
        Specialists.Owned s = Specialists.published(Profiles.complete(specialistName));
        Waitlists.join(s, client);
        Slots.offer(s, start);
        offers.run();
        return Waitlists.offerMails(mailbox, client, 1).get(0);
    }

    private static String format(Instant instant, String zone, String pattern, Locale locale) {
        return instant.atZone(ZoneId.of(zone)).format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    @Test
    void a_german_and_a_french_client_each_get_the_offer_in_their_language() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(6)).plus(Duration.ofHours(8));
        TestUser german = TestUser.client();
        MailMessage de = offerTo("de", "Europe/Berlin", "Dr. Warteliste", start, german);
        TestUser french = TestUser.client();
        MailMessage fr = offerTo("fr", "Europe/Paris", "Dr. Attente", start, french);

        assertTrue(de.getSubject().equals("Ein Termin für Ihr kostenloses Erstgespräch: "
                + format(start, "Europe/Berlin", "EEE, d. MMM, HH:mm", Locale.GERMAN) + " Europe/Berlin"), de.getSubject());
        assertTrue(de.getText().contains("Hallo " + german.name() + ","), de.getText());
        assertTrue(de.getText().contains("Ein Termin für ein kostenloses 30-minütiges Erstgespräch mit Dr. Warteliste ist frei geworden"));
        assertTrue(de.getText().contains("Wann: " + format(start, "Europe/Berlin", "EEEE, d. MMMM yyyy, HH:mm", Locale.GERMAN)
                + " (Europe/Berlin)"), de.getText());
        assertTrue(de.getText().contains("Wir reservieren ihn für Sie bis "), de.getText());
        assertTrue(de.getText().contains("Annehmen oder ablehnen: http://localhost:8080/waitlist/offers/"), de.getText());
        assertTrue(de.getHtml().contains("<html lang=\"de\">"));
        assertTrue(de.getHtml().contains("geht das Angebot an die nächste Person auf der Warteliste"), de.getHtml());

        assertTrue(fr.getSubject().equals("Un créneau de consultation gratuite pour vous : "
                + format(start, "Europe/Paris", "EEE d MMM, HH:mm", Locale.FRENCH) + " Europe/Paris"), fr.getSubject());
        assertTrue(fr.getText().contains("Bonjour " + french.name() + ","), fr.getText());
        assertTrue(fr.getText().contains("Un créneau pour une première consultation gratuite de 30 minutes avec Dr. Attente s’est libéré"));
        assertTrue(fr.getText().contains("Quand : " + format(start, "Europe/Paris", "EEEE d MMMM yyyy, HH:mm", Locale.FRENCH)
                + " (Europe/Paris)"), fr.getText());
        assertTrue(fr.getText().contains("Nous le réservons pour vous jusqu’à "), fr.getText());
        assertTrue(fr.getText().contains("Accepter ou refuser : http://localhost:8080/waitlist/offers/"), fr.getText());
        assertTrue(fr.getHtml().contains("<html lang=\"fr\">"));

        for (MailMessage mail : List.of(de, fr)) {
            String subject = mail.getSubject().toLowerCase(Locale.ROOT);
            assertFalse(subject.contains("dr. "), "no specialist in the subject: " + subject);
            assertFalse(subject.contains("depress") || subject.contains("dépress"), "no specialty in the subject: " + subject);
            for (String english : List.of("Hello", "has become free", "Accept or decline", "When:", "next person on the waitlist")) {
                assertFalse(mail.getText().contains(english), "no English left (" + english + "): " + mail.getText());
            }
        }
    }
}
