package org.firstsession.calendar;

import static org.firstsession.shared.i18n.Details.booking;
import static org.firstsession.shared.i18n.Details.problem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.booking.BookingCalendar;
import org.firstsession.shared.FirstSessionConfig;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.specialist.Specialist;
import org.firstsession.specialist.SpecialistProblem;

/**
 * The specialist's private calendar feed ({@code /calendar/{secret}.ics}). The secret is 256 random bits;
 * only its SHA-256 is stored, so a copy of the database opens no one's calendar, and the address is shown
 * once, when it is made. Rotating replaces the secret (the old address answers 404), deleting ends the feed.
 */
@ApplicationScoped
@Transactional
public class CalendarFeedService {

    private static final int SECRET_BYTES = 32;
    /** base64url of 32 bytes without padding. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecureRandom random = new SecureRandom();
    private final EntityManager em;
    private final FirstSessionConfig app;
    private final BookingCalendar calendar;

    CalendarFeedService(EntityManager em, FirstSessionConfig app, BookingCalendar calendar) {
        this.em = em;
        this.app = app;
        this.calendar = calendar;
    }

    /** The feed; made (and its address shown) when there is none yet. */
    public CalendarFeedView getOrCreate(UUID accountId) {
        UUID specialist = specialistOf(accountId);
        String secret = newSecret();
        int made = em.createNativeQuery("""
                INSERT INTO calendar_feed (specialist_id, secret_hash) VALUES (?1, ?2)
                ON CONFLICT (specialist_id) DO NOTHING""")
                .setParameter(1, specialist).setParameter(2, hash(secret)).executeUpdate();
        return view(specialist, made == 1 ? secret : null);
    }

    /** A new secret: the old address stops working at once. */
    public CalendarFeedView rotate(UUID accountId) {
        UUID specialist = specialistOf(accountId);
        String secret = newSecret();
        int rotated = em.createNativeQuery("""
                UPDATE calendar_feed SET secret_hash = ?2, created_at = now() WHERE specialist_id = ?1""")
                .setParameter(1, specialist).setParameter(2, hash(secret)).executeUpdate();
        if (rotated == 0) {
            throw ProblemException.notFound(problem(m -> m.not_found_calendar_feed()));
        }
        return view(specialist, secret);
    }

    public CalendarFeedView update(UUID accountId, boolean includeClientNames) {
        UUID specialist = specialistOf(accountId);
        int updated = em.createNativeQuery("UPDATE calendar_feed SET include_client_names = ?2 WHERE specialist_id = ?1")
                .setParameter(1, specialist).setParameter(2, includeClientNames).executeUpdate();
        if (updated == 0) {
            throw ProblemException.notFound(problem(m -> m.not_found_calendar_feed()));
        }
        return view(specialist, null);
    }

    public void delete(UUID accountId) {
        UUID specialist = specialistOf(accountId);
        if (em.createNativeQuery("DELETE FROM calendar_feed WHERE specialist_id = ?1").setParameter(1, specialist)
                .executeUpdate() == 0) {
            throw ProblemException.notFound(problem(m -> m.not_found_calendar_feed()));
        }
    }

    /** The feed's iCalendar text for a secret, or empty for anything that is not a live feed's secret. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> feed(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT f.specialist_id, f.include_client_names FROM calendar_feed f
                JOIN specialist s ON s.id = f.specialist_id
                WHERE f.secret_hash = ?1 AND s.suspended_at IS NULL""")
                .setParameter(1, hash(secret)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(calendar.feedFor((UUID) rows.get(0)[0], (Boolean) rows.get(0)[1]));
    }

    private CalendarFeedView view(UUID specialist, String secret) {
        Object[] row = (Object[]) em.createNativeQuery(
                "SELECT include_client_names, created_at FROM calendar_feed WHERE specialist_id = ?1")
                .setParameter(1, specialist).getSingleResult();
        String url = secret == null ? null : app.link("/calendar/" + secret + ".ics");
        return new CalendarFeedView(url, url == null ? null : url.replaceFirst("^https?://", "webcal://"),
                (Boolean) row[0], SqlValues.instant(row[1]));
    }

    private static UUID specialistOf(UUID accountId) {
        return Specialist.findByAccount(accountId).map(s -> s.id)
                .orElseThrow(() -> SpecialistProblem.NOT_A_SPECIALIST.exception(
                        booking(m -> m.calendar_feed_not_specialist())));
    }

    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
