package org.firstsession.admin;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.mail.MailMessage;

/**
 * The suspension email in the specialist's account language (issue #18): the admins' reason is quoted in the
 * body as they wrote it, never in the subject.
 */
@QuarkusTest
class SuspensionMailLanguageTest {

    private static final String REASON = "Complaint about the treatment of depression without a licence";

    @Inject
    MockMailbox mailbox;

    private MailMessage suspensionMail(String language, String name) {
        Specialists.Owned s = Specialists.published(Profiles.complete(name));
        s.owner().request().body(Map.of("language", language)).put("/api/me").then().statusCode(204);
        TestUser.admin().request().body(Map.of("reason", REASON)).post("/api/admin/specialists/" + s.id() + "/suspend")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(15)).ignoreException(ConcurrentModificationException.class)
                .until(() -> !mailbox.getMailMessagesSentTo(s.owner().email()).isEmpty());
        List<MailMessage> mails = List.copyOf(mailbox.getMailMessagesSentTo(s.owner().email()));
        assertEquals(1, mails.size(), "no bookings, so only the suspension email");
        return mails.get(0);
    }

    @Test
    void a_german_and_a_french_specialist_are_told_in_their_language() {
        MailMessage de = suspensionMail("de", "Dr. Gesperrt");
        MailMessage fr = suspensionMail("fr", "Dr. Suspendu");

        assertEquals("Ihr FirstSession-Profil wurde gesperrt", de.getSubject());
        assertTrue(de.getText().contains("Hallo Dr. Gesperrt,"), de.getText());
        assertTrue(de.getText().contains("Ihr FirstSession-Profil wurde von unserem Team gesperrt."), de.getText());
        assertTrue(de.getText().contains("Grund:\n" + REASON), de.getText());
        assertTrue(de.getText().contains("Kontakt aufnehmen: http://localhost:8080/contact"), de.getText());
        assertTrue(de.getHtml().contains("<html lang=\"de\">"));

        assertEquals("Votre profil FirstSession a été suspendu", fr.getSubject());
        assertTrue(fr.getText().contains("Bonjour Dr. Suspendu,"), fr.getText());
        assertTrue(fr.getText().contains("Votre profil FirstSession a été suspendu par notre équipe."), fr.getText());
        assertTrue(fr.getText().contains("Motif :\n" + REASON), fr.getText());
        assertTrue(fr.getText().contains("Nous contacter : http://localhost:8080/contact"), fr.getText());
        assertTrue(fr.getHtml().contains("<html lang=\"fr\">"));

        for (MailMessage mail : List.of(de, fr)) {
            assertFalse(mail.getSubject().toLowerCase().contains("depress"), "the reason stays out of the subject");
            assertFalse(mail.getSubject().contains("Complaint"));
            for (String english : List.of("Hello", "has been suspended", "Reason", "Contact us", "contact form")) {
                assertFalse(mail.getText().contains(english), "no English left (" + english + "): " + mail.getText());
            }
        }
    }
}
