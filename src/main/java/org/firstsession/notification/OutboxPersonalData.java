package org.firstsession.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.shared.privacy.DataSubject;
import org.firstsession.shared.privacy.EncryptedColumn;
import org.firstsession.shared.privacy.ExportPart;
import org.firstsession.shared.privacy.PersonalData;

/**
 * Emails sent to me, found by my account id (never by address): exported without bodies (subject, status, times); on erasure unsent ones are
 * dropped and sent ones lose address, subject and body; other people's subjects that name me lose the
 * name. Bodies are emptied once sent, failed ones after 30 days.
 */
@ApplicationScoped
@Priority(20)
class OutboxPersonalData implements PersonalData {

    static final Duration FAILED_BODY_RETENTION = Duration.ofDays(30);

    record EmailExport(String subject, String status, Instant createdAt, Instant sentAt) {
    }

    record Part(List<EmailExport> emailsSentToMe) implements ExportPart {
    }

    private final EntityManager em;

    OutboxPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public ExportPart export(DataSubject subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT subject, status, created_at, sent_at FROM email_outbox WHERE recipient_account_id = ?1
                ORDER BY created_at""").setParameter(1, subject.accountId()).getResultList();
        return new Part(rows.stream().map(r -> new EmailExport((String) r[0], (String) r[1], SqlValues.instant(r[2]),
                SqlValues.instant(r[3]))).toList());
    }

    @Override
    public void erase(DataSubject subject) {
        // By account, never by address: another account may claim the same (unverified) address.
        em.createNativeQuery("DELETE FROM email_outbox WHERE recipient_account_id = ?1 AND status = 'PENDING'")
                .setParameter(1, subject.accountId()).executeUpdate();
        em.createNativeQuery("""
                UPDATE email_outbox SET recipient = 'erased@invalid', subject = '[erased]', body_text = '',
                    body_html = '', ics = NULL WHERE recipient_account_id = ?1""").setParameter(1, subject.accountId())
                .executeUpdate();
        if (subject.displayName() != null && !subject.displayName().isBlank()) {
            // Other people's emails name me in their subject lines ("... from <name>").
            em.createNativeQuery("""
                    UPDATE email_outbox SET subject = replace(subject, ?1, 'a former member') WHERE strpos(subject, ?1) > 0""")
                    .setParameter(1, subject.displayName()).executeUpdate();
        }
    }

    @Override
    public List<EncryptedColumn> encryptedColumns() {
        return List.of(EncryptedColumn.byId("email_outbox", "body_text"), EncryptedColumn.byId("email_outbox", "body_html"),
                EncryptedColumn.byId("email_outbox", "ics"));
    }

    @Override
    public Map<String, Integer> applyRetention(Instant now) {
        return Map.of("emailBodies", em.createNativeQuery("""
                UPDATE email_outbox SET body_text = '', body_html = '', ics = NULL
                WHERE (body_text <> '' OR body_html <> '' OR ics IS NOT NULL)
                  AND (status = 'SENT' OR (status = 'FAILED' AND created_at < ?1))""")
                .setParameter(1, now.minus(FAILED_BODY_RETENTION)).executeUpdate());
    }

    @Override
    public Set<String> personalColumns() {
        return Set.of("email_outbox.recipient", "email_outbox.subject", "email_outbox.body_text",
                "email_outbox.body_html", "email_outbox.ics");
    }
}
