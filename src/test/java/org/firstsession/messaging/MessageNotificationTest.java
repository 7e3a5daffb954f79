package org.firstsession.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.mail.MailMessage;

/** "You have a new message" emails: never the text, throttled, none once read. */
@QuarkusTest
class MessageNotificationTest {

    private static final String SECRET = "my sleep is getting worse every week";

    @Inject
    MockMailbox mailbox;

    @Inject
    MessageNotifier notifier;

    @Inject
    EntityManager em;

    private List<MailMessage> settle(String address) throws InterruptedException {
        Thread.sleep(1500); // two relay runs: anything queued has been sent
        return mailbox.getMailMessagesSentTo(address);
    }

    private List<MailMessage> mailsTo(String address, int expected) {
        await().atMost(Duration.ofSeconds(15)).until(() -> mailbox.getMailMessagesSentTo(address).size() >= expected);
        return mailbox.getMailMessagesSentTo(address);
    }

    @Test
    void the_recipient_is_told_who_wrote_but_never_what() throws Exception {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Notify"));
        TestUser client = TestUser.client();
        String id = client.request().body(Map.of("specialistId", s.id(), "text", SECRET)).post("/api/conversations")
                .then().statusCode(201).extract().path("conversation.id");
        notifier.notifyUnread();
        MailMessage mail = mailsTo(s.owner().email(), 1).get(0);
        assertEquals("You have a new message from " + client.name(), mail.getSubject());
        assertFalse(mail.getText().contains(SECRET));
        assertFalse(mail.getHtml().contains(SECRET));
        assertFalse(mail.getSubject().contains("sleep"));
        assertTrue(mail.getText().contains("http://localhost:8080/conversations/" + id));

        // More messages within 15 minutes: no second email.
        client.request().body(Map.of("text", "and another thing")).post("/api/conversations/" + id + "/messages")
                .then().statusCode(201);
        notifier.notifyUnread();
        assertEquals(1, settle(s.owner().email()).size());

        // 20 minutes later the newer message is still unread: one more email.
        twentyMinutesPass(id);
        notifier.notifyUnread();
        assertEquals(2, mailsTo(s.owner().email(), 2).size());
        // Another 20 minutes with nothing new: no email about messages already mentioned.
        twentyMinutesPass(id);
        notifier.notifyUnread();
        assertEquals(2, settle(s.owner().email()).size());
        assertEquals(0, settle(client.email()).size(), "the sender is not notified of their own messages");
    }

    /** Moves the conversation's clock back instead of waiting. */
    private void twentyMinutesPass(String conversation) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE conversation SET specialist_notified_at = specialist_notified_at - interval '20 minutes' WHERE id = ?1")
                    .setParameter(1, UUID.fromString(conversation)).executeUpdate();
            em.createNativeQuery("UPDATE message SET created_at = created_at - interval '20 minutes' WHERE conversation_id = ?1")
                    .setParameter(1, UUID.fromString(conversation)).executeUpdate();
        });
    }

    @Test
    void no_email_once_the_recipient_has_read() throws Exception {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Quick Reader"));
        TestUser client = TestUser.client();
        String id = client.request().body(Map.of("specialistId", s.id(), "text", "hi")).post("/api/conversations")
                .then().statusCode(201).extract().path("conversation.id");
        s.owner().request().body(Map.of()).post("/api/conversations/" + id + "/read").then().statusCode(200);
        notifier.notifyUnread();
        assertEquals(0, settle(s.owner().email()).size());
    }
}
