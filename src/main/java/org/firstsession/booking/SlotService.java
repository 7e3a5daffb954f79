package org.firstsession.booking;

import static org.firstsession.shared.i18n.Details.booking;
import static org.firstsession.shared.i18n.Details.problem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.firstsession.specialist.SpecialistProblem;
import org.firstsession.booking.SlotView.Created;
import org.firstsession.booking.SlotView.SlotList;
import org.firstsession.booking.SlotView.Skipped;
import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.idempotency.IdempotencyService;
import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.specialist.Specialist;
import java.util.Comparator;

@ApplicationScoped
@Transactional
public class SlotService {

    private static final String INSERT = """
            INSERT INTO slot (id, specialist_id, starts_at, ends_at) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT DO NOTHING""";

    private final EntityManager em;
    private final BookingConfig config;
    private final BookingService bookings;
    private final IdempotencyService idempotency;
    private final BookableSlots bookable;
    private final Event<SlotFreed> slotFreed;
    private final TimeOffService timeOff;

    SlotService(EntityManager em, BookingConfig config, BookingService bookings, IdempotencyService idempotency,
            BookableSlots bookable, Event<SlotFreed> slotFreed, TimeOffService timeOff) {
        this.timeOff = timeOff;
        this.bookable = bookable;
        this.slotFreed = slotFreed;
        this.em = em;
        this.config = config;
        this.bookings = bookings;
        this.idempotency = idempotency;
    }

    /**
     * Creates one slot or a weekly rule's slots. Overlaps are refused by the database's exclusion
     * constraint ({@code ON CONFLICT DO NOTHING}), so concurrent requests can never create overlapping
     * slots; a rule reports the slots it skipped and why.
     */
    public Created offer(UUID specialistId, UUID callerAccountId, String idempotencyKey, SlotRequest request) {
        return idempotency.once(callerAccountId, idempotencyKey, "POST /api/specialists/" + specialistId + "/slots",
                request, Created.class, () -> offer(specialistId, callerAccountId, request));
    }

    private Created offer(UUID specialistId, UUID callerAccountId, SlotRequest request) {
        Specialist specialist = owned(specialistId, callerAccountId);
        if (specialist.timeZone == null) {
            throw BookingProblem.TIME_ZONE_REQUIRED.exception(booking(m -> m.slot_time_zone_required()));
        }
        ZoneId zone = ZoneId.of(specialist.timeZone);
        Instant now = Instant.now();
        if ((request.startsAt() == null) == (request.rule() == null)) {
            throw ProblemException.invalid("startsAt", booking(m -> m.slot_start_or_rule()));
        }
        Duration length = config.slotLength();
        if (request.startsAt() != null) {
            Instant start = request.startsAt();
            if (!start.isAfter(now)) {
                throw ProblemException.invalid("startsAt", problem(m -> m.field_in_future()));
            }
            if (start.isAfter(now.plus(Duration.ofDays(config.ruleMaxDaysAhead())))) {
                throw ProblemException.invalid("startsAt", booking(m -> m.slot_days_ahead(config.ruleMaxDaysAhead())));
            }
            LocalDate day = LocalDate.ofInstant(start, zone);
            if (timeOff.daysOff(specialistId, day, day)[0]) {
                throw BookingProblem.TIME_OFF.exception(booking(m -> m.slot_time_off()));
            }
            UUID id = UUID.randomUUID();
            if (insert(id, specialistId, start, start.plus(length)) == 0) {
                throw BookingProblem.SLOT_OVERLAP.exception(booking(m -> m.slot_overlap()));
            }
            return new Created(List.of(SlotView.of(id, start, start.plus(length), zone, SlotView.OPEN, null)), List.of());
        }

        return expandRule(specialistId, request.rule(), zone, now, false);
    }

    /**
     * What {@link #offer} would make of a weekly rule, without saving anything: the same validation,
     * expansion and skip reasons (overlaps with the specialist's live slots, past, nonexistent local
     * times). The slots in the answer have no id. A slot created by someone else in the meantime can still
     * make the real request skip one more.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Created previewRule(UUID specialistId, UUID callerAccountId, SlotRequest.Rule rule) {
        Specialist specialist = owned(specialistId, callerAccountId);
        if (specialist.timeZone == null) {
            throw BookingProblem.TIME_ZONE_REQUIRED.exception(booking(m -> m.slot_time_zone_required()));
        }
        return expandRule(specialistId, rule, ZoneId.of(specialist.timeZone), Instant.now(), true);
    }

    private Created expandRule(UUID specialistId, SlotRequest.Rule ruleRequest, ZoneId zone, Instant now, boolean dryRun) {
        Duration length = config.slotLength();
        WeeklyRule rule = validRule(ruleRequest, zone, now);
        WeeklyRule.Expansion expansion = rule.expand(zone, length);
        List<SlotView> created = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        boolean[] daysOff = timeOff.daysOff(specialistId, rule.from(), rule.to());
        for (LocalDateTime gap : expansion.nonexistent()) {
            skipped.add(new Skipped(gap, null, Skipped.CLOCK_CHANGE));
        }
        for (WeeklyRule.Candidate candidate : expansion.candidates()) {
            if (!candidate.start().isAfter(now)) {
                skipped.add(new Skipped(candidate.local(), candidate.start(), Skipped.PAST));
                continue;
            }
            long dayIndex = candidate.local().toLocalDate().toEpochDay() - rule.from().toEpochDay();
            if (dayIndex >= 0 && dayIndex < daysOff.length && daysOff[(int) dayIndex]) {
                skipped.add(new Skipped(candidate.local(), candidate.start(), Skipped.TIME_OFF));
                continue;
            }
            UUID id = dryRun ? null : UUID.randomUUID();
            boolean free = dryRun ? !overlapsLiveSlot(specialistId, candidate.start(), candidate.end())
                    : insert(id, specialistId, candidate.start(), candidate.end()) == 1;
            if (!free) {
                skipped.add(new Skipped(candidate.local(), candidate.start(), Skipped.OVERLAP));
            } else {
                created.add(SlotView.of(id, candidate.start(), candidate.end(), zone, SlotView.OPEN, null));
            }
        }
        skipped.sort(Comparator.comparing(Skipped::localStart));
        return new Created(created, skipped);
    }

    /** The exclusion constraint's own test (live slots of the specialist whose range overlaps), as a read. */
    private boolean overlapsLiveSlot(UUID specialistId, Instant start, Instant end) {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM slot WHERE specialist_id = ?1 AND withdrawn_at IS NULL
                  AND tstzrange(starts_at, ends_at) && tstzrange(?2, ?3)""")
                .setParameter(1, specialistId).setParameter(2, start).setParameter(3, end)
                .getSingleResult()).longValue() > 0;
    }

    /** Open, bookable slots of a published specialist, local times in {@code tz} (default: the specialist's zone). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SlotList openSlots(UUID specialistId, SlotWindow asked, ZoneId tz) {
        Specialist specialist = Specialist.<Specialist>findByIdOptional(specialistId)
                .filter(Specialist::isPublic)
                .orElseThrow(() -> ProblemException.notFound(problem(m -> m.not_found_specialist())));
        ZoneId specialistZone = zoneOf(specialist);
        ZoneId readerZone = tz == null ? specialistZone : tz;
        Instant now = Instant.now();
        SlotWindow.Resolved window = asked.resolve(readerZone, now, config.listMaxDays());
        List<SlotView> items = new ArrayList<>();
        for (Object[] row : bookable.of(specialistId, window.from(), window.to(), now)) {
            items.add(SlotView.of((UUID) row[0], SqlValues.instant(row[1]), SqlValues.instant(row[2]), readerZone, null, null));
        }
        return new SlotList(specialistId, specialistZone.getId(), readerZone.getId(), window.from(), window.to(), items);
    }

    /**
     * All of the caller's slots in a window, with their state and booking, and for slots that are not
     * withdrawn the label of a busy calendar they clash with (clients are not offered those).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SlotList mySlots(UUID callerAccountId, SlotWindow asked) {
        Specialist specialist = Specialist.findByAccount(callerAccountId)
                .orElseThrow(() -> ProblemException.notFound(problem(m -> m.not_found_my_profile())));
        ZoneId zone = zoneOf(specialist);
        SlotWindow.Resolved window = asked.resolve(zone, Instant.now(), 92);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.id, s.starts_at, s.ends_at, s.withdrawn_at, b.id,
                       (SELECT min(c.label) FROM busy_clash x JOIN busy_calendar c ON c.id = x.calendar_id
                        WHERE x.slot_id = s.id) AS clashes_with
                FROM slot s
                LEFT JOIN booking b ON b.slot_id = s.id AND b.status <> 'CANCELLED'
                WHERE s.specialist_id = ?1 AND s.starts_at >= ?2 AND s.starts_at < ?3
                ORDER BY s.starts_at, s.withdrawn_at NULLS FIRST""")
                .setParameter(1, specialist.id).setParameter(2, window.from()).setParameter(3, window.to())
                .getResultList();
        List<SlotView> items = new ArrayList<>();
        for (Object[] row : rows) {
            String state = row[3] != null ? SlotView.WITHDRAWN : row[4] != null ? SlotView.BOOKED : SlotView.OPEN;
            items.add(SlotView.of((UUID) row[0], SqlValues.instant(row[1]), SqlValues.instant(row[2]), zone, state, (UUID) row[4],
                    row[3] == null ? (String) row[5] : null));
        }
        return new SlotList(specialist.id, zone.getId(), zone.getId(), window.from(), window.to(), items);
    }

    /**
     * Takes an open slot back. A booked slot is only withdrawn when the caller confirms that the booking
     * is to be cancelled (the client is told); otherwise 409.
     */
    public void withdraw(UUID slotId, UUID callerAccountId, boolean cancelBooking) {
        Slot slot = em.find(Slot.class, slotId, LockModeType.PESSIMISTIC_WRITE);
        if (slot == null || slot.isWithdrawn()) {
            throw ProblemException.notFound(problem(m -> m.not_found_slot()));
        }
        Specialist specialist = Specialist.findById(slot.specialistId);
        if (!specialist.isOwnedBy(callerAccountId)) {
            throw ProblemException.notFound(problem(m -> m.not_found_slot()));
        }
        Booking live = Booking.<Booking>find("slotId = ?1 and status <> ?2", slotId, BookingStatus.CANCELLED)
                .firstResult();
        if (live != null) {
            if (live.status != BookingStatus.CONFIRMED) {
                throw BookingProblem.SLOT_IN_PAST.exception(booking(m -> m.slot_took_place()));
            }
            if (!cancelBooking) {
                throw BookingProblem.SLOT_BOOKED.exception(booking(m -> m.slot_booked()));
            }
            bookings.cancelBecauseSlotWithdrawn(live);
        }
        slot.withdrawnAt = Instant.now();
    }

    private int insert(UUID id, UUID specialistId, Instant start, Instant end) {
        int inserted = em.createNativeQuery(INSERT)
                .setParameter(1, id).setParameter(2, specialistId).setParameter(3, start).setParameter(4, end)
                .executeUpdate();
        if (inserted == 1) {
            slotFreed.fire(new SlotFreed(id)); // a new slot may go to someone on the waitlist
        }
        return inserted;
    }

    private WeeklyRule validRule(SlotRequest.Rule rule, ZoneId zone, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (!rule.endTime().isAfter(rule.startTime())) {
            errors.add(new FieldError("rule.endTime", booking(m -> m.slot_end_after_start())));
        } else if (Duration.between(rule.startTime(), rule.endTime()).compareTo(config.slotLength()) < 0) {
            errors.add(new FieldError("rule.endTime", booking(m -> m.slot_window_fits(config.slotLength().toMinutes()))));
        }
        if (rule.startTime().getMinute() % 5 != 0 || rule.startTime().getSecond() != 0) {
            errors.add(new FieldError("rule.startTime", booking(m -> m.slot_five_minutes())));
        }
        if (rule.fromDate().isBefore(today)) {
            errors.add(new FieldError("rule.fromDate", problem(m -> m.field_today_or_later())));
        }
        if (rule.toDate().isBefore(rule.fromDate())) {
            errors.add(new FieldError("rule.toDate", booking(m -> m.slot_not_before_from_date())));
        }
        if (rule.toDate().isAfter(today.plusDays(config.ruleMaxDaysAhead()))) {
            errors.add(new FieldError("rule.toDate", booking(m -> m.slot_weeks_ahead(config.ruleMaxDaysAhead() / 7))));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new WeeklyRule(rule.days(), rule.startTime(), rule.endTime(), rule.fromDate(), rule.toDate());
    }

    private Specialist owned(UUID specialistId, UUID callerAccountId) {
        Specialist specialist = Specialist.<Specialist>findByIdOptional(specialistId)
                .orElseThrow(() -> ProblemException.notFound(problem(m -> m.not_found_specialist())));
        if (specialist.isOwnedBy(callerAccountId)) {
            return specialist;
        }
        if (specialist.isPublic()) {
            throw SpecialistProblem.NOT_OWNER.exception(booking(m -> m.slot_not_owner()));
        }
        throw ProblemException.notFound(problem(m -> m.not_found_specialist()));
    }

    static ZoneId zoneOf(Specialist specialist) {
        return specialist.timeZone == null ? ZoneOffset.UTC : ZoneId.of(specialist.timeZone);
    }
}
