package org.firstsession.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.account.Account;
import org.firstsession.messaging.Conversation.Side;
import org.firstsession.notification.MailConfig;
import org.firstsession.notification.MailContent;
import org.firstsession.notification.Outbox;
import org.firstsession.shared.FirstSessionConfig;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.MailMsg;
import org.firstsession.specialist.Specialist;
import org.firstsession.shared.Draining;

import io.quarkus.scheduler.Scheduled;

/**
 * Emails "You have a new message from …", in the recipient's account language, for messages that stay
 * unread: never the text, at most one email per conversation and recipient per throttle period, none once
 * the recipient has read them, and only about messages newer than the last email. Claims rows with {@code FOR UPDATE SKIP LOCKED}
 * so several instances never email twice.
 */
@ApplicationScoped
public class MessageNotifier {

    private static final String DUE = """
            UPDATE conversation c SET %1$s_notified_at = ?1
            WHERE c.id IN (
                SELECT c2.id FROM conversation c2
                WHERE (c2.%1$s_notified_at IS NULL OR c2.%1$s_notified_at <= ?2)
                  AND EXISTS (SELECT 1 FROM message m
                              WHERE m.conversation_id = c2.id AND m.sender = '%2$s'
                                AND m.seq > c2.%1$s_read_seq AND m.created_at <= ?3
                                AND (c2.%1$s_notified_at IS NULL OR m.created_at > c2.%1$s_notified_at))
                LIMIT 200
                FOR UPDATE SKIP LOCKED)
            RETURNING c.id""";

    private final EntityManager em;
    private final MessagingConfig config;
    private final MailConfig mail;
    private final FirstSessionConfig app;
    private final Outbox outbox;
    private final Languages languages;

    MessageNotifier(EntityManager em, MessagingConfig config, MailConfig mail, FirstSessionConfig app, Outbox outbox,
            Languages languages) {
        this.languages = languages;
        this.em = em;
        this.config = config;
        this.mail = mail;
        this.app = app;
        this.outbox = outbox;
    }

    @Scheduled(every = "${firstsession.messaging.notify-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Draining.Skip.class)
    void scheduledRun() {
        notifyUnread();
    }

    /** Queues the due emails; returns how many. */
    @Transactional
    public int notifyUnread() {
        Instant now = Instant.now();
        return notifySide(Side.CLIENT, now) + notifySide(Side.SPECIALIST, now);
    }

    private int notifySide(Side recipientSide, Instant now) {
        String column = recipientSide == Side.CLIENT ? "client" : "specialist";
        String senderSide = recipientSide == Side.CLIENT ? Side.SPECIALIST.name() : Side.CLIENT.name();
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery(DUE.formatted(column, senderSide))
                .setParameter(1, now)
                .setParameter(2, now.minus(config.notifyThrottle()))
                .setParameter(3, now.minus(config.notifyDelay()))
                .getResultList();
        for (UUID id : due) {
            Conversation conversation = Conversation.findById(id);
            Specialist specialist = Specialist.findById(conversation.specialistId);
            Account client = Account.findById(conversation.clientId);
            Account recipient = recipientSide == Side.CLIENT ? client : Account.findById(specialist.accountId);
            if (recipient.email == null || recipient.email.isBlank()) {
                continue;
            }
            // In the recipient's language; the sender only by name, never what they wrote.
            Locale locale = languages.ofAccount(recipient.language);
            MailMsg t = languages.bundle(MailMsg.class, locale);
            String sender = recipientSide == Side.CLIENT ? specialist.displayName : client.displayName;
            boolean named = sender != null && !sender.isBlank();
            String link = app.link("/conversations/" + id);
            MailContent content = new MailContent(
                    recipient.displayName == null || recipient.displayName.isBlank() ? t.mail_greeting_unnamed()
                            : languages.messages(locale).mail_greeting(recipient.displayName),
                    List.of(named ? t.message_mail_text(sender) : t.message_mail_text_unnamed(), t.message_mail_private()),
                    List.of(), null, null, link, t.message_mail_link(), null);
            outbox.enqueue("<conversation-" + id + "." + column + "." + now.getEpochSecond() + "@" + mail.domain() + ">",
                    Outbox.Recipient.account(recipient.id, recipient.email),
                    named ? t.message_mail_subject(sender) : t.message_mail_subject_unnamed(), content, null, null, locale);
        }
        return due.size();
    }
}
