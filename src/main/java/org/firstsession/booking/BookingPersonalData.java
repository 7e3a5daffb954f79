package org.firstsession.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.shared.privacy.DataSubject;
import org.firstsession.shared.privacy.EncryptedColumn;
import org.firstsession.shared.privacy.ExportPart;
import org.firstsession.shared.privacy.PersonalData;

/**
 * Bookings on either side and the specialist's slots. Erasure cancels upcoming consultations first (the
 * other side is told), then clears what the person wrote and the video rooms; the bookings stay for the other
 * side's history. A booking's video room name is encrypted, exported as the link in the booking view while the
 * consultation is live, and retired a day after the consultation ends (or at once when it is cancelled).
 */
@ApplicationScoped
@Priority(80)
class BookingPersonalData implements PersonalData {

    record Part(List<BookingView> bookingsAsClient, List<BookingView> bookingsAsSpecialist, List<TimeOffView> timeOff)
            implements ExportPart {
    }

    /** How long after its end a consultation's video room is kept (it may run over; nobody needs it later). */
    static final Duration ROOM_AFTER_END = Duration.ofDays(1);

    private final EntityManager em;
    private final BookingService bookings;
    private final BookingConfig config;
    private final TimeOffService timeOff;

    BookingPersonalData(EntityManager em, BookingService bookings, BookingConfig config, TimeOffService timeOff) {
        this.timeOff = timeOff;
        this.em = em;
        this.bookings = bookings;
        this.config = config;
    }

    @Override
    public ExportPart export(DataSubject subject) {
        return new Part(bookings.allFor(subject.accountId(), BookingQuery.Side.CLIENT),
                subject.isSpecialist() ? bookings.allFor(subject.accountId(), BookingQuery.Side.SPECIALIST) : List.of(),
                subject.isSpecialist() ? timeOff.list(subject.accountId()) : List.of());
    }

    @Override
    public void release(DataSubject subject) {
        bookings.cancelAllUpcomingFor(subject.accountId(), subject.specialistId());
    }

    @Override
    public void erase(DataSubject subject) {
        em.createNativeQuery("UPDATE booking SET note = NULL, cancel_reason = NULL, video_room = NULL WHERE client_id = ?1")
                .setParameter(1, subject.accountId()).executeUpdate();
        em.createNativeQuery("DELETE FROM booking_change WHERE account_id = ?1").setParameter(1, subject.accountId())
                .executeUpdate();
        em.createNativeQuery("DELETE FROM booking_cancel_link l USING booking b WHERE b.id = l.booking_id AND b.client_id = ?1")
                .setParameter(1, subject.accountId()).executeUpdate();
        if (subject.isSpecialist()) {
            em.createNativeQuery("""
                    UPDATE booking SET cancel_reason = NULL WHERE specialist_id = ?1 AND cancelled_by = 'SPECIALIST'""")
                    .setParameter(1, subject.specialistId()).executeUpdate();
            em.createNativeQuery("DELETE FROM time_off WHERE specialist_id = ?1").setParameter(1, subject.specialistId())
                    .executeUpdate();
            em.createNativeQuery("UPDATE booking SET video_room = NULL WHERE specialist_id = ?1")
                    .setParameter(1, subject.specialistId()).executeUpdate();
            em.createNativeQuery("""
                    UPDATE slot SET withdrawn_at = now()
                    WHERE specialist_id = ?1 AND withdrawn_at IS NULL AND starts_at > now()""")
                    .setParameter(1, subject.specialistId()).executeUpdate();
        }
    }

    @Override
    public List<EncryptedColumn> encryptedColumns() {
        return List.of(EncryptedColumn.byId("booking", "note"), EncryptedColumn.byId("booking", "cancel_reason"),
                EncryptedColumn.byId("booking", "video_room"));
    }

    @Override
    public Map<String, Integer> applyRetention(Instant now) {
        Instant cutoff = now.atZone(ZoneOffset.UTC).minus(config.noteRetention()).toInstant();
        return Map.of("bookingNotes", em.createNativeQuery("""
                UPDATE booking SET note = NULL
                WHERE note IS NOT NULL AND ((status = 'CANCELLED' AND cancelled_at < ?1) OR ends_at < ?1)""")
                .setParameter(1, cutoff).executeUpdate(),
                // A room is needed until its consultation is over; a day later it is retired.
                "videoRooms", em.createNativeQuery("""
                        UPDATE booking SET video_room = NULL WHERE video_room IS NOT NULL AND ends_at < ?1""")
                        .setParameter(1, now.minus(ROOM_AFTER_END)).executeUpdate(),
                // The daily caps on cancellations and reschedules only look back one day.
                "bookingChangeCounts", em.createNativeQuery("DELETE FROM booking_change WHERE at < ?1")
                        .setParameter(1, now.minus(BookingService.CHANGE_WINDOW)).executeUpdate(),
                // "I can't make it" links work until the start; after it they are only a stored hash.
                "bookingCancelLinks", em.createNativeQuery("DELETE FROM booking_cancel_link WHERE expires_at < ?1")
                        .setParameter(1, now).executeUpdate(),
                // Time off that ended a month ago says nothing the slots do not.
                "pastTimeOff", em.createNativeQuery("DELETE FROM time_off WHERE to_date < ?1")
                        .setParameter(1, now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(31)).executeUpdate());
    }

    @Override
    public Set<String> personalColumns() {
        return Set.of("booking.note", "booking.cancel_reason", "booking.video_room", "booking_cancel_link.token_hash",
                "time_off.note");
    }
}
