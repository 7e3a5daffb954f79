package org.firstsession.calendar;

import static org.firstsession.shared.i18n.Details.booking;
import static org.firstsession.shared.i18n.Details.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.shared.crypto.FieldCipher;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.specialist.Specialist;
import org.firstsession.specialist.SpecialistProblem;

/**
 * The specialist's busy calendars: at most {@link BusyCalendarConfig#maxCalendars()} addresses whose busy
 * times block overlapping slots. The address is checked when it is added (its form, and that it leads to
 * public addresses only) and again before every fetch; it is stored encrypted and bound to its row, and
 * never shown again in full. A new calendar is due at once: the next run of {@link BusyCalendarSync}
 * fetches it.
 */
@ApplicationScoped
@Transactional
public class BusyCalendarService {

    static final String URL_COLUMN = "busy_calendar.url";

    private final EntityManager em;
    private final FieldCipher cipher;
    private final BusyCalendarConfig config;
    private final Languages languages;

    BusyCalendarService(EntityManager em, FieldCipher cipher, BusyCalendarConfig config, Languages languages) {
        this.em = em;
        this.cipher = cipher;
        this.config = config;
        this.languages = languages;
    }

    public BusyCalendarView add(UUID accountId, BusyCalendarRequest request) {
        UUID specialist = specialistOf(accountId);
        String label = request.label() == null ? "" : request.label().strip().replaceAll("\\s+", " ");
        if (label.isEmpty()) {
            throw ProblemException.invalid("label", problem(m -> m.field_blank()));
        }
        FeedAddress address = FeedAddress.parse(request.url(), allowList(config));
        try {
            address.resolve();
        } catch (FeedAddress.Refused refused) {
            throw CalendarProblem.CALENDAR_ADDRESS_NOT_ALLOWED.exception(refused.text(),
                    List.of(new FieldError("url", refused.text())));
        }
        // One specialist's adds are serialised, so two at once cannot both be the third.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 19))").setParameter(1, specialist.toString())
                .getSingleResult();
        long count = ((Number) em.createNativeQuery("SELECT count(*) FROM busy_calendar WHERE specialist_id = ?1")
                .setParameter(1, specialist).getSingleResult()).longValue();
        if (count >= config.maxCalendars()) {
            throw CalendarProblem.BUSY_CALENDAR_LIMIT.exception(booking(m -> m.calendar_limit(count)));
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO busy_calendar (id, specialist_id, label, url) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, specialist).setParameter(3, label)
                .setParameter(4, cipher.encrypt(request.url().strip(), URL_COLUMN, id)).executeUpdate();
        return list(specialist).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** The caller's calendars, each one's last error in {@code language} (the page's, or the API's Accept-Language). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BusyCalendarView> mine(UUID accountId, Locale language) {
        return list(specialistOf(accountId)).stream().map(c -> c.lastError() == null ? c
                : new BusyCalendarView(c.id(), c.label(), c.maskedUrl(), c.createdAt(), c.lastSuccessAt(), c.lastErrorAt(),
                        CalendarFailure.render(c.lastError(), language, languages), c.failing(), c.busyIntervals(),
                        c.nextFetchAt())).toList();
    }

    /** Removes a calendar and its busy times (its slots are offered again); someone else's calendar is 404. */
    public void remove(UUID accountId, UUID calendarId) {
        UUID specialist = specialistOf(accountId);
        if (em.createNativeQuery("DELETE FROM busy_calendar WHERE id = ?1 AND specialist_id = ?2")
                .setParameter(1, calendarId).setParameter(2, specialist).executeUpdate() == 0) {
            throw ProblemException.notFound(problem(m -> m.not_found_busy_calendar()));
        }
    }

    List<BusyCalendarView> list(UUID specialist) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, label, url, created_at, last_success_at, last_error_at, last_error, busy_count, next_fetch_at
                FROM busy_calendar WHERE specialist_id = ?1 ORDER BY created_at, id""")
                .setParameter(1, specialist).getResultList();
        List<BusyCalendarView> views = new ArrayList<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            var lastSuccess = SqlValues.instant(row[4]);
            var lastErrorAt = SqlValues.instant(row[5]);
            boolean failing = lastErrorAt != null && (lastSuccess == null || lastErrorAt.isAfter(lastSuccess));
            views.add(new BusyCalendarView(id, (String) row[1], mask(cipher.decrypt((String) row[2], URL_COLUMN, id)),
                    SqlValues.instant(row[3]), lastSuccess, lastErrorAt, (String) row[6], failing,
                    ((Number) row[7]).intValue(), SqlValues.instant(row[8])));
        }
        return views;
    }

    /** Scheme and host, never the path or query (where calendar services put the secret). */
    static String mask(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme + "://" + uri.getHost() + "/\u2026";
        } catch (RuntimeException e) {
            return "\u2026";
        }
    }

    static List<String> allowList(BusyCalendarConfig config) {
        return config.fetchAllow().orElse(List.of()).stream().map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).toList();
    }

    private static UUID specialistOf(UUID accountId) {
        return Specialist.findByAccount(accountId).map(s -> s.id)
                .orElseThrow(() -> SpecialistProblem.NOT_A_SPECIALIST.exception(
                        booking(m -> m.calendar_not_specialist())));
    }
}
