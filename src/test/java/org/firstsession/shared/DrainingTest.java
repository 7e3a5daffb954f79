package org.firstsession.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Once a shutdown begins, the relay claims nothing more; the work stays queued for the next instance. */
@QuarkusTest
class DrainingTest {

    @Inject
    Draining draining;

    @Inject
    EntityManager em;

    private String status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT status FROM email_outbox WHERE id = ?1").setParameter(1, id).getSingleResult());
    }

    @Test
    void a_draining_instance_leaves_due_emails_queued() throws InterruptedException {
        UUID id = UUID.randomUUID();
        draining.begin();
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    INSERT INTO email_outbox (id, message_id, recipient, subject, body_text, body_html)
                    VALUES (?1, ?2, 'drain@firstsession.test', 'free consultation', 'Hello', '<p>Hello</p>')""")
                    .setParameter(1, id).setParameter(2, "<drain-" + id + "@firstsession.test>").executeUpdate());
            Thread.sleep(3_000); // three relay intervals in the test profile
            assertEquals("PENDING", status(id), "nothing claimed while draining");
        } finally {
            draining.end();
        }
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> "SENT".equals(status(id)));
    }
}
