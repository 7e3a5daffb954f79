package org.firstsession.contact;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.ext.mail.MailMessage;

/** {@code CONTACT_FORWARD_LANGUAGE} set: the staff email is in that language whatever the sender's, and names theirs. */
@QuarkusTest
@TestProfile(ContactForwardLanguageTest.FrenchStaff.class)
class ContactForwardLanguageTest {

    public static class FrenchStaff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("firstsession.contact.forward-language", "fr");
        }
    }

    @Inject
    MockMailbox mailbox;

    @Inject
    ContactConfig config;

    @Test
    void a_german_senders_request_reaches_french_staff_in_french() {
        TestUser german = TestUser.client();
        german.request().body(Map.of("language", "de")).put("/api/me").then().statusCode(204);
        String id = german.request().body(Map.of("subject", "Frage", "message", "Eine Frage zu meinen Daten"))
                .post("/api/contact").then().statusCode(201).extract().path("id");
        String messageId = "<contact-" + id + "@firstsession.local>";
        await().atMost(Duration.ofSeconds(15)).ignoreException(ConcurrentModificationException.class)
                .until(() -> mailbox.getMailMessagesSentTo(config.forwardTo()).stream()
                        .anyMatch(m -> messageId.equals(m.getHeaders().get("Message-ID"))));
        MailMessage mail = List.copyOf(mailbox.getMailMessagesSentTo(config.forwardTo())).stream()
                .filter(m -> messageId.equals(m.getHeaders().get("Message-ID"))).findFirst().orElseThrow();

        assertEquals("Demande de contact " + id.substring(0, 8), mail.getSubject());
        assertTrue(mail.getText().contains("Sa langue : Deutsch"), "the sender's language, to answer in: " + mail.getText());
        assertTrue(mail.getHtml().contains("<html lang=\"fr\">"));
    }
}
