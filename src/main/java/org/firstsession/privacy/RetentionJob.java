package org.firstsession.privacy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps less: purges notes of cancelled and past bookings after {@code booking-note-retention}, deletes
 * closed contact requests after {@code closed-contact-retention}, and empties the bodies of emails that
 * were sent or finally failed (sent ones are already emptied when sent; failed ones keep theirs 30 days
 * for diagnosis). Idempotent; safe on several instances.
 */
@ApplicationScoped
public class RetentionJob {

    private final EntityManager em;
    private final PrivacyConfig config;

    RetentionJob(EntityManager em, PrivacyConfig config) {
        this.em = em;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRun() {
        purge();
    }

    /** Returns how many rows each rule touched. */
    @Transactional
    public Map<String, Integer> purge() {
        Instant now = Instant.now();
        Instant noteCutoff = now.atZone(ZoneOffset.UTC).minus(config.bookingNoteRetention()).toInstant();
        Instant contactCutoff = now.atZone(ZoneOffset.UTC).minus(config.closedContactRetention()).toInstant();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("bookingNotes", em.createNativeQuery("""
                UPDATE booking SET note = NULL
                WHERE note IS NOT NULL AND ((status = 'CANCELLED' AND cancelled_at < ?1) OR ends_at < ?1)""")
                .setParameter(1, noteCutoff).executeUpdate());
        counts.put("closedContactRequests", em.createNativeQuery(
                "DELETE FROM contact_request WHERE status = 'CLOSED' AND closed_at < ?1")
                .setParameter(1, contactCutoff).executeUpdate());
        counts.put("emailBodies", em.createNativeQuery("""
                UPDATE email_outbox SET body_text = '', body_html = '', ics = NULL
                WHERE (body_text <> '' OR body_html <> '' OR ics IS NOT NULL)
                  AND (status = 'SENT' OR (status = 'FAILED' AND created_at < ?1))""")
                .setParameter(1, now.minus(java.time.Duration.ofDays(30))).executeUpdate());
        return counts;
    }
}
