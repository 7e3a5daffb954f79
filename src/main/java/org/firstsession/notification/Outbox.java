package org.firstsession.notification;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.shared.crypto.FieldCipher;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Writes emails into the outbox table, inside the caller's transaction: an email exists exactly when
 * the change that causes it commits. The relay sends it later.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final FieldCipher cipher;
    private final Template html;
    private final Template text;

    Outbox(EntityManager em, FieldCipher cipher, @Location("mail/notice.html") Template html,
            @Location("mail/notice.txt") Template text) {
        this.em = em;
        this.cipher = cipher;
        this.html = html;
        this.text = text;
    }

    record Email(String messageId, UUID recipientAccount, String recipient, String subject, String text, String html,
            String ics, String icsMethod) {
    }

    /**
     * Renders {@code content} with the notice templates (HTML and text) and queues it, with an optional
     * calendar invite. The subject and content are already in the recipient's {@code language}, which the
     * HTML names in {@code <html lang>}: there is no overload without one, so no email can go out in English
     * by default. A second email with the same Message-ID is ignored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String messageId, Recipient recipient, String subject, MailContent content, String ics,
            String icsMethod, Locale language) {
        enqueue(new Email(messageId, recipient.accountId(), recipient.email(), subject,
                text.instance().setLocale(language).data("m", content).render(),
                html.instance().setLocale(language).data("m", content).data("lang", language.toLanguageTag()).render(),
                ics, icsMethod));
    }

    /**
     * Who an email goes to: a person's account (export and erasure find their emails by it, never by the
     * address) or, for staff mail, an address alone.
     */
    public record Recipient(UUID accountId, String email) {

        public static Recipient account(UUID accountId, String email) {
            return new Recipient(Objects.requireNonNull(accountId), email);
        }

        public static Recipient staff(String email) {
            return new Recipient(null, email);
        }
    }

    private void enqueue(Email email) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO email_outbox (id, message_id, recipient, subject, body_text, body_html, ics, ics_method,
                                          recipient_account_id)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (message_id) DO NOTHING""")
                .setParameter(1, id)
                .setParameter(2, email.messageId())
                .setParameter(3, email.recipient())
                .setParameter(4, email.subject())
                // Bodies may quote a booking note or contact message: encrypted like the originals.
                .setParameter(5, cipher.encrypt(email.text(), "email_outbox.body_text", id))
                .setParameter(6, cipher.encrypt(email.html(), "email_outbox.body_html", id))
                .setParameter(7, cipher.encrypt(email.ics(), "email_outbox.ics", id))
                .setParameter(8, email.icsMethod())
                .setParameter(9, email.recipientAccount())
                .executeUpdate();
    }
}
