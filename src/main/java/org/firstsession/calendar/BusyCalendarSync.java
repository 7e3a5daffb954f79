package org.firstsession.calendar;

import static org.firstsession.shared.i18n.Details.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.shared.i18n.Text;
import org.firstsession.booking.BookingConfig;
import org.firstsession.shared.Draining;
import org.firstsession.shared.crypto.FieldCipher;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.persistence.SqlValues;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Reads the busy calendars that are due. The database decides who fetches what: a calendar is claimed by
 * moving its {@code next_fetch_at} one {@code BUSY_SYNC_INTERVAL} ahead in the same statement that selects
 * it ({@code FOR UPDATE SKIP LOCKED}), so however many instances run this job, each calendar is fetched once
 * per interval. The fetch itself runs outside any transaction (no connection is held while a slow server
 * answers); its outcome is written in one transaction: on success the calendar's busy times are replaced as
 * a whole (when they changed), on failure they stay as they were and the error and its time are recorded.
 *
 * <p>Logs name the calendar by its id only: its address is a secret, and its events are none of our business.
 */
@ApplicationScoped
public class BusyCalendarSync {

    private static final Logger LOG = Logger.getLogger(BusyCalendarSync.class);
    /** Busy times that ended more than this long ago are not kept. */
    static final Duration PAST = Duration.ofDays(1);
    private static final int CLAIM_BATCH = 10;

    private final EntityManager em;
    private final FieldCipher cipher;
    private final FeedFetcher fetcher;
    private final BusyCalendarConfig config;
    private final BookingConfig booking;

    BusyCalendarSync(EntityManager em, FieldCipher cipher, FeedFetcher fetcher, BusyCalendarConfig config,
            BookingConfig booking) {
        this.em = em;
        this.cipher = cipher;
        this.fetcher = fetcher;
        this.config = config;
        this.booking = booking;
    }

    @Scheduled(every = "${firstsession.busy.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Draining.Skip.class)
    void scheduledRun() {
        syncDue();
    }

    /** Fetches every calendar that is due and that no other run has claimed; returns how many this run fetched. */
    public int syncDue() {
        int fetched = 0;
        for (List<UUID> claimed = claim(); !claimed.isEmpty(); claimed = claim()) {
            for (UUID id : claimed) {
                sync(id);
                fetched++;
            }
        }
        return fetched;
    }

    /** Claims up to a batch of due calendars: they are not due again for one interval, whoever asks. */
    List<UUID> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("""
                    UPDATE busy_calendar SET next_fetch_at = now() + CAST(?1 AS interval), last_attempt_at = now()
                    WHERE id IN (SELECT id FROM busy_calendar WHERE next_fetch_at <= now()
                                 ORDER BY next_fetch_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                    RETURNING id""")
                    .setParameter(1, config.syncInterval().toSeconds() + " seconds").setParameter(2, CLAIM_BATCH)
                    .getResultList();
            return ids;
        });
    }

    private record Target(UUID specialistId, String url, ZoneId zone) {
    }

    /** Fetches one claimed calendar and records the outcome. */
    void sync(UUID calendarId) {
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT c.specialist_id, c.url, s.time_zone FROM busy_calendar c JOIN specialist s ON s.id = c.specialist_id
                    WHERE c.id = ?1""").setParameter(1, calendarId).getResultList();
            if (rows.isEmpty()) {
                return null;
            }
            Object[] row = rows.get(0);
            ZoneId zone = row[2] == null ? ZoneOffset.UTC : ZoneId.of((String) row[2]);
            return new Target((UUID) row[0], cipher.decrypt((String) row[1], BusyCalendarService.URL_COLUMN, calendarId), zone);
        });
        if (target == null) {
            return; // removed since the claim
        }
        Instant now = Instant.now();
        Instant from = now.minus(PAST);
        Instant to = now.plus(booking.horizon()).plus(Duration.ofDays(1));
        List<BusyTimes.Interval> busy;
        try {
            String ics = fetcher.fetch(FeedAddress.parse(target.url(), BusyCalendarService.allowList(config)));
            busy = BusyTimes.parse(ics, target.zone(), from, to);
        } catch (FeedFetcher.FetchFailed e) {
            recordFailure(calendarId, e.text());
            return;
        } catch (BusyTimes.UnreadableFeedException e) {
            recordFailure(calendarId, e.text());
            return;
        } catch (ProblemException e) {
            recordFailure(calendarId, booking(m -> m.calendar_stored_address_refused()));
            return;
        } catch (RuntimeException e) {
            LOG.warnf("busy calendar %s: unexpected %s while reading it", calendarId, e.getClass().getSimpleName());
            recordFailure(calendarId, booking(m -> m.calendar_unreadable()));
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> replace(calendarId, target.specialistId(), busy));
    }

    /** Stores why the fetch failed as its message key ({@link CalendarFailure}), shown in each reader's language. */
    private void recordFailure(UUID calendarId, Text why) {
        String message = CalendarFailure.stored(why);
        LOG.infof("busy calendar %s: fetch failed, its previous busy times stay: %s", calendarId, message);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE busy_calendar SET last_error = ?2, last_error_at = now() WHERE id = ?1")
                .setParameter(1, calendarId).setParameter(2, message).executeUpdate());
    }

    /**
     * Replaces the calendar's busy times in one statement pair (the directory's triggers see one delete and one
     * insert); skipped when nothing changed, so an unchanged calendar costs the directory nothing.
     */
    private void replace(UUID calendarId, UUID specialistId, List<BusyTimes.Interval> busy) {
        @SuppressWarnings("unchecked")
        List<Object> lock = em.createNativeQuery("SELECT id FROM busy_calendar WHERE id = ?1 FOR UPDATE")
                .setParameter(1, calendarId).getResultList();
        if (lock.isEmpty()) {
            return; // removed while it was being fetched
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT lower(during), upper(during) FROM busy_interval WHERE calendar_id = ?1 ORDER BY lower(during), upper(during)""")
                .setParameter(1, calendarId).getResultList();
        List<BusyTimes.Interval> stored = new ArrayList<>();
        for (Object[] row : rows) {
            stored.add(new BusyTimes.Interval(SqlValues.instant(row[0]), SqlValues.instant(row[1])));
        }
        if (!stored.equals(busy)) {
            em.createNativeQuery("DELETE FROM busy_interval WHERE calendar_id = ?1").setParameter(1, calendarId)
                    .executeUpdate();
            if (!busy.isEmpty()) {
                // One statement for all rows: the directory's statement-level trigger runs once.
                String ranges = busy.stream().map(i -> i.start() + "/" + i.end()).collect(Collectors.joining(","));
                em.createNativeQuery("""
                        INSERT INTO busy_interval (calendar_id, specialist_id, during)
                        SELECT ?1, ?2, tstzrange(CAST(split_part(r, '/', 1) AS timestamptz), CAST(split_part(r, '/', 2) AS timestamptz))
                        FROM unnest(string_to_array(?3, ',')) AS u(r)""")
                        .setParameter(1, calendarId).setParameter(2, specialistId).setParameter(3, ranges).executeUpdate();
            }
        }
        em.createNativeQuery("UPDATE busy_calendar SET last_success_at = now(), busy_count = ?2 WHERE id = ?1")
                .setParameter(1, calendarId).setParameter(2, busy.size()).executeUpdate();
    }
}
