package org.firstsession.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.shared.error.ProblemException;

/**
 * When a slot is bookable: the one place that says so, in SQL and in Java.
 * <ul>
 * <li>The part that does not depend on the clock is the database view {@value #OPEN} (migration V55): not
 * withdrawn, no live booking, and (V72) not overlapping a busy time of the specialist's own calendars. The public slot list, the dashboard and admin counts read it, and the
 * directory's trigger-kept copy {@code directory_open_slot} is refreshed from it.</li>
 * <li>The part that depends on the clock — from the minimum notice up to the horizon — is
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
        return alias + ".starts_at >= :earliest AND " + alias + ".starts_at < " + latest;
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
     * {@code beyond-horizon}), not booked (409 {@code slot-taken}) and open by the view, that is not clashing
     * with a busy time of the specialist's calendars (409 {@code slot-unavailable}).
     */
    void requireBookable(Slot slot, Instant now) {
        if (!slot.startsAt.isAfter(now)) {
            throw BookingProblem.SLOT_IN_PAST.exception("This slot has already started.");
        }
        if (slot.startsAt.isBefore(earliest(now))) {
            throw BookingProblem.TOO_SHORT_NOTICE.exception(
                    "Free consultations must be booked at least " + human(config.minimumNotice()) + " ahead.");
        }
        if (slot.startsAt.isAfter(latest(now))) {
            throw BookingProblem.BEYOND_HORIZON.exception(
                    "Free consultations can be booked at most " + human(config.horizon()) + " ahead.");
        }
        if (liveBookingOf(slot.id) != null) {
            throw slotTaken();
        }
        // Withdrawn and booked are answered above with their own types; what else keeps a slot out of the view
        // is a busy time of the specialist's own calendars (V72).
        if (em.createNativeQuery("SELECT 1 FROM " + OPEN + " o WHERE o.slot_id = ?1").setParameter(1, slot.id)
                .getResultList().isEmpty()) {
            throw BookingProblem.SLOT_UNAVAILABLE.exception("The specialist is no longer available at this time.");
        }
    }

    static Booking liveBookingOf(UUID slotId) {
        return Booking.<Booking>find("slotId = ?1 and status <> ?2", slotId, BookingStatus.CANCELLED).firstResult();
    }

    static ProblemException slotTaken() {
        return BookingProblem.SLOT_TAKEN.exception("Someone else has just booked this slot.");
    }

    static String human(Duration duration) {
        if (duration.toDays() >= 1 && duration.toHours() % 24 == 0) {
            return duration.toDays() + " days";
        }
        if (duration.toHours() >= 1 && duration.toMinutes() % 60 == 0) {
            return duration.toHours() + " hours";
        }
        return duration.toMinutes() + " minutes";
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
