package org.firstsession.waitlist;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.booking.BookableSlots;
import org.firstsession.booking.SlotFreed;
import org.firstsession.shared.Draining;
import org.firstsession.shared.crypto.LinkTokens;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Makes the offers: every slot that is bookable (booking.BookableSlots: open, in the bookable window, not
 * held) and matches a waiting client's preferences is offered to the first such client in the queue, and
 * held for them for {@link WaitlistConfig#hold()}. Runs on every instance; the database decides who
 * offers what: the slot row's update lock and the slot_hold primary key let one offer per slot exist at a
 * time, and (slot, client) is unique, so a slot is offered to a client once. Everything is in tables, so
 * a restart loses nothing: an expired offer is closed and the slot goes to the next client at the next run.
 * <p>A client holds one open offer at a time (a partial unique index, V67): while they hold one, another
 * matching slot goes to the next matching client in the queue, and when nobody else matches it waits and
 * is offered to them after their open offer ends (the next run, or at once when they decline).
 */
@ApplicationScoped
public class WaitlistOffers {

    private static final Logger LOG = Logger.getLogger(WaitlistOffers.class);

    /** A waiting entry {@code e} whose preferences (local days and times in its zone) fit open slot {@code o}. */
    static final String MATCHES = """
            (cardinality(e.days) = 0 OR to_char(o.starts_at AT TIME ZONE e.time_zone, 'FMDAY') = ANY (e.days))
            AND (e.from_time IS NULL OR (o.starts_at AT TIME ZONE e.time_zone)::time >= e.from_time)
            AND (e.to_time IS NULL OR (o.ends_at AT TIME ZONE e.time_zone) <= (o.starts_at AT TIME ZONE e.time_zone)::date + e.to_time)""";

    /**
     * Entry {@code e} may be offered open slot {@code o}: it matches, was never offered it, its client holds no
     * other open offer, and has no upcoming booking there.
     */
    private static final String ELIGIBLE = "e.specialist_id = o.specialist_id AND " + MATCHES + """

            AND NOT EXISTS (SELECT 1 FROM waitlist_offer w WHERE w.slot_id = o.slot_id AND w.client_id = e.client_id)
            AND NOT EXISTS (SELECT 1 FROM waitlist_offer l WHERE l.client_id = e.client_id AND l.status = 'OPEN'
                              AND l.expires_at > now())
            AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.client_id = e.client_id AND b.specialist_id = e.specialist_id
                              AND b.status = 'CONFIRMED' AND b.ends_at > now())""";

    private static final String VISIBLE = "s.id = o.specialist_id AND s.status = 'PUBLISHED' AND s.suspended_at IS NULL";

    private final EntityManager em;
    private final WaitlistConfig config;
    private final BookableSlots bookable;
    private final WaitlistMails mails;
    private final WaitlistMetrics metrics;

    WaitlistOffers(EntityManager em, WaitlistConfig config, BookableSlots bookable, WaitlistMails mails, WaitlistMetrics metrics) {
        this.em = em;
        this.metrics = metrics;
        this.config = config;
        this.bookable = bookable;
        this.mails = mails;
    }

    @Scheduled(every = "${firstsession.waitlist.scan-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Draining.Skip.class)
    void scheduledRun() {
        run();
    }

    /**
     * Closes offers that expired or whose slot went elsewhere, then offers every bookable slot that has a
     * matching waiting client. Each offer commits on its own. Returns how many offers were made.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int run() {
        QuarkusTransaction.requiringNew().run(this::closeStale);
        List<UUID> slots = QuarkusTransaction.requiringNew().call(this::candidateSlots);
        int made = 0;
        for (UUID slotId : slots) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> offer(slotId))) {
                    made++;
                }
            } catch (RuntimeException e) {
                // Another instance or a booking got there first in a way the locks could not order
                // (e.g. a deadlock victim): the next run looks again. No personal data in the log.
                LOG.infof("waitlist offer for slot %s skipped: %s", slotId, e.getClass().getSimpleName());
            }
        }
        return made;
    }

    /**
     * A slot may have become bookable (a cancellation, a reschedule away, a new slot): offer it at once
     * rather than at the next run. After the change committed, in a transaction of its own; a failure
     * here leaves it to the next run.
     */
    void onSlotFreed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SlotFreed event) {
        try {
            QuarkusTransaction.requiringNew().call(() -> offer(event.slotId()));
        } catch (RuntimeException e) {
            LOG.infof("waitlist offer for slot %s left to the next run: %s", event.slotId(), e.getClass().getSimpleName());
        }
    }

    /** Offers one slot to its first eligible client, in the caller's transaction (a declined offer passes on at once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean offerSlot(UUID slotId) {
        return offer(slotId);
    }

    /** What one attempt to offer a slot came to. */
    private enum Attempt {
        MADE, NONE, CLIENT_BUSY
    }

    private boolean offer(UUID slotId) {
        // The client chosen may have been given another offer meanwhile (by another instance): choose again;
        // the committed offer now keeps them out of the choice.
        for (int i = 0; i < 3; i++) {
            Attempt attempt = tryOffer(slotId);
            if (attempt != Attempt.CLIENT_BUSY) {
                return attempt == Attempt.MADE;
            }
        }
        return false;
    }

    private Attempt tryOffer(UUID slotId) {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> first = em.createNativeQuery("SELECT e.client_id, o.specialist_id FROM " + BookableSlots.OPEN + " o"
                + " JOIN specialist s ON " + VISIBLE + " JOIN waitlist_entry e ON " + ELIGIBLE
                + " WHERE o.slot_id = :slot AND " + BookableSlots.window("o", ":latest")
                + " ORDER BY e.created_at, e.id LIMIT 1")
                .setParameter("slot", slotId).setParameter("earliest", bookable.earliest(now))
                .setParameter("latest", bookable.latest(now)).getResultList();
        if (first.isEmpty()) {
            return Attempt.NONE;
        }
        UUID clientId = (UUID) first.get(0)[0];
        UUID specialistId = (UUID) first.get(0)[1];
        // The same lock order as a booking (the client's account, then the slot). The account's lock makes
        // offers to one client take turns (one open offer each); the slot's update lock makes offers of one
        // slot take turns (holds are only taken here), and waits for a booking of it in progress (bookings
        // share-lock the slot), so a slot being booked is not offered.
        em.createNativeQuery("SELECT 1 FROM account WHERE id = ?1 FOR UPDATE").setParameter(1, clientId).getResultList();
        closeExpired("client_id", clientId);
        if (!em.createNativeQuery("SELECT 1 FROM waitlist_offer WHERE client_id = ?1 AND status = 'OPEN'")
                .setParameter(1, clientId).getResultList().isEmpty()) {
            return Attempt.CLIENT_BUSY;
        }
        em.createNativeQuery("SELECT 1 FROM slot WHERE id = ?1 FOR UPDATE").setParameter(1, slotId).getResultList();
        closeExpired("slot_id", slotId);
        if (!bookable.isBookable(slotId)) {
            return Attempt.NONE; // booked, withdrawn or held meanwhile
        }
        UUID offerId = UUID.randomUUID();
        String token = LinkTokens.newToken();
        Instant until = Instant.now().plus(config.hold());
        int inserted = em.createNativeQuery("""
                INSERT INTO waitlist_offer (id, slot_id, specialist_id, client_id, token_hash, status, expires_at)
                VALUES (?1, ?2, ?3, ?4, ?5, 'OPEN', ?6) ON CONFLICT DO NOTHING""")
                .setParameter(1, offerId).setParameter(2, slotId).setParameter(3, specialistId).setParameter(4, clientId)
                .setParameter(5, LinkTokens.hash(token)).setParameter(6, until).executeUpdate();
        if (inserted == 0) {
            return Attempt.NONE; // offered to this client before
        }
        if (!bookable.hold(slotId, clientId, until)) {
            throw new IllegalStateException("slot held although checked under its lock");
        }
        mails.offered(offerId, token);
        metrics.count(WaitlistMetrics.Outcome.MADE, 1);
        return Attempt.MADE;
    }

    /**
     * Closes the expired open offers of one slot or one client ({@code column}) and ends their holds. An offer
     * someone is answering right now is left alone (SKIP LOCKED: the answer locks the offer before the account,
     * the opposite order); it still counts as open, so nothing is offered in its place this time.
     */
    private void closeExpired(String column, UUID id) {
        @SuppressWarnings("unchecked")
        List<UUID> slots = em.createNativeQuery("UPDATE waitlist_offer SET status = 'EXPIRED', decided_at = now()"
                + " WHERE id IN (SELECT id FROM waitlist_offer WHERE " + column + " = ?1 AND status = 'OPEN'"
                + " AND expires_at <= now() FOR UPDATE SKIP LOCKED) RETURNING slot_id")
                .setParameter(1, id).getResultList();
        for (UUID slot : slots) {
            bookable.release(slot);
        }
        metrics.count(WaitlistMetrics.Outcome.EXPIRED, slots.size());
    }

    /** Bookable slots of specialists with a waiting list that some waiting client could be offered, soonest first. */
    private List<UUID> candidateSlots() {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<UUID> slots = em.createNativeQuery("SELECT o.slot_id FROM (SELECT DISTINCT specialist_id FROM waitlist_entry) q"
                + " JOIN " + BookableSlots.OPEN + " o ON o.specialist_id = q.specialist_id"
                + " JOIN specialist s ON " + VISIBLE
                + " WHERE " + BookableSlots.window("o", ":latest")
                + " AND EXISTS (SELECT 1 FROM waitlist_entry e WHERE " + ELIGIBLE + ")"
                + " ORDER BY o.starts_at LIMIT 200")
                .setParameter("earliest", bookable.earliest(now)).setParameter("latest", bookable.latest(now))
                .getResultList();
        return slots;
    }

    /** Expired offers close; offers whose slot was booked or withdrawn meanwhile are withdrawn. Their holds end. */
    private void closeStale() {
        @SuppressWarnings("unchecked")
        List<Object[]> closed = em.createNativeQuery("""
                UPDATE waitlist_offer w SET status = CASE WHEN w.expires_at <= now() THEN 'EXPIRED' ELSE 'WITHDRAWN' END,
                       decided_at = now()
                WHERE w.status = 'OPEN'
                  AND (w.expires_at <= now() OR NOT EXISTS (SELECT 1 FROM open_slot o WHERE o.slot_id = w.slot_id))
                RETURNING w.slot_id, w.status""").getResultList();
        for (Object[] row : closed) {
            bookable.release((UUID) row[0]);
        }
        metrics.count(WaitlistMetrics.Outcome.EXPIRED, (int) closed.stream().filter(row -> "EXPIRED".equals(row[1])).count());
    }
}
