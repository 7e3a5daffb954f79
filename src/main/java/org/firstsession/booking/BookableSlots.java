package org.firstsession.booking;

import static org.firstsession.shared.i18n.Details.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.BookingDetailMsg;
import org.firstsession.specialist.Specialist;

/**
 * When a slot is bookable: the one place that says so, in SQL and in Java.
 * <ul>
 * <li>The part that does not depend on the clock is the database view {@value #OPEN} (migration V55): not
 * withdrawn, no live booking, not in another booking's buffer (V69) and not overlapping a busy time of the
 * specialist's own calendars (V72). The public slot list, the dashboard and admin counts read it, and the
 * directory's trigger-kept copy {@code directory_open_slot} is refreshed from it.</li>
 * <li>The part that depends on the clock — from the minimum notice up to the horizon, and not held for
 * someone else (a waitlist offer holds a slot for one client, {@link #hold}) — is
 * {@link #window(String, String)} with {@link #earliest(Instant)} and {@link #latest(Instant)}.</li>
 * <li>A booking or reschedule checks the same rule on one locked slot with
 * {@link #requireBookable(Slot, Instant)}, which answers with the problem type that says which part
 * failed.</li>
 * </ul>
 */
@ApplicationScoped
public class BookableSlots {

    /** The view of open slots (columns {@code slot_id, specialist_id, starts_at, ends_at}). */
    public static final String OPEN = "open_slot";

    private final EntityManager em;
    private final BookingConfig config;

    BookableSlots(EntityManager em, BookingConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * The clock part of the rule for the open-slot row {@code alias} (of {@value #OPEN} or its directory
     * copy): starts from {@code :earliest} (bind {@link #earliest(Instant)}) and before the named
     * parameter {@code latest} (at most {@link #latest(Instant)}).
     */
    public static String window(String alias, String latest) {
        return alias + ".starts_at >= :earliest AND " + alias + ".starts_at < " + latest + " AND " + notHeld(alias);
    }

    /** No unexpired hold on the open-slot row {@code alias} (holds expire by the database's clock). */
    public static String notHeld(String alias) {
        return "NOT EXISTS (SELECT 1 FROM slot_hold h WHERE h.slot_id = " + alias + ".slot_id AND h.held_until > now())";
    }

    /**
     * Holds a slot for one person until {@code until}, unless someone holds it already: only an expired
     * hold is taken over. The primary key decides between concurrent callers (the second waits for the
     * first and then finds an unexpired hold). Joins the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean hold(UUID slotId, UUID accountId, Instant until) {
        return em.createNativeQuery("""
                INSERT INTO slot_hold (slot_id, account_id, held_until) VALUES (?1, ?2, ?3)
                ON CONFLICT (slot_id) DO UPDATE SET account_id = excluded.account_id, held_until = excluded.held_until
                WHERE slot_hold.held_until <= now()""")
                .setParameter(1, slotId).setParameter(2, accountId).setParameter(3, until).executeUpdate() == 1;
    }

    /** Ends the holds on a slot (its offer was declined, expired or accepted). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID slotId) {
        em.createNativeQuery("DELETE FROM slot_hold WHERE slot_id = ?1").setParameter(1, slotId).executeUpdate();
    }

    /** Whether the slot is one clients could book now (open, in the window, not held for anyone). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isBookable(UUID slotId) {
        Instant now = Instant.now();
        return !em.createNativeQuery("SELECT 1 FROM " + OPEN + " o WHERE o.slot_id = :slot AND " + window("o", ":latest"))
                .setParameter("slot", slotId).setParameter("earliest", earliest(now)).setParameter("latest", latest(now))
                .getResultList().isEmpty();
    }

    /** The earliest bookable start: the minimum notice from now. */
    public Instant earliest(Instant now) {
        return now.plus(config.minimumNotice());
    }

    /** The latest bookable start (exclusive): the horizon from now. */
    public Instant latest(Instant now) {
        return now.plus(config.horizon());
    }

    /** Bookable slots of a specialist starting in [from, to) (clipped to the bookable window), in time order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<Object[]> of(UUID specialistId, Instant from, Instant to, Instant now) {
        Instant earliest = max(from, earliest(now));
        Instant latest = min(to, latest(now));
        if (!earliest.isBefore(latest)) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.slot_id, o.starts_at, o.ends_at FROM " + OPEN + " o"
                + " WHERE o.specialist_id = :specialist AND " + window("o", ":latest") + " ORDER BY o.starts_at")
                .setParameter("specialist", specialistId).setParameter("earliest", earliest).setParameter("latest", latest)
                .getResultList();
        return rows;
    }

    /** How many slots of a specialist clients could book now, starting within {@code period}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countWithin(UUID specialistId, Duration period) {
        Instant now = Instant.now();
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + OPEN + " o"
                + " WHERE o.specialist_id = :specialist AND " + window("o", ":latest"))
                .setParameter("specialist", specialistId).setParameter("earliest", earliest(now))
                .setParameter("latest", now.plus(period)).getSingleResult()).longValue();
    }

    /**
     * The rule for one slot the caller has locked (after it has checked that the slot is offered and by
     * whom): in the bookable window (422 {@code slot-in-past}, {@code too-short-notice},
     * {@code beyond-horizon}), not booked (409 {@code slot-taken}), not held for someone else than
     * {@code clientId} (409 {@code slot-held}), not overlapping a busy time of the specialist's own calendars
     * (409 {@code slot-unavailable}, the view {@code busy_clash}, V72) and outside the buffer of the
     * specialist's other consultations (409 {@code slot-unavailable}).
     */
    void requireBookable(Slot slot, Instant now, UUID clientId) {
        requireBookableExceptBuffer(slot, now, clientId);
        requireOutsideBuffer(slot);
    }

    /**
     * As {@link #requireBookable} without the buffer, for a reschedule: the client's own booking must not
     * count as the neighbour, so the caller moves it first and then calls {@link #requireOutsideBuffer}.
     */
    void requireBookableExceptBuffer(Slot slot, Instant now, UUID clientId) {
        Specialist specialist = em.find(Specialist.class, slot.specialistId);
        if (specialist.bufferMinutes > 0) {
            // Two bookings of neighbouring slots would each pass the buffer check before the other commits:
            // with a buffer, one specialist's bookings take turns (the lock ends with the transaction).
            em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(cast(?1 as text), 17))")
                    .setParameter(1, slot.specialistId.toString()).getSingleResult();
        }
        if (!slot.startsAt.isAfter(now)) {
            throw BookingProblem.SLOT_IN_PAST.exception(booking(m -> m.booking_slot_started()));
        }
        if (slot.startsAt.isBefore(earliest(now))) {
            throw BookingProblem.TOO_SHORT_NOTICE.exception(
                    booking(m -> m.booking_too_short_notice(human(m, config.minimumNotice()))));
        }
        if (slot.startsAt.isAfter(latest(now))) {
            throw BookingProblem.BEYOND_HORIZON.exception(
                    booking(m -> m.booking_beyond_horizon(human(m, config.horizon()))));
        }
        if (liveBookingOf(slot.id) != null) {
            throw slotTaken();
        }
        @SuppressWarnings("unchecked")
        List<UUID> holders = em.createNativeQuery("SELECT account_id FROM slot_hold WHERE slot_id = ?1 AND held_until > now()")
                .setParameter(1, slot.id).getResultList();
        if (!holders.isEmpty() && !holders.get(0).equals(clientId)) {
            throw BookingProblem.SLOT_HELD.exception(booking(m -> m.booking_slot_held()));
        }
        if (!em.createNativeQuery("SELECT 1 FROM busy_clash WHERE slot_id = ?1").setParameter(1, slot.id)
                .getResultList().isEmpty()) {
            throw BookingProblem.SLOT_UNAVAILABLE.exception(booking(m -> m.booking_busy_clash()));
        }
    }

    /** Not within the buffer of another live booking of the specialist (the view {@code buffered_slot}, V69). */
    void requireOutsideBuffer(Slot slot) {
        if (!em.createNativeQuery("SELECT 1 FROM buffered_slot WHERE slot_id = ?1").setParameter(1, slot.id)
                .getResultList().isEmpty()) {
            throw BookingProblem.SLOT_UNAVAILABLE.exception(booking(m -> m.booking_within_buffer()));
        }
    }

    static Booking liveBookingOf(UUID slotId) {
        return Booking.<Booking>find("slotId = ?1 and status <> ?2", slotId, BookingStatus.CANCELLED).firstResult();
    }

    static ProblemException slotTaken() {
        return BookingProblem.SLOT_TAKEN.exception(booking(m -> m.booking_slot_taken()));
    }

    static String human(BookingDetailMsg texts, Duration duration) {
        if (duration.toDays() >= 1 && duration.toHours() % 24 == 0) {
            return texts.duration_days(duration.toDays());
        }
        if (duration.toHours() >= 1 && duration.toMinutes() % 60 == 0) {
            return texts.duration_hours(duration.toHours());
        }
        return texts.duration_minutes(duration.toMinutes());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
