package org.firstsession.notification;

import static org.firstsession.shared.i18n.Details.community;
import static org.firstsession.shared.i18n.Details.problem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.moderation.AuditLog;
import org.firstsession.shared.Page;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.persistence.SqlValues;

/**
 * The outbox as admins see it: emails that are waiting or were given up on, without their bodies and with
 * the recipient masked, and retrying them (audited). A retried email goes back to PENDING with a fresh set
 * of attempts; the relay sends it on its next run with its original Message-ID, so a receiver that got an
 * earlier copy recognises the resend.
 */
@ApplicationScoped
@Transactional
public class EmailQueue {

    /** The statuses an admin can list: the ones that need attention. */
    public enum Status { FAILED, PENDING }

    /** One email for the admin list: no body, recipient masked. */
    public record AdminEmail(UUID id, String recipient, String subject, String status, int attempts, String lastError,
            Instant createdAt, Instant nextAttemptAt, Instant failedAt) {
    }

    public record Retried(int retried) {
    }

    private final EntityManager em;
    private final AuditLog audit;

    EmailQueue(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    /** FAILED: most recently given up first; PENDING: the longest waiting first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AdminEmail> list(Status status, int page, int size) {
        String order = status == Status.FAILED ? "failed_at DESC NULLS LAST, id" : "created_at, id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, recipient, subject, status, attempts, last_error, created_at, next_attempt_at, failed_at
                FROM email_outbox WHERE status = ?1""" + " ORDER BY " + order + " LIMIT ?2 OFFSET ?3")
                .setParameter(1, status.name()).setParameter(2, size).setParameter(3, (long) page * size)
                .getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM email_outbox WHERE status = ?1")
                .setParameter(1, status.name()).getSingleResult()).longValue();
        return new Page<>(rows.stream().map(this::view).toList(), page, size, total);
    }

    /** Sends a FAILED email again, or a PENDING one now instead of at its next backoff step. */
    public AdminEmail retry(UUID id) {
        Object[] row = row(id);
        if (row == null) {
            throw ProblemException.notFound(problem(m -> m.not_found_email()));
        }
        String status = (String) row[3];
        if ("SENT".equals(status)) {
            audit.refused("EMAIL_RETRY", "EMAIL", id, "already sent");
            throw EmailProblem.EMAIL_ALREADY_SENT.exception(community(m -> m.email_already_sent()));
        }
        if (Boolean.TRUE.equals(row[9])) {
            audit.refused("EMAIL_RETRY", "EMAIL", id, "body purged");
            throw EmailProblem.EMAIL_PURGED.exception(community(m -> m.email_purged()));
        }
        requeue("id = ?1", id);
        audit.success("EMAIL_RETRY", "EMAIL", id, status + ", " + row[4] + " attempts before");
        return view(row(id));
    }

    /** Sends every FAILED email whose content is still kept again; returns how many. */
    public Retried retryAllFailed() {
        int retried = requeue("status = 'FAILED' AND body_html <> ''", null);
        audit.success("EMAIL_RETRY_ALL", "EMAIL", null, retried + " failed emails queued again");
        return new Retried(retried);
    }

    private int requeue(String where, UUID id) {
        var query = em.createNativeQuery("""
                UPDATE email_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = now(), claimed_until = NULL,
                       failed_at = NULL
                WHERE status <> 'SENT'""" + " AND " + where);
        if (id != null) {
            query.setParameter(1, id);
        }
        return query.executeUpdate();
    }

    private Object[] row(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, recipient, subject, status, attempts, last_error, created_at, next_attempt_at, failed_at,
                       body_html = '' AND status = 'FAILED'
                FROM email_outbox WHERE id = ?1""").setParameter(1, id).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private AdminEmail view(Object[] r) {
        return new AdminEmail((UUID) r[0], mask((String) r[1]), (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), (String) r[5], SqlValues.instant(r[6]),
                "PENDING".equals(r[3]) ? SqlValues.instant(r[7]) : null, SqlValues.instant(r[8]));
    }

    /** {@code someone@example.org} → {@code s***@example.org}: enough to spot a bad domain, not to read who. */
    static String mask(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }
}
