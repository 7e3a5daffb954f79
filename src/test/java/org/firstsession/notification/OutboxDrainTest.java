package org.firstsession.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A burst larger than one batch leaves in one relay run, not one batch per interval (the benchmark's 50
 * bookings a second queue 100 emails a second; at 20 per 5 s run the outbox would fall behind for hours).
 * The scheduled relay is switched off here, so only the call under test sends.
 */
@QuarkusTest
@TestProfile(OutboxDrainTest.NoScheduledRelay.class)
class OutboxDrainTest {

    public static class NoScheduledRelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("firstsession.mail.relay-interval", "off", "firstsession.mail.batch-size", "20");
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @Test
    void one_run_drains_a_burst_of_several_batches() {
        mailbox.clear();
        String run = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 45; i++) {
                outbox.enqueue("<drain-" + run + "-" + i + "@firstsession.local>", Outbox.Recipient.staff("drain" + i + "@example.org"), "Your booking",
                        new MailContent("Hello", List.of("A burst."), List.of(), null, null, null, null, null), null, null, Locale.ENGLISH);
            }
        });
        assertEquals(45, relay.drain());
        assertEquals(45, mailbox.getTotalMessagesSent());
        long pending = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM email_outbox WHERE status = 'PENDING'").getSingleResult()).longValue());
        assertEquals(0, pending);
    }

    @Test
    void an_unreadable_email_is_set_aside_and_counted_and_the_rest_of_its_batch_goes_out() {
        mailbox.clear();
        String run = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 3; i++) {
                outbox.enqueue("<unreadable-" + run + "-" + i + "@firstsession.local>", Outbox.Recipient.staff("u" + i + "@example.org"),
                        "Your booking", new MailContent("Hello", List.of("Body " + i), List.of(), null, null, null, null, null),
                        null, null, Locale.ENGLISH);
            }
            // The middle email's body is replaced by the first one's ciphertext (bound to another row).
            em.createNativeQuery("""
                    UPDATE email_outbox SET body_text = (SELECT body_text FROM email_outbox WHERE message_id = ?1)
                    WHERE message_id = ?2""").setParameter(1, "<unreadable-" + run + "-0@firstsession.local>")
                    .setParameter(2, "<unreadable-" + run + "-1@firstsession.local>").executeUpdate();
        });
        double before = metrics.counter("firstsession.outbox.unreadable").count();
        assertEquals(2, relay.drain());
        assertEquals(2, mailbox.getTotalMessagesSent());
        Object[] setAside = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT status, last_error FROM email_outbox WHERE message_id = ?1")
                .setParameter(1, "<unreadable-" + run + "-1@firstsession.local>").getSingleResult());
        assertEquals("FAILED", setAside[0]);
        assertEquals(true, ((String) setAside[1]).startsWith("unreadable"), (String) setAside[1]);
        assertEquals(before + 1, metrics.counter("firstsession.outbox.unreadable").count());
        assertEquals(0, relay.drain(), "nothing is left to block later runs");
    }
}
