package org.firstsession.booking;

import static org.firstsession.shared.i18n.Details.booking;
import static org.firstsession.shared.i18n.Details.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.firstsession.account.Account;
import org.firstsession.booking.BookingRequests.Book;
import org.firstsession.notification.Ics;
import org.firstsession.privacy.Consents;
import org.firstsession.shared.FirstSessionConfig;
import org.firstsession.shared.Page;
import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.error.TooManyRequestsException;
import org.firstsession.shared.idempotency.IdempotencyService;
import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.specialist.SessionFormat;
import org.firstsession.specialist.Specialist;
import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.panache.common.Parameters;

@ApplicationScoped
@Transactional
@CountConflicts
public class BookingService {

    private final EntityManager em;
    private final BookingConfig config;
    private final FirstSessionConfig app;
    private final BookingMails mails;
    private final IdempotencyService idempotency;
    private final Consents consents;
    private final BookingMetrics metrics;
    private final MeetingRooms rooms;
    private final BookableSlots bookable;
    private final ReminderJob reminders;
    private final CancelLinks cancelLinks;
    private final Event<SlotFreed> slotFreed;

    BookingService(EntityManager em, BookingConfig config, FirstSessionConfig app, BookingMails mails,
            IdempotencyService idempotency, Consents consents, BookingMetrics metrics, MeetingRooms rooms,
            BookableSlots bookable, ReminderJob reminders, CancelLinks cancelLinks, Event<SlotFreed> slotFreed) {
        this.rooms = rooms;
        this.reminders = reminders;
        this.cancelLinks = cancelLinks;
        this.slotFreed = slotFreed;
        this.bookable = bookable;
        this.consents = consents;
        this.metrics = metrics;
        this.em = em;
        this.config = config;
        this.app = app;
        this.mails = mails;
        this.idempotency = idempotency;
    }

    /** Books a free consultation; replays with the same Idempotency-Key return the first booking. */
    public BookingView bookFreeConsultation(UUID clientId, String idempotencyKey, Book request) {
        return bookFreeConsultation(clientId, idempotencyKey, request, null);
    }

    /** As above; {@code consentShownIn} is the language the client read the consent wording in (recorded with it). */
    public BookingView bookFreeConsultation(UUID clientId, String idempotencyKey, Book request, Locale consentShownIn) {
        return idempotency.once(clientId, idempotencyKey, "POST /api/bookings", request, BookingView.class,
                () -> book(clientId, request, consentShownIn));
    }

    private BookingView book(UUID clientId, Book request, Locale consentShownIn) {
        consents.requireBookingConsent(request.consentVersion());
        // Serialises this client's own bookings, so the per-client limits below count correctly.
        em.find(Account.class, clientId, LockModeType.PESSIMISTIC_WRITE);
        // FOR SHARE: a concurrent withdrawal waits for us (and we for it); many bookers do not block each other.
        Slot slot = em.find(Slot.class, request.slotId(), LockModeType.PESSIMISTIC_READ);
        if (slot == null) {
            throw ProblemException.notFound(problem(m -> m.not_found_slot()));
        }
        Specialist specialist = lockedSpecialist(slot.specialistId);
        if (slot.isWithdrawn() || !specialist.isPublic()) {
            throw BookingProblem.SLOT_UNAVAILABLE.exception(booking(m -> m.booking_slot_not_offered()));
        }
        if (specialist.isOwnedBy(clientId)) {
            throw BookingProblem.OWN_SLOT.exception(booking(m -> m.booking_own_slot()));
        }
        bookable.requireBookable(slot, Instant.now(), clientId);
        Instant now = Instant.now();
        long withSpecialist = Booking.count("clientId = ?1 and specialistId = ?2 and status = ?3 and endsAt > ?4",
                clientId, specialist.id, BookingStatus.CONFIRMED, now);
        if (withSpecialist >= config.maxUpcomingPerSpecialist()) {
            throw BookingProblem.ALREADY_BOOKED_WITH_SPECIALIST.exception(booking(m -> m.booking_already_booked()));
        }
        long upcoming = Booking.count("clientId = ?1 and status = ?2 and endsAt > ?3", clientId,
                BookingStatus.CONFIRMED, now);
        if (upcoming >= config.maxUpcomingPerClient()) {
            throw BookingProblem.TOO_MANY_UPCOMING.exception(booking(m -> m.booking_too_many_upcoming(config.maxUpcomingPerClient())));
        }

        Booking booking = new Booking();
        booking.slotId = slot.id;
        booking.specialistId = specialist.id;
        booking.clientId = clientId;
        booking.sessionFormat = chooseFormat(specialist, request.format());
        booking.videoRoom = rooms.newRoomFor(specialist, booking.sessionFormat);
        booking.startsAt = slot.startsAt;
        booking.endsAt = slot.endsAt;
        booking.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        persistWinner(booking);
        reminders.skipPassedReminders(booking, now); // the confirmation serves as those reminders
        consents.recordBookingConsent(clientId, booking.id, request.consentVersion(), consentShownIn);
        mails.booked(booking);
        metrics.created("client");
        return view(booking, clientId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BookingView get(UUID bookingId, UUID callerId) {
        return view(participantBooking(bookingId, callerId), callerId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BookingView> list(UUID callerId, BookingQuery query) {
        int page = query.page();
        int size = query.size();
        Parameters params = Parameters.with("now", Instant.now());
        StringBuilder where = new StringBuilder();
        if (query.as() == BookingQuery.Side.CLIENT) {
            where.append("clientId = :me");
            params.and("me", callerId);
        } else {
            UUID profileId = Specialist.findByAccount(callerId).map(s -> s.id).orElse(null);
            if (profileId == null) {
                return new Page<>(List.of(), page, size, 0);
            }
            where.append("specialistId = :me");
            params.and("me", profileId);
        }
        boolean upcoming = query.when() == BookingQuery.When.UPCOMING;
        where.append(upcoming ? " and endsAt > :now" : " and endsAt <= :now");
        if (query.status() != null) {
            where.append(" and status = :status");
            params.and("status", query.status());
        }
        String order = upcoming ? " order by startsAt asc, id" : " order by startsAt desc, id";
        var found = Booking.<Booking>find(where + order, params);
        long total = found.count();
        List<BookingView> items = found.page(page, size).list().stream().map(b -> view(b, callerId)).toList();
        return new Page<>(items, page, size, total);
    }

    /** Either side may cancel until the start; the slot becomes bookable again. */
    public BookingView cancel(UUID bookingId, UUID callerId, String reason) {
        Booking booking = lockedParticipantBooking(bookingId, callerId);
        requireUpcoming(booking, Change.CANCEL);
        boolean byClient = booking.clientId.equals(callerId);
        if (byClient) {
            em.find(Account.class, callerId, LockModeType.PESSIMISTIC_WRITE);
            countChange(callerId, Change.CANCEL, config.maxCancellationsPerDay());
        }
        markCancelled(booking, byClient ? Booking.CancelledBy.CLIENT : Booking.CancelledBy.SPECIALIST, reason);
        return view(booking, callerId);
    }

    /**
     * The platform suspended a specialist: cancel their upcoming consultations, tell both sides.
     * Returns how many were cancelled.
     */
    public int cancelUpcomingOf(UUID specialistId, String reason) {
        return cancelUpcomingOf(specialistId, reason, Booking.CancelledBy.PLATFORM);
    }

    private int cancelUpcomingOf(UUID specialistId, String reason, Booking.CancelledBy by) {
        List<Booking> upcoming = Booking.<Booking>find("specialistId = ?1 and status = ?2 and startsAt > ?3",
                specialistId, BookingStatus.CONFIRMED, Instant.now()).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (Booking booking : upcoming) {
            markCancelled(booking, by, reason);
        }
        return upcoming.size();
    }

    /** Every booking of mine on one side, oldest first (for the data export). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BookingView> allFor(UUID accountId, BookingQuery.Side side) {
        List<Booking> all;
        if (side == BookingQuery.Side.CLIENT) {
            all = Booking.<Booking>find("clientId = ?1 order by startsAt", accountId).list();
        } else {
            UUID profile = Specialist.findByAccount(accountId).map(s -> s.id).orElse(null);
            all = profile == null ? List.of() : Booking.<Booking>find("specialistId = ?1 order by startsAt", profile).list();
        }
        return all.stream().map(b -> view(b, accountId)).toList();
    }

    /** An account is being erased: cancel its upcoming consultations on both sides, telling the other side. */
    public void cancelAllUpcomingFor(UUID clientId, UUID specialistProfileId) {
        Instant now = Instant.now();
        for (Booking booking : Booking.<Booking>find("clientId = ?1 and status = ?2 and startsAt > ?3", clientId,
                BookingStatus.CONFIRMED, now).withLock(LockModeType.PESSIMISTIC_WRITE).list()) {
            markCancelled(booking, Booking.CancelledBy.CLIENT, null);
        }
        if (specialistProfileId != null) {
            cancelUpcomingOf(specialistProfileId, null, Booking.CancelledBy.SPECIALIST);
        }
    }

    /** The specialist withdrew the slot of a confirmed booking: cancel it and tell the client. */
    void cancelBecauseSlotWithdrawn(Booking booking) {
        markCancelled(booking, Booking.CancelledBy.SPECIALIST, "The specialist is no longer available at this time.");
    }

    /** Moves the client's booking to another open slot of the same specialist, atomically. */
    public BookingView reschedule(UUID bookingId, UUID callerId, UUID newSlotId) {
        em.find(Account.class, callerId, LockModeType.PESSIMISTIC_WRITE);
        Booking booking = lockedParticipantBooking(bookingId, callerId);
        if (!booking.clientId.equals(callerId)) {
            throw BookingProblem.CLIENT_ONLY.exception(booking(m -> m.booking_client_only_reschedule()));
        }
        requireUpcoming(booking, Change.RESCHEDULE);
        Slot slot = em.find(Slot.class, newSlotId, LockModeType.PESSIMISTIC_READ);
        if (slot == null) {
            throw ProblemException.notFound(problem(m -> m.not_found_slot()));
        }
        if (!slot.specialistId.equals(booking.specialistId)) {
            throw BookingProblem.OTHER_SPECIALIST.exception(booking(m -> m.booking_other_specialist()));
        }
        if (slot.id.equals(booking.slotId)) {
            throw BookingProblem.SAME_SLOT.exception(booking(m -> m.booking_same_slot()));
        }
        if (slot.isWithdrawn() || lockedSpecialist(slot.specialistId).isSuspended()) {
            throw BookingProblem.SLOT_UNAVAILABLE.exception(booking(m -> m.booking_slot_not_offered()));
        }
        bookable.requireBookableExceptBuffer(slot, Instant.now(), callerId);
        countChange(callerId, Change.RESCHEDULE, config.maxReschedulesPerDay());
        slotFreed.fire(new SlotFreed(booking.slotId));
        booking.slotId = slot.id;
        booking.startsAt = slot.startsAt;
        booking.endsAt = slot.endsAt;
        booking.sequence++;
        persistWinner(booking);
        bookable.requireOutsideBuffer(slot); // now that the booking has left its old slot
        reminders.skipPassedReminders(booking, Instant.now()); // reminders start over for the new time
        mails.rescheduled(booking);
        metrics.rescheduled("client");
        return view(booking, callerId);
    }

    /** The specialist records how a consultation that has started went. */
    public BookingView markOutcome(UUID bookingId, UUID callerId, BookingStatus outcome) {
        Booking booking = lockedParticipantBooking(bookingId, callerId);
        Specialist specialist = Specialist.findById(booking.specialistId);
        if (!specialist.isOwnedBy(callerId)) {
            throw BookingProblem.SPECIALIST_ONLY.exception(booking(m -> m.booking_specialist_only_outcome()));
        }
        if (booking.status == BookingStatus.CANCELLED) {
            throw BookingProblem.BOOKING_CANCELLED.exception(booking(m -> m.booking_was_cancelled()));
        }
        if (booking.startsAt.isAfter(Instant.now())) {
            throw BookingProblem.NOT_STARTED.exception(booking(m -> m.booking_not_started()));
        }
        booking.status = outcome;
        return view(booking, callerId);
    }

    /** The booking an "I can't make it" link stands for, as its client sees it; an unknown or expired link: 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BookingView byCancelLink(String token) {
        Booking booking = bookingOfLink(token);
        return view(booking, booking.clientId);
    }

    /**
     * Cancels through the link in a reminder, as the client (the same rules and daily cap as the client's
     * own cancel); the freed slot goes to the waitlist if there is still time to book it.
     */
    public BookingView cancelByLink(String token) {
        Booking booking = bookingOfLink(token);
        return cancel(booking.id, booking.clientId, null);
    }

    private Booking bookingOfLink(String token) {
        UUID id = cancelLinks.bookingOf(token);
        Booking booking = id == null ? null : Booking.findById(id);
        if (booking == null) {
            throw ProblemException.notFound(problem(m -> m.not_found_booking()));
        }
        return booking;
    }

    /** A client's cancellation within {@link BookingConfig#lateCancel()} of the start (shown to the specialist). */
    private boolean isLateCancellation(Booking b) {
        return b.cancelledBy == Booking.CancelledBy.CLIENT && b.cancelledAt != null
                && b.cancelledAt.isAfter(b.startsAt.minus(config.lateCancel()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String calendar(UUID bookingId, UUID callerId) {
        Booking booking = participantBooking(bookingId, callerId);
        // A download is imported, not answered: PUBLISH (RFC 5546), with the UID and SEQUENCE of the emailed invites.
        Ics.Event event = mails.calendarEvent(booking, !booking.clientId.equals(callerId));
        return Ics.publish(null, List.of(new Ics.Published(event, booking.status == BookingStatus.CANCELLED)));
    }

    enum Change { CANCEL, RESCHEDULE }

    /** The window of the daily caps on a client's cancellations and reschedules. */
    static final Duration CHANGE_WINDOW = Duration.ofDays(1);

    /**
     * Caps a client's cancellations or reschedules in 24 hours: each one emails the other side, so a
     * book-and-cancel loop would otherwise send unlimited mail in our name. Runs under the client's
     * account lock (callers take it), so parallel requests count correctly; the hourly retention deletes
     * rows older than the window ({@code BookingPersonalData}), the erasure a person's rows.
     */
    private void countChange(UUID clientId, Change kind, int max) {
        Instant since = Instant.now().minus(CHANGE_WINDOW);
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*), min(at) FROM booking_change WHERE account_id = ?1 AND kind = ?2 AND at > ?3""")
                .setParameter(1, clientId).setParameter(2, kind.name()).setParameter(3, since).getSingleResult();
        if (((Number) row[0]).intValue() >= max) {
            Instant oldest = SqlValues.instant(row[1]);
            long retryAfter = Duration.between(Instant.now(), oldest.plus(CHANGE_WINDOW))
                    .toSeconds() + 1;
            throw new TooManyRequestsException(kind == Change.CANCEL
                    ? booking(m -> m.booking_cancel_limit(max))
                    : booking(m -> m.booking_reschedule_limit(max)), retryAfter);
        }
        em.createNativeQuery("INSERT INTO booking_change (account_id, kind) VALUES (?1, ?2)")
                .setParameter(1, clientId).setParameter(2, kind.name()).executeUpdate();
    }

    /**
     * The specialist's profile, re-read under a share lock. A suspension holds the row's update lock from
     * setting {@code suspended_at} until it has cancelled the upcoming bookings and committed, so a booking
     * either waits and sees the suspension, or commits first and is found (and cancelled) by it: none stays
     * confirmed with a suspended specialist. Bookings do not block each other (share locks).
     */
    private Specialist lockedSpecialist(UUID specialistId) {
        Specialist specialist = em.find(Specialist.class, specialistId);
        em.refresh(specialist, LockModeType.PESSIMISTIC_READ);
        return specialist;
    }

    private void markCancelled(Booking booking, Booking.CancelledBy by, String reason) {
        slotFreed.fire(new SlotFreed(booking.slotId));
        booking.status = BookingStatus.CANCELLED;
        booking.cancelledBy = by;
        booking.cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
        booking.cancelledAt = Instant.now();
        booking.videoRoom = null; // the room is retired: its link no longer leads to this consultation
        booking.sequence++;
        mails.cancelled(booking);
        metrics.cancelled(by);
    }

    /** Flushes a booking that claims a slot; the unique index on live bookings picks exactly one winner. */
    private void persistWinner(Booking booking) {
        try {
            booking.persist();
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw BookableSlots.slotTaken();
            }
            throw e;
        }
    }

    private static void requireUpcoming(Booking booking, Change change) {
        if (booking.status != BookingStatus.CONFIRMED) {
            throw BookingProblem.BOOKING_NOT_ACTIVE.exception(change == Change.CANCEL
                    ? booking(m -> m.booking_cancel_not_confirmed()) : booking(m -> m.booking_reschedule_not_confirmed()));
        }
        if (!booking.startsAt.isAfter(Instant.now())) {
            throw BookingProblem.BOOKING_STARTED.exception(change == Change.CANCEL
                    ? booking(m -> m.booking_cancel_started()) : booking(m -> m.booking_reschedule_started()));
        }
    }

    private static String chooseFormat(Specialist specialist, SessionFormat requested) {
        if (requested == null) {
            return specialist.sessionFormats.contains(SessionFormat.ONLINE.code()) ? SessionFormat.ONLINE.code()
                    : specialist.sessionFormats.get(0);
        }
        if (!specialist.sessionFormats.contains(requested.code())) {
            throw BookingProblem.FORMAT_NOT_OFFERED.exception(booking(m -> m.booking_format_not_offered(requested.code())),
                    List.of(new FieldError("format", booking(m -> m.booking_format_field()))));
        }
        return requested.code();
    }

    /** A booking the caller takes part in; for anyone else it does not exist (404). */
    private Booking participantBooking(UUID bookingId, UUID callerId) {
        Booking booking = Booking.findById(bookingId);
        if (booking == null || !isParticipant(booking, callerId)) {
            throw ProblemException.notFound(problem(m -> m.not_found_booking()));
        }
        return booking;
    }

    private Booking lockedParticipantBooking(UUID bookingId, UUID callerId) {
        Booking booking = em.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE);
        if (booking == null || !isParticipant(booking, callerId)) {
            throw ProblemException.notFound(problem(m -> m.not_found_booking()));
        }
        return booking;
    }

    private static boolean isParticipant(Booking booking, UUID callerId) {
        if (booking.clientId.equals(callerId)) {
            return true;
        }
        Specialist specialist = Specialist.findById(booking.specialistId);
        return specialist != null && specialist.isOwnedBy(callerId);
    }

    BookingView view(Booking b, UUID readerId) {
        Specialist s = Specialist.findById(b.specialistId);
        Account client = Account.findById(b.clientId);
        boolean online = SessionFormat.ONLINE.code().equals(b.sessionFormat);
        boolean live = b.status == BookingStatus.CONFIRMED;
        return new BookingView(b.id, b.status, b.clientId.equals(readerId) ? "client" : "specialist", b.slotId,
                b.startsAt, b.endsAt, b.sessionFormat,
                new BookingView.SpecialistSummary(s.id, s.displayName, s.professionalTitle, s.photoUrl, s.timeZone),
                new BookingView.ClientSummary(client.displayName), b.note,
                rooms.linkFor(b, s), online ? null : s.city,
                b.cancelledBy == null ? null : b.cancelledBy.name(), b.cancelReason, b.cancelledAt, b.createdAt,
                app.link("/api/bookings/" + b.id + "/calendar.ics"),
                b.status == BookingStatus.CANCELLED ? isLateCancellation(b) : null,
                live ? CalendarLinks.google(b.startsAt, b.endsAt, app.link("/bookings/" + b.id)) : null,
                live ? CalendarLinks.outlook(b.startsAt, b.endsAt, app.link("/bookings/" + b.id)) : null);
    }
}
