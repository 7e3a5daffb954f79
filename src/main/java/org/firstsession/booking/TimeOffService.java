package org.firstsession.booking;

import static org.firstsession.shared.i18n.Details.booking;
import static org.firstsession.shared.i18n.Details.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.specialist.Specialist;

/**
 * A specialist's time off: the open slots inside are withdrawn at once (booked ones are listed, never
 * cancelled silently), and weekly rules skip those days ({@link SlotService}).
 */
@ApplicationScoped
@Transactional
public class TimeOffService {

    /** How far ahead time off may reach. */
    static final int MAX_DAYS_AHEAD = 366;

    private final EntityManager em;
    private final BookingService bookings;

    TimeOffService(EntityManager em, BookingService bookings) {
        this.em = em;
        this.bookings = bookings;
    }

    public TimeOffView create(UUID callerAccountId, TimeOffRequest request) {
        Specialist specialist = mine(callerAccountId);
        if (specialist.timeZone == null) {
            throw BookingProblem.TIME_ZONE_REQUIRED.exception(booking(m -> m.timeoff_time_zone_required()));
        }
        ZoneId zone = ZoneId.of(specialist.timeZone);
        LocalDate today = LocalDate.now(zone);
        List<FieldError> errors = new ArrayList<>();
        if (request.from().isBefore(today)) {
            errors.add(new FieldError("from", problem(m -> m.field_today_or_later())));
        }
        if (request.to().isBefore(request.from())) {
            errors.add(new FieldError("to", booking(m -> m.timeoff_not_before_from())));
        }
        if (request.to().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            errors.add(new FieldError("to", booking(m -> m.timeoff_year_ahead())));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        UUID id = UUID.randomUUID();
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        em.createNativeQuery("INSERT INTO time_off (id, specialist_id, from_date, to_date, note) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id).setParameter(2, specialist.id).setParameter(3, request.from())
                .setParameter(4, request.to()).setParameter(5, note).executeUpdate();
        Instant start = request.from().atStartOfDay(zone).toInstant();
        Instant end = request.to().plusDays(1).atStartOfDay(zone).toInstant();
        // Lock the slots first, then withdraw the unbooked ones in a new statement: a booking that
        // committed meanwhile is seen (bookings share-lock their slot, so we wait for them).
        em.createNativeQuery("""
                SELECT 1 FROM slot WHERE specialist_id = ?1 AND withdrawn_at IS NULL AND starts_at >= ?2 AND starts_at < ?3
                  AND starts_at > now() ORDER BY id FOR UPDATE""")
                .setParameter(1, specialist.id).setParameter(2, start).setParameter(3, end).getResultList();
        int withdrawn = em.createNativeQuery("""
                UPDATE slot sl SET withdrawn_at = now()
                WHERE sl.specialist_id = ?1 AND sl.withdrawn_at IS NULL AND sl.starts_at >= ?2 AND sl.starts_at < ?3
                  AND sl.starts_at > now()
                  AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.slot_id = sl.id AND b.status <> 'CANCELLED')""")
                .setParameter(1, specialist.id).setParameter(2, start).setParameter(3, end).executeUpdate();
        return view(id, callerAccountId, withdrawn);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimeOffView> list(UUID callerAccountId) {
        Specialist specialist = mine(callerAccountId);
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT id FROM time_off WHERE specialist_id = ?1 ORDER BY from_date, id")
                .setParameter(1, specialist.id).getResultList();
        return ids.stream().map(id -> view(id, callerAccountId, null)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TimeOffView get(UUID id, UUID callerAccountId) {
        mine(callerAccountId);
        return view(id, callerAccountId, null);
    }

    /** Ends time off; withdrawn slots stay withdrawn (the specialist offers new ones). */
    public void delete(UUID id, UUID callerAccountId) {
        Specialist specialist = mine(callerAccountId);
        if (em.createNativeQuery("DELETE FROM time_off WHERE id = ?1 AND specialist_id = ?2")
                .setParameter(1, id).setParameter(2, specialist.id).executeUpdate() == 0) {
            throw ProblemException.notFound(problem(m -> m.not_found_time_off()));
        }
    }

    /** The local dates of the specialist's time off that overlap [from, to] (for weekly rules). */
    @Transactional(Transactional.TxType.SUPPORTS)
    boolean[] daysOff(UUID specialistId, LocalDate from, LocalDate to) {
        int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        boolean[] off = new boolean[Math.max(days, 0)];
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT from_date, to_date FROM time_off WHERE specialist_id = ?1 AND to_date >= ?2 AND from_date <= ?3""")
                .setParameter(1, specialistId).setParameter(2, from).setParameter(3, to).getResultList();
        for (Object[] row : rows) {
            LocalDate a = SqlValues.localDate(row[0]);
            LocalDate b = SqlValues.localDate(row[1]);
            for (LocalDate d = a.isBefore(from) ? from : a; !d.isAfter(b) && !d.isAfter(to); d = d.plusDays(1)) {
                off[(int) (d.toEpochDay() - from.toEpochDay())] = true;
            }
        }
        return off;
    }

    private TimeOffView view(UUID id, UUID callerAccountId, Integer withdrawn) {
        Specialist specialist = mine(callerAccountId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT from_date, to_date, note, created_at FROM time_off WHERE id = ?1 AND specialist_id = ?2""")
                .setParameter(1, id).setParameter(2, specialist.id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound(problem(m -> m.not_found_time_off()));
        }
        Object[] row = rows.get(0);
        LocalDate from = SqlValues.localDate(row[0]);
        LocalDate to = SqlValues.localDate(row[1]);
        ZoneId zone = SlotService.zoneOf(specialist);
        List<BookingView> inside = Booking.<Booking>find("specialistId = ?1 and status = ?2 and startsAt >= ?3 and startsAt < ?4"
                + " order by startsAt", specialist.id, BookingStatus.CONFIRMED, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant()).list().stream()
                .map(b -> bookings.view((Booking) b, callerAccountId)).toList();
        return new TimeOffView(id, from, to, (String) row[2], SqlValues.instant(row[3]), withdrawn, inside);
    }

    private static Specialist mine(UUID accountId) {
        return Specialist.findByAccount(accountId).orElseThrow(() -> ProblemException.notFound(problem(m -> m.not_found_my_profile())));
    }
}
