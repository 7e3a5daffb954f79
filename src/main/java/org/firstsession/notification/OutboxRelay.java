package org.firstsession.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.shared.crypto.FieldCipher;
import org.firstsession.shared.crypto.UnreadableValueException;
import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.shared.Draining;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import java.util.Comparator;

/**
 * Sends queued emails. Each run claims a batch with {@code FOR UPDATE SKIP LOCKED} and a short lease,
 * so several instances share the work without sending an email twice; sends outside any transaction;
 * then marks each email SENT, or schedules a retry with exponential backoff, or marks it FAILED after
 * the last attempt. Logs carry ids and error types, never addresses or content.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager em;
    private final Mailer mailer;
    private final MailConfig config;
    private final FieldCipher cipher;
    private final OutboxMonitor monitor;
    private final Counter unreadable;

    OutboxRelay(EntityManager em, Mailer mailer, MailConfig config, FieldCipher cipher, OutboxMonitor monitor,
            MeterRegistry metrics) {
        this.monitor = monitor;
        this.em = em;
        this.mailer = mailer;
        this.config = config;
        this.cipher = cipher;
        this.unreadable = Counter.builder("firstsession.outbox.unreadable")
                .description("Queued emails set aside because their body could not be decrypted").register(metrics);
    }

    record Claimed(UUID id, String messageId, String recipient, String subject, String text, String html, String ics,
            String icsMethod, int attempts) {
    }

    @Scheduled(every = "${firstsession.mail.relay-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Draining.Skip.class)
    void scheduledRun() {
        drain();
    }

    /** Relay runs until a batch comes back short (or half the claim lease has passed); returns how many were sent. */
    int drain() {
        // Keep going while batches come back full, so a burst (50 bookings a second queue 100 emails a
        // second; see docs/benchmarks.md) drains at SMTP speed instead of one batch per interval. Bounded
        // by the claim lease, so one run never holds claims it cannot finish.
        long deadline = System.nanoTime() + config.claimLease().toNanos() / 2;
        int total = 0;
        int sent;
        do {
            sent = relay();
            total += sent;
        } while (sent >= config.batchSize() && System.nanoTime() < deadline);
        return total;
    }

    /** One relay run; returns how many emails were sent. */
    public int relay() {
        int sent = 0;
        for (Claimed email : QuarkusTransaction.requiringNew().call(this::claim)) {
            try {
                mailer.send(toMail(email));
                QuarkusTransaction.requiringNew().run(() -> markSent(email.id()));
                monitor.sent();
                sent++;
            } catch (RuntimeException e) {
                String reason = reason(e);
                QuarkusTransaction.requiringNew().run(() -> markFailedAttempt(email, reason));
                monitor.attemptFailed(email.attempts() >= config.maxAttempts());
            }
        }
        return sent;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    List<Claimed> claim() {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                UPDATE email_outbox o SET claimed_until = ?1, attempts = o.attempts + 1
                WHERE o.id IN (SELECT id FROM email_outbox
                               WHERE status = 'PENDING' AND next_attempt_at <= ?2
                                 AND (claimed_until IS NULL OR claimed_until < ?2)
                               ORDER BY next_attempt_at
                               LIMIT ?3
                               FOR UPDATE SKIP LOCKED)
                RETURNING o.id, o.message_id, o.recipient, o.subject, o.body_text, o.body_html, o.ics, o.ics_method, o.attempts,
                          o.created_at""")
                .setParameter(1, now.plus(config.claimLease()))
                .setParameter(2, now)
                .setParameter(3, config.batchSize())
                .getResultList();
        // RETURNING has no order: send in the order the emails were written (a booking's confirmation
        // before its cancellation).
        rows.sort(Comparator.comparing((Object[] r) -> SqlValues.instant(r[9])));
        List<Claimed> claimed = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            try {
                claimed.add(new Claimed(id, (String) r[1], (String) r[2], (String) r[3],
                        cipher.decrypt((String) r[4], "email_outbox.body_text", id),
                        cipher.decrypt((String) r[5], "email_outbox.body_html", id),
                        cipher.decrypt((String) r[6], "email_outbox.ics", id), (String) r[7], ((Number) r[8]).intValue()));
            } catch (UnreadableValueException e) {
                setAside(id, e);
            }
        }
        return claimed;
    }

    /**
     * An email whose body cannot be decrypted (altered, or moved from another row) would fail on every
     * attempt: it is marked FAILED at once and counted ({@code firstsession.outbox.unreadable}), and the
     * rest of its batch goes out.
     */
    private void setAside(UUID id, UnreadableValueException e) {
        LOG.warnf("Email %s set aside: %s", id, e.getMessage());
        unreadable.increment();
        em.createNativeQuery("""
                UPDATE email_outbox SET status = 'FAILED', failed_at = now(), claimed_until = NULL, last_error = ?2
                WHERE id = ?1""")
                .setParameter(1, id).setParameter(2, "unreadable" + (e.keyId() == null ? "" : " (key " + e.keyId() + ")"))
                .executeUpdate();
    }

    private Mail toMail(Claimed email) {
        Mail mail = Mail.withHtml(email.recipient(), email.subject(), email.html())
                .setText(email.text())
                .setFrom(config.from())
                .addHeader("Message-ID", email.messageId());
        if (email.ics() != null) {
            byte[] ics = email.ics().getBytes(StandardCharsets.UTF_8);
            String type = "text/calendar; charset=UTF-8; method=" + email.icsMethod();
            // Inline for Outlook, which shows Accept/Decline only for a text/calendar part of the message
            // itself; attached as well, for the clients that import only attachments.
            mail.addInlineAttachment("invite.ics", ics, type, "<invite@" + config.domain() + ">");
            mail.addAttachment("invite.ics", ics, type);
        }
        return mail;
    }

    void markSent(UUID id) {
        // Keep less: once sent, the body is no longer needed (metadata stays for the export and stats).
        em.createNativeQuery("""
                UPDATE email_outbox SET status = 'SENT', sent_at = now(), claimed_until = NULL, last_error = NULL,
                       body_text = '', body_html = '', ics = NULL WHERE id = ?1""")
                .setParameter(1, id).executeUpdate();
    }

    void markFailedAttempt(Claimed email, String reason) {
        if (email.attempts() >= config.maxAttempts()) {
            LOG.warnf("Email %s failed permanently after %d attempts (%s)", email.id(), email.attempts(), reason);
            em.createNativeQuery("UPDATE email_outbox SET status = 'FAILED', failed_at = now(), claimed_until = NULL, last_error = ?2 WHERE id = ?1")
                    .setParameter(1, email.id()).setParameter(2, reason).executeUpdate();
            return;
        }
        Duration delay = backoff(email.attempts());
        LOG.infof("Email %s not sent (attempt %d, %s); retrying in %s", email.id(), email.attempts(), reason, delay);
        em.createNativeQuery("""
                UPDATE email_outbox SET next_attempt_at = ?2, claimed_until = NULL, last_error = ?3 WHERE id = ?1""")
                .setParameter(1, email.id()).setParameter(2, Instant.now().plus(delay)).setParameter(3, reason)
                .executeUpdate();
    }

    /** The innermost cause's type: enough to diagnose, with no address or content in it. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        LOG.debugf(root, "relay failure");
        return root == e ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " <- " + root.getClass().getSimpleName();
    }

    /** retryBase × 2^(attempt−1), capped at retryMax. */
    Duration backoff(int attempt) {
        Duration delay = config.retryBase();
        for (int i = 1; i < attempt && delay.compareTo(config.retryMax()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(config.retryMax()) > 0 ? config.retryMax() : delay;
    }
}
