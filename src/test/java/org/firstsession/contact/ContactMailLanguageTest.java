package org.firstsession.contact;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.firstsession.testsupport.TestUser;
import org.firstsession.testsupport.WebSession;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.ext.mail.MailMessage;

/**
 * The staff email about a contact request (issue #18): the staff address has no account, so it is in the
 * sender's language (the account's, else the request's {@code Accept-Language}), names that language, and its
 * subject holds only the request's short id in every language.
 */
@QuarkusTest
class ContactMailLanguageTest {

    private static final Map<String, String> REQUEST = Map.of("subject", "Panikattacken / crises d'angoisse",
            "message", "Depuis des mois, je fais des crises d'angoisse. Seit Monaten habe ich Panikattacken.");

    @Inject
    MockMailbox mailbox;

    @Inject
    ContactConfig config;

    private MailMessage forwarded(String id) {
        String messageId = "<contact-" + id + "@firstsession.local>";
        await().atMost(Duration.ofSeconds(15)).ignoreException(ConcurrentModificationException.class)
                .until(() -> mailbox.getMailMessagesSentTo(config.forwardTo()).stream()
                        .anyMatch(m -> messageId.equals(m.getHeaders().get("Message-ID"))));
        return List.copyOf(mailbox.getMailMessagesSentTo(config.forwardTo())).stream()
                .filter(m -> messageId.equals(m.getHeaders().get("Message-ID"))).findFirst().orElseThrow();
    }

    private static String received(ExtractableResponse<Response> receipt, String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(ZoneOffset.UTC)
                .format(Instant.parse(receipt.path("createdAt"))) + " (UTC)";
    }

    @Test
    void a_german_account_and_a_french_accept_language_each_give_the_staff_email_its_language() {
        TestUser german = TestUser.client();
        german.request().body(Map.of("language", "de")).put("/api/me").then().statusCode(204);
        // The account's language wins over the header.
        ExtractableResponse<Response> deReceipt = german.request().header("Accept-Language", "fr").body(REQUEST)
                .post("/api/contact").then().statusCode(201).extract();
        TestUser french = TestUser.client(); // no account language: the request's
        ExtractableResponse<Response> frReceipt = french.request().header("Accept-Language", "fr-CH, en;q=0.5").body(REQUEST)
                .post("/api/contact").then().statusCode(201).extract();
        String deId = deReceipt.path("id");
        String frId = frReceipt.path("id");
        MailMessage de = forwarded(deId);
        MailMessage fr = forwarded(frId);

        assertEquals("Kontaktanfrage " + deId.substring(0, 8), de.getSubject());
        assertTrue(de.getText().startsWith("Hallo FirstSession-Team,"), de.getText());
        assertTrue(de.getText().contains("Jemand hat über FirstSession eine Kontaktanfrage geschickt."), de.getText());
        assertTrue(de.getText().contains("Antwort an: " + german.email()), de.getText());
        assertTrue(de.getText().contains("Eingegangen: " + received(deReceipt, "EEEE, d. MMMM yyyy, HH:mm", Locale.GERMAN)),
                de.getText());
        assertTrue(de.getText().contains("Sprache der Person: Deutsch"), de.getText());
        assertTrue(de.getText().contains("Anfrage lesen: http://localhost:8080/admin/contact/" + deId), de.getText());
        assertTrue(de.getHtml().contains("<html lang=\"de\">"));

        assertEquals("Demande de contact " + frId.substring(0, 8), fr.getSubject());
        assertTrue(fr.getText().startsWith("Bonjour l’équipe FirstSession,"), fr.getText());
        assertTrue(fr.getText().contains("Répondre à : " + french.email()), fr.getText());
        assertTrue(fr.getText().contains("Date de réception : " + received(frReceipt, "EEEE d MMMM yyyy, HH:mm", Locale.FRENCH)),
                fr.getText());
        assertTrue(fr.getText().contains("Sa langue : Français"), fr.getText());
        assertTrue(fr.getText().contains("Lire la demande : http://localhost:8080/admin/contact/" + frId), fr.getText());
        assertTrue(fr.getHtml().contains("<html lang=\"fr\">"));

        for (MailMessage mail : List.of(de, fr)) {
            for (String written : List.of("Panik", "angoisse", "Monaten", "mois")) {
                assertFalse(mail.getSubject().contains(written), "no health detail in the subject: " + mail.getSubject());
                assertFalse(mail.getText().contains(written), "nothing the sender wrote in the email");
            }
            for (String english : List.of("Hello", "Someone sent", "Reply to", "Read the request", "health details")) {
                assertFalse(mail.getText().contains(english), "no English left (" + english + "): " + mail.getText());
            }
        }
    }

    @Test
    void a_request_sent_from_the_german_page_gives_a_german_staff_email() {
        TestUser user = TestUser.client(); // no account language: the page's (the switcher's cookie)
        WebSession page = WebSession.as(user).cookie("lang", "de");
        assertEquals(200, page.post("/contact", REQUEST).statusCode());
        await().atMost(Duration.ofSeconds(15)).ignoreException(ConcurrentModificationException.class)
                .until(() -> mailbox.getMailMessagesSentTo(config.forwardTo()).stream()
                        .anyMatch(m -> m.getText().contains(user.email())));
        MailMessage mail = List.copyOf(mailbox.getMailMessagesSentTo(config.forwardTo())).stream()
                .filter(m -> m.getText().contains(user.email())).findFirst().orElseThrow();
        assertTrue(mail.getSubject().startsWith("Kontaktanfrage "), mail.getSubject());
        assertFalse(mail.getSubject().contains("Panik"), mail.getSubject());
        assertTrue(mail.getText().contains("Sprache der Person: Deutsch"), mail.getText());
        assertTrue(mail.getHtml().contains("<html lang=\"de\">"));
    }
}
