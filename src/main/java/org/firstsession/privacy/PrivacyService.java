package org.firstsession.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.firstsession.account.Account;
import org.firstsession.booking.BookingService;
import org.firstsession.messaging.MessagingService;
import org.firstsession.photo.PhotoService;
import org.firstsession.shared.crypto.FieldCipher;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.specialist.Specialist;
import org.firstsession.specialist.SpecialistService;

/**
 * The data rights: an export of everything held about me, and erasure. Erasure keeps the rows other
 * people's history needs (bookings, conversations, consents, audit entries keyed by the identity
 * provider's pseudonymous subject) but leaves no name, email or text of mine in any of them.
 */
@ApplicationScoped
@Transactional
public class PrivacyService {

    public static final String CONFIRMATION = "DELETE MY ACCOUNT";
    static final String ERASED_TEXT = "[deleted]";

    private final EntityManager em;
    private final FieldCipher cipher;
    private final BookingService bookings;
    private final SpecialistService specialists;
    private final MessagingService messaging;
    private final PhotoService photos;

    PrivacyService(EntityManager em, FieldCipher cipher, BookingService bookings, SpecialistService specialists,
            MessagingService messaging, PhotoService photos) {
        this.em = em;
        this.photos = photos;
        this.cipher = cipher;
        this.bookings = bookings;
        this.specialists = specialists;
        this.messaging = messaging;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> export(UUID me) {
        Account account = Account.findById(me);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("exportedAt", Instant.now());
        Map<String, Object> accountView = new LinkedHashMap<>();
        accountView.put("id", account.id);
        accountView.put("displayName", account.displayName);
        accountView.put("email", account.email);
        accountView.put("timeZone", account.timeZone);
        accountView.put("createdAt", account.createdAt);
        out.put("account", accountView);
        Specialist profile = Specialist.findByAccount(me).orElse(null);
        out.put("specialistProfile", profile == null ? null : specialists.read(profile.id, me));
        out.put("specialistPhoto", photos.exportFor(me).orElse(null));
        out.put("bookingsAsClient", bookings.allFor(me, "client"));
        out.put("bookingsAsSpecialist", profile == null ? List.of() : bookings.allFor(me, "specialist"));
        out.put("conversations", messaging.exportFor(me));
        out.put("questions", rows("""
                SELECT id, topic, title, body, created_at, deleted_at FROM question WHERE asker_account_id = ?1
                ORDER BY created_at""", me, "id", "topic", "title", "body", "createdAt", "deletedAt"));
        out.put("answers", profile == null ? List.of() : rows("""
                SELECT id, question_id, body, created_at FROM answer WHERE specialist_id = ?1 ORDER BY created_at""",
                profile.id, "id", "questionId", "body", "createdAt"));
        List<Map<String, Object>> contact = rows("""
                SELECT id, subject, message, status, created_at FROM contact_request WHERE account_id = ?1
                ORDER BY created_at""", me, "id", "subject", "message", "status", "createdAt");
        contact.forEach(c -> c.put("message", cipher.decrypt((String) c.get("message"))));
        out.put("contactRequests", contact);
        out.put("reports", rows("""
                SELECT id, subject_type, reason, status, created_at FROM report WHERE reporter_account_id = ?1
                ORDER BY created_at""", me, "id", "subjectType", "reason", "status", "createdAt"));
        out.put("consents", rows("""
                SELECT purpose, wording_version, given_at, booking_id FROM consent WHERE account_id = ?1
                ORDER BY given_at""", me, "purpose", "wordingVersion", "givenAt", "bookingId"));
        out.put("emailsSentToMe", account.email == null ? List.of() : rows("""
                SELECT subject, status, created_at, sent_at FROM email_outbox WHERE recipient = ?1
                ORDER BY created_at""", account.email, "subject", "status", "createdAt", "sentAt"));
        return out;
    }

    /**
     * Erases the account: upcoming bookings are cancelled (the other side is told), the profile leaves
     * the directory, and names, emails and everything I wrote are removed or replaced everywhere.
     */
    public void erase(UUID me, String confirmation) {
        if (!CONFIRMATION.equals(confirmation)) {
            throw ProblemException.invalid("confirm", "must be exactly \"" + CONFIRMATION + "\"");
        }
        Account account = em.find(Account.class, me, LockModeType.PESSIMISTIC_WRITE);
        String name = account.displayName;
        String email = account.email;
        Specialist profile = Specialist.findByAccount(me).orElse(null);

        bookings.cancelAllUpcomingFor(me, profile == null ? null : profile.id);
        bookings.forgetChangesOf(me);
        em.flush();
        String deleted = cipher.encrypt(ERASED_TEXT);
        update("UPDATE message SET body = ?2 WHERE sender_account_id = ?1", me, deleted);
        update("UPDATE booking SET note = NULL, cancel_reason = NULL WHERE client_id = ?1", me, null);
        update("UPDATE contact_request SET subject = '[deleted]', message = ?2 WHERE account_id = ?1", me, deleted);
        update("UPDATE report SET reason = '[deleted]' WHERE reporter_account_id = ?1", me, null);
        update("UPDATE question SET title = '[deleted]', body = '[deleted]', deleted_at = coalesce(deleted_at, now()) WHERE asker_account_id = ?1", me, null);
        update("DELETE FROM idempotency_key WHERE account_id = ?1", me, null);
        if (profile != null) {
            photos.eraseFor(profile.id);
            update("UPDATE answer SET body = '[deleted]' WHERE specialist_id = ?1", profile.id, null);
            update("UPDATE slot SET withdrawn_at = now() WHERE specialist_id = ?1 AND withdrawn_at IS NULL AND starts_at > now()",
                    profile.id, null);
            em.createNativeQuery("""
                    UPDATE specialist SET status = 'UNPUBLISHED', display_name = 'Former specialist',
                        professional_title = NULL, headline = NULL, bio = NULL, photo_url = NULL, city = NULL,
                        licence_number = NULL, licence_body = NULL, meeting_url = NULL, featured_at = NULL,
                        featured_until = NULL, verification_note = NULL, suspension_reason = NULL
                    WHERE id = ?1""").setParameter(1, profile.id).executeUpdate();
        }
        if (email != null) {
            update("DELETE FROM email_outbox WHERE recipient = ?1 AND status = 'PENDING'", email, null);
            em.createNativeQuery("""
                    UPDATE email_outbox SET recipient = 'erased@invalid', subject = '[erased]', body_text = '',
                        body_html = '', ics = NULL WHERE recipient = ?1""").setParameter(1, email).executeUpdate();
        }
        if (name != null && !name.isBlank()) {
            // Other people's emails name me in their subject lines ("... from <name>").
            em.createNativeQuery("UPDATE email_outbox SET subject = replace(subject, ?1, 'a former member') WHERE strpos(subject, ?1) > 0")
                    .setParameter(1, name).executeUpdate();
            forgetSearchWords(name);
        }
        em.createNativeQuery("""
                UPDATE account SET display_name = NULL, email = NULL, time_zone = NULL,
                    subject = 'erased-' || gen_random_uuid(), erased_at = now() WHERE id = ?1""")
                .setParameter(1, me).executeUpdate();
    }

    /** Words of my name leave the search vocabulary unless another profile still uses them. */
    private void forgetSearchWords(String name) {
        for (String word : name.toLowerCase().split("[^\\p{L}]+")) {
            if (word.length() >= 3) {
                em.createNativeQuery("""
                        DELETE FROM search_word w WHERE w.word = ?1 AND NOT EXISTS (
                            SELECT 1 FROM specialist s
                            WHERE lower(concat_ws(' ', s.display_name, s.professional_title, s.headline, s.bio))
                                  ~ ('\\m' || ?1 || '\\M'))""").setParameter(1, word).executeUpdate();
            }
        }
    }

    private void update(String sql, Object key, Object value) {
        var query = em.createNativeQuery(sql).setParameter(1, key);
        if (sql.contains("?2")) {
            query.setParameter(2, value);
        }
        query.executeUpdate();
    }

    private List<Map<String, Object>> rows(String sql, Object key, String... names) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, key).getResultList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] row : rows) {
            Map<String, Object> item = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                Object value = row[i];
                if (value instanceof java.sql.Timestamp || value instanceof java.time.OffsetDateTime) {
                    value = SqlValues.instant(value);
                }
                item.put(names[i], value);
            }
            out.add(item);
        }
        return out;
    }
}
