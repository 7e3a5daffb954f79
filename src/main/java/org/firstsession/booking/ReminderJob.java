package org.firstsession.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.shared.Draining;

import io.quarkus.scheduler.Scheduled;

/**
 * Queues the reminder emails for confirmed bookings that start within the reminder period. Rows are
 * claimed with {@code FOR UPDATE SKIP LOCKED} and marked in the same transaction as the emails are
 * queued, so each reminder is queued once even with several instances.
 */
@ApplicationScoped
public class ReminderJob {

    private final EntityManager em;
    private final BookingConfig config;
    private final BookingMails mails;

    ReminderJob(EntityManager em, BookingConfig config, BookingMails mails) {
        this.em = em;
        this.config = config;
        this.mails = mails;
    }

    @Scheduled(every = "${firstsession.mail.reminder-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Draining.Skip.class)
    void scheduledRun() {
        queueDueReminders();
    }

    /** Queues the reminders that are due now; returns how many bookings got one. */
    @Transactional
    public int queueDueReminders() {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                UPDATE booking SET reminder_sent_at = ?1
                WHERE id IN (SELECT id FROM booking
                             WHERE status = 'CONFIRMED' AND reminder_sent_at IS NULL
                               AND starts_at > ?1 AND starts_at <= ?2
                             ORDER BY starts_at LIMIT 200
                             FOR UPDATE SKIP LOCKED)
                RETURNING id""")
                .setParameter(1, now)
                .setParameter(2, now.plus(config.reminderBefore()))
                .getResultList();
        for (UUID id : due) {
            Booking booking = Booking.findById(id);
            em.refresh(booking);
            mails.reminder(booking);
        }
        return due.size();
    }
}
