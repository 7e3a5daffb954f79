package org.firstsession.waitlist;

import static org.firstsession.shared.i18n.Details.booking;
import static org.firstsession.shared.i18n.Details.problem;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.firstsession.account.Account;
import org.firstsession.account.TimeZones;
import org.firstsession.booking.BookableSlots;
import org.firstsession.booking.BookingProblem;
import org.firstsession.booking.BookingRequests.Book;
import org.firstsession.booking.BookingService;
import org.firstsession.booking.BookingView;
import org.firstsession.shared.crypto.LinkTokens;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.specialist.Specialist;
import org.firstsession.waitlist.WaitlistRequests.Join;
import org.firstsession.waitlist.WaitlistViews.Entry;
import org.firstsession.waitlist.WaitlistViews.Offer;

/**
 * Joining and leaving waitlists, and answering offers. Offers are made by {@link WaitlistOffers}; accepting
 * one books the slot through the booking service, so every booking rule applies.
 */
@ApplicationScoped
@Transactional
public class WaitlistService {

    private static final String ENTRY_COLUMNS = """
            SELECT e.id, e.specialist_id, s.display_name, array_to_string(e.days, ','), to_char(e.from_time, 'HH24:MI'),
                   to_char(e.to_time, 'HH24:MI'), e.time_zone, e.created_at,
                   (SELECT count(*) FROM waitlist_entry x WHERE x.specialist_id = e.specialist_id
                      AND (x.created_at, x.id) <= (e.created_at, e.id)) AS position
            FROM waitlist_entry e JOIN specialist s ON s.id = e.specialist_id
            """;

    private static final String OFFER_COLUMNS = """
            SELECT w.id, w.status, w.slot_id, w.specialist_id, s.display_name, sl.starts_at, sl.ends_at, w.expires_at,
                   w.booking_id
            FROM waitlist_offer w JOIN specialist s ON s.id = w.specialist_id JOIN slot sl ON sl.id = w.slot_id
            """;

    private final EntityManager em;
    private final WaitlistConfig config;
    private final BookingService bookings;
    private final BookableSlots bookable;
    private final WaitlistOffers offers;
    private final WaitlistMetrics metrics;

    WaitlistService(EntityManager em, WaitlistConfig config, BookingService bookings, BookableSlots bookable,
            WaitlistOffers offers, WaitlistMetrics metrics) {
        this.metrics = metrics;
        this.em = em;
        this.config = config;
        this.bookings = bookings;
        this.bookable = bookable;
        this.offers = offers;
    }

    /** Puts the client at the end of a published specialist's waitlist; times are in the account's zone (else UTC). */
    public Entry join(UUID specialistId, UUID clientId, Join request) {
        return join(specialistId, clientId, request, null);
    }

    /** As {@link #join(UUID, UUID, Join)}, with the zone to read the times in when the account has none (the page's). */
    public Entry join(UUID specialistId, UUID clientId, Join request, String fallbackZone) {
        Join join = request == null ? Join.anyTime() : request;
        if (join.from() != null && join.to() != null && !join.to().isAfter(join.from())) {
            throw ProblemException.invalid("to", problem(m -> m.field_after_from()));
        }
        // Serialises this client's joins, so the per-client limit counts correctly.
        Account client = em.find(Account.class, clientId, LockModeType.PESSIMISTIC_WRITE);
        Specialist specialist = Specialist.<Specialist>findByIdOptional(specialistId).filter(Specialist::isPublic)
                .orElseThrow(() -> ProblemException.notFound(problem(m -> m.not_found_specialist())));
        if (specialist.isOwnedBy(clientId)) {
            throw WaitlistProblem.OWN_WAITLIST.exception(booking(m -> m.waitlist_detail_own()));
        }
        if (count("SELECT count(*) FROM waitlist_entry WHERE specialist_id = ?1 AND client_id = ?2", specialistId, clientId) > 0) {
            throw WaitlistProblem.ALREADY_WAITING.exception(booking(m -> m.waitlist_detail_already()));
        }
        if (count("""
                SELECT count(*) FROM booking WHERE client_id = ?1 AND specialist_id = ?2 AND status = 'CONFIRMED'
                  AND ends_at > now()""", clientId, specialistId) > 0) {
            throw BookingProblem.ALREADY_BOOKED_WITH_SPECIALIST.exception(booking(m -> m.booking_already_booked()));
        }
        if (count("SELECT count(*) FROM waitlist_entry WHERE client_id = ?1", clientId, null) >= config.maxEntriesPerClient()) {
            throw WaitlistProblem.TOO_MANY_WAITLISTS.exception(booking(m -> m.waitlist_detail_too_many(config.maxEntriesPerClient())));
        }
        UUID id = UUID.randomUUID();
        String zone = TimeZones.isValid(client.timeZone) ? client.timeZone
                : TimeZones.isValid(fallbackZone) ? fallbackZone : "UTC";
        String[] days = join.days() == null ? new String[0]
                : join.days().stream().distinct().sorted().map(DayOfWeek::name).toArray(String[]::new);
        em.createNativeQuery("""
                INSERT INTO waitlist_entry (id, specialist_id, client_id, days, from_time, to_time, time_zone)
                VALUES (?1, ?2, ?3, cast(?4 as varchar[]), ?5, ?6, ?7)""")
                .setParameter(1, id).setParameter(2, specialistId).setParameter(3, clientId)
                .setParameter(4, "{" + String.join(",", days) + "}")
                .setParameter(5, join.from()).setParameter(6, join.to()).setParameter(7, zone)
                .executeUpdate();
        return entry(id).orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> mine(UUID clientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ENTRY_COLUMNS + " WHERE e.client_id = ?1 ORDER BY e.created_at, e.id")
                .setParameter(1, clientId).getResultList();
        return rows.stream().map(WaitlistService::entry).toList();
    }

    /** One of my entries; anyone else's does not exist (404). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Entry get(UUID entryId, UUID clientId) {
        return mine(clientId).stream().filter(e -> e.id().equals(entryId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(problem(m -> m.not_found_waitlist_entry())));
    }

    /** My entry on one specialist's waitlist, if any (for the profile page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Entry> mineFor(UUID clientId, UUID specialistId) {
        return mine(clientId).stream().filter(e -> e.specialistId().equals(specialistId)).findFirst();
    }

    /** Leaves a waitlist; someone else's entry does not exist (404). */
    public void leave(UUID entryId, UUID clientId) {
        int deleted = em.createNativeQuery("DELETE FROM waitlist_entry WHERE id = ?1 AND client_id = ?2")
                .setParameter(1, entryId).setParameter(2, clientId).executeUpdate();
        if (deleted == 0) {
            throw ProblemException.notFound(problem(m -> m.not_found_waitlist_entry()));
        }
    }

    /** How many people wait for a specialist (shown on the profile and the dashboard; never who). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long waiting(UUID specialistId) {
        return count("SELECT count(*) FROM waitlist_entry WHERE specialist_id = ?1", specialistId, null);
    }

    /** My offers, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Offer> myOffers(UUID clientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(OFFER_COLUMNS + " WHERE w.client_id = ?1 ORDER BY w.created_at DESC, w.id")
                .setParameter(1, clientId).getResultList();
        return rows.stream().map(WaitlistService::offer).toList();
    }

    /**
     * Accepts my offer: books the held slot (every booking rule applies) and ends my waitlist entry;
     * {@code consentShownIn} is the language the consent wording was read in (recorded with the consent).
     */
    public BookingView accept(UUID offerId, UUID clientId, String consentVersion, Locale consentShownIn) {
        OpenOffer offer = lockedOpenOffer("w.id = ?1", offerId, clientId);
        return accept(offer, consentVersion, consentShownIn);
    }

    /** Declines my offer: the slot goes to the next matching client at once. */
    public Offer decline(UUID offerId, UUID clientId) {
        OpenOffer offer = lockedOpenOffer("w.id = ?1", offerId, clientId);
        return decline(offer);
    }

    /** The offer a link's token names, for the scanner-safe page (reads only). Unknown tokens: 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Offer offerByToken(String token) {
        if (!LinkTokens.looksValid(token)) {
            throw ProblemException.notFound(problem(m -> m.not_found_offer()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(OFFER_COLUMNS + " WHERE w.token_hash = ?1")
                .setParameter(1, LinkTokens.hash(token)).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound(problem(m -> m.not_found_offer()));
        }
        return offer(rows.get(0));
    }

    /** Accepts through the emailed link (the token stands for the client; single use). */
    public BookingView acceptByToken(String token, String consentVersion, Locale consentShownIn) {
        return accept(lockedOpenOfferByToken(token), consentVersion, consentShownIn);
    }

    public Offer declineByToken(String token) {
        return decline(lockedOpenOfferByToken(token));
    }

    private BookingView accept(OpenOffer offer, String consentVersion, Locale consentShownIn) {
        BookingView booking = bookings.bookFreeConsultation(offer.clientId(), null,
                new Book(offer.slotId(), null, null, consentVersion), consentShownIn);
        em.createNativeQuery("UPDATE waitlist_offer SET status = 'ACCEPTED', decided_at = now(), booking_id = ?2 WHERE id = ?1")
                .setParameter(1, offer.id()).setParameter(2, booking.id()).executeUpdate();
        em.createNativeQuery("DELETE FROM waitlist_entry WHERE specialist_id = ?1 AND client_id = ?2")
                .setParameter(1, offer.specialistId()).setParameter(2, offer.clientId()).executeUpdate();
        bookable.release(offer.slotId());
        metrics.count(WaitlistMetrics.Outcome.ACCEPTED, 1);
        return booking;
    }

    private Offer decline(OpenOffer offer) {
        em.createNativeQuery("UPDATE waitlist_offer SET status = 'DECLINED', decided_at = now() WHERE id = ?1")
                .setParameter(1, offer.id()).executeUpdate();
        bookable.release(offer.slotId());
        metrics.count(WaitlistMetrics.Outcome.DECLINED, 1);
        offers.offerSlot(offer.slotId());
        return offerView(offer.id());
    }

    record OpenOffer(UUID id, UUID slotId, UUID specialistId, UUID clientId) {
    }

    private OpenOffer lockedOpenOfferByToken(String token) {
        if (!LinkTokens.looksValid(token)) {
            throw ProblemException.notFound(problem(m -> m.not_found_offer()));
        }
        return lockedOpenOffer("w.token_hash = ?1", LinkTokens.hash(token), null);
    }

    /**
     * The offer under an update lock (answers to one offer queue up); 404 when it is not the caller's,
     * 409 {@code offer-closed} once answered or expired.
     */
    private OpenOffer lockedOpenOffer(String where, Object key, UUID clientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT w.id, w.slot_id, w.specialist_id, w.client_id, w.status,"
                + " w.expires_at > now() FROM waitlist_offer w WHERE " + where + " FOR UPDATE")
                .setParameter(1, key).getResultList();
        if (rows.isEmpty() || (clientId != null && !clientId.equals(rows.get(0)[3]))) {
            throw ProblemException.notFound(problem(m -> m.not_found_offer()));
        }
        Object[] row = rows.get(0);
        if (!"OPEN".equals(row[4]) || !Boolean.TRUE.equals(row[5])) {
            throw WaitlistProblem.OFFER_CLOSED.exception(booking(m -> m.waitlist_detail_offer_closed()));
        }
        return new OpenOffer((UUID) row[0], (UUID) row[1], (UUID) row[2], (UUID) row[3]);
    }

    private Offer offerView(UUID offerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(OFFER_COLUMNS + " WHERE w.id = ?1").setParameter(1, offerId).getResultList();
        return offer(rows.get(0));
    }

    private Optional<Entry> entry(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ENTRY_COLUMNS + " WHERE e.id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(WaitlistService::entry);
    }

    private long count(String sql, UUID first, UUID second) {
        var query = em.createNativeQuery(sql).setParameter(1, first);
        if (second != null) {
            query.setParameter(2, second);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static Entry entry(Object[] row) {
        List<DayOfWeek> days = new ArrayList<>();
        if (row[3] != null && !row[3].toString().isEmpty()) {
            Arrays.stream(row[3].toString().split(",")).map(DayOfWeek::valueOf).forEach(days::add);
        }
        return new Entry((UUID) row[0], (UUID) row[1], (String) row[2], ((Number) row[8]).longValue(), days,
                localTime(row[4]), localTime(row[5]), (String) row[6], SqlValues.instant(row[7]));
    }

    private static Offer offer(Object[] row) {
        return new Offer((UUID) row[0], (String) row[1], (UUID) row[2], (UUID) row[3], (String) row[4],
                SqlValues.instant(row[5]), SqlValues.instant(row[6]), SqlValues.instant(row[7]), (UUID) row[8]);
    }

    private static LocalTime localTime(Object value) {
        return value == null ? null : LocalTime.parse(value.toString());
    }
}
