package org.firstsession.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.shared.Draining;

import io.quarkus.scheduler.Scheduled;

/**
 * Queues the reminder emails ({@link BookingConfig#reminders()}, e.g. a day and two hours before) for
 * confirmed bookings. Each reminder of a booking is a row of {@code booking_reminder}, inserted in the
 * same transaction as its emails are queued; its primary key lets exactly one instance insert it, so each
 * reminder is queued once however many instances run the job. A booking is reminded by the closest due
 * reminder only: one that is already inside the next shorter reminder's period is left to that one.
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

    /** Queues the reminders that are due now; returns how many reminders (bookings × reminders) were queued. */
    @Transactional
    public int queueDueReminders() {
        Instant now = Instant.now();
        List<Duration> offsets = descending(config.reminders());
        int queued = 0;
        for (int i = 0; i < offsets.size(); i++) {
            Duration before = offsets.get(i);
            Duration nextShorter = i + 1 < offsets.size() ? offsets.get(i + 1) : Duration.ZERO;
            @SuppressWarnings("unchecked")
            List<UUID> due = em.createNativeQuery("""
                    INSERT INTO booking_reminder (booking_id, before_start, sent_at)
                    SELECT b.id, ?1, ?2 FROM booking b
                    WHERE b.status = 'CONFIRMED' AND b.starts_at > ?3 AND b.starts_at <= ?4
                      AND NOT EXISTS (SELECT 1 FROM booking_reminder r WHERE r.booking_id = b.id AND r.before_start = ?1)
                    ORDER BY b.starts_at LIMIT 200
                    ON CONFLICT DO NOTHING
                    RETURNING booking_id""")
                    .setParameter(1, before.toString()).setParameter(2, now)
                    .setParameter(3, now.plus(nextShorter)).setParameter(4, now.plus(before))
                    .getResultList();
            for (UUID id : due) {
                Booking booking = Booking.findById(id);
                em.refresh(booking);
                booking.reminderSentAt = now;
                mails.reminder(booking, before);
                queued++;
            }
        }
        return queued;
    }

    /**
     * A booking made (or moved) inside a reminder's period does not get that reminder: its confirmation
     * came just now. Marks those reminders as sent, in the booking's transaction.
     */
    void skipPassedReminders(Booking booking, Instant now) {
        em.createNativeQuery("DELETE FROM booking_reminder WHERE booking_id = ?1").setParameter(1, booking.id).executeUpdate();
        for (Duration before : config.reminders()) {
            if (booking.startsAt.minus(before).isBefore(now)) {
                em.createNativeQuery("INSERT INTO booking_reminder (booking_id, before_start) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                        .setParameter(1, booking.id).setParameter(2, before.toString()).executeUpdate();
            }
        }
    }

    private static List<Duration> descending(List<Duration> reminders) {
        List<Duration> sorted = new ArrayList<>(reminders.stream().filter(d -> !d.isNegative() && !d.isZero()).distinct().toList());
        sorted.sort(Comparator.reverseOrder());
        return sorted;
    }
}
