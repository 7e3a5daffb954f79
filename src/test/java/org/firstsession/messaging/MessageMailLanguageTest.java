package org.firstsession.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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

/** New-message emails in the recipient's account language (issue #18); never the text, in any language. */
@QuarkusTest
class MessageMailLanguageTest {

    private static final String SECRET = "Ich schlafe seit Wochen kaum noch";
    private static final String REPLY = "Je comprends, parlons-en";

    @Inject
    MockMailbox mailbox;

    @Inject
    MessageNotifier notifier;

    private MailMessage mailTo(String address) {
        await().atMost(Duration.ofSeconds(15)).until(() -> !mailbox.getMailMessagesSentTo(address).isEmpty());
        return mailbox.getMailMessagesSentTo(address).get(0);
    }

    @Test
    void a_german_specialist_and_a_french_client_are_each_told_in_their_language() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Nachricht"));
        s.owner().request().body(Map.of("language", "de")).put("/api/me").then().statusCode(204);
        TestUser client = TestUser.client();
        client.request().body(Map.of("language", "fr")).put("/api/me").then().statusCode(204);

        String id = client.request().body(Map.of("specialistId", s.id(), "text", SECRET)).post("/api/conversations")
                .then().statusCode(201).extract().path("conversation.id");
        notifier.notifyUnread();
        MailMessage de = mailTo(s.owner().email());
        s.owner().request().body(Map.of("text", REPLY)).post("/api/conversations/" + id + "/messages").then().statusCode(201);
        notifier.notifyUnread();
        MailMessage fr = mailTo(client.email());

        assertEquals("Sie haben eine neue Nachricht von " + client.name(), de.getSubject());
        assertTrue(de.getText().contains("Hallo " + s.owner().name() + ","), de.getText());
        assertTrue(de.getText().contains("Sie haben auf FirstSession eine neue Nachricht von " + client.name() + "."));
        assertTrue(de.getText().contains("Zum Schutz Ihrer Privatsphäre stehen Nachrichten nie in E-Mails."));
        assertTrue(de.getText().contains("Nachricht lesen: http://localhost:8080/conversations/" + id), de.getText());
        assertTrue(de.getHtml().contains("<html lang=\"de\">"));

        assertEquals("Vous avez un nouveau message de Dr. Nachricht", fr.getSubject());
        assertTrue(fr.getText().contains("Bonjour " + client.name() + ","), fr.getText());
        assertTrue(fr.getText().contains("Pour protéger votre vie privée, les messages ne figurent jamais dans les e-mails."));
        assertTrue(fr.getText().contains("Lire le message : http://localhost:8080/conversations/" + id), fr.getText());
        assertTrue(fr.getHtml().contains("<html lang=\"fr\">"));

        for (MailMessage mail : List.of(de, fr)) {
            for (String written : List.of(SECRET, REPLY, "schlafe", "comprends")) {
                assertFalse(mail.getSubject().contains(written), "what people wrote stays out of the subject");
                assertFalse(mail.getText().contains(written), "and out of the text");
                assertFalse(mail.getHtml().contains(written), "and out of the HTML");
            }
            for (String english : List.of("Hello", "You have a new message", "Read the message", "For your privacy")) {
                assertFalse(mail.getText().contains(english), "no English left (" + english + "): " + mail.getText());
            }
        }
    }
}
