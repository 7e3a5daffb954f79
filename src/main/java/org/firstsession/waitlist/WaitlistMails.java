package org.firstsession.waitlist;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.account.Account;
import org.firstsession.account.TimeZones;
import org.firstsession.notification.MailConfig;
import org.firstsession.notification.MailContent;
import org.firstsession.notification.MailContent.Detail;
import org.firstsession.notification.Outbox;
import org.firstsession.shared.FirstSessionConfig;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.MailMsg;
import org.firstsession.shared.i18n.Msg;
import org.firstsession.shared.persistence.SqlValues;

/**
 * The offer email: a time became free with a specialist the client waits for, held for them until a
 * time, with the scanner-safe link that opens the offer page (nothing happens until a button there is
 * pressed). In the client's account language, times in their zone and that language's format. The subject
 * names neither the specialist nor anything about health, only the time, in every language.
 */
@ApplicationScoped
class WaitlistMails {

    private final EntityManager em;
    private final Outbox outbox;
    private final FirstSessionConfig app;
    private final MailConfig mail;
    private final Languages languages;

    WaitlistMails(EntityManager em, Outbox outbox, FirstSessionConfig app, MailConfig mail, Languages languages) {
        this.em = em;
        this.outbox = outbox;
        this.app = app;
        this.mail = mail;
        this.languages = languages;
    }

    /** Queues the offer email, in the offer's transaction (no offer, no email; an offer, exactly one). */
    void offered(UUID offerId, String token) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT w.client_id, s.display_name, sl.starts_at, w.expires_at
                FROM waitlist_offer w JOIN specialist s ON s.id = w.specialist_id JOIN slot sl ON sl.id = w.slot_id
                WHERE w.id = ?1""").setParameter(1, offerId).getSingleResult();
        Account client = Account.findById(row[0]);
        if (client == null || client.email == null || client.email.isBlank()) {
            return;
        }
        Locale locale = languages.ofAccount(client.language);
        Msg m = languages.messages(locale);
        MailMsg t = languages.bundle(MailMsg.class, locale);
        ZoneId zone = TimeZones.isValid(client.timeZone) ? ZoneId.of(client.timeZone) : ZoneOffset.UTC;
        Instant start = SqlValues.instant(row[2]);
        Instant until = SqlValues.instant(row[3]);
        String specialist = (String) row[1];
        String greeting = client.displayName == null || client.displayName.isBlank() ? t.mail_greeting_unnamed()
                : m.mail_greeting(client.displayName);
        MailContent content = new MailContent(greeting,
                List.of(t.waitlist_mail_offer(specialist),
                        t.waitlist_mail_held(format(until, zone, m.format_time(), locale) + " (" + zone.getId() + ")")),
                List.of(new Detail(m.mail_when(), format(start, zone, m.format_mail_when(), locale) + " (" + zone.getId() + ")"),
                        new Detail(m.mail_specialist(), specialist)),
                null, null, app.link("/waitlist/offers/" + token), t.waitlist_mail_link(), t.waitlist_mail_footer());
        outbox.enqueue("<waitlist-offer-" + offerId + "@" + mail.domain() + ">",
                Outbox.Recipient.account(client.id, client.email),
                t.waitlist_mail_subject(format(start, zone, m.format_date_time(), locale) + " " + zone.getId()),
                content, null, null, locale);
    }

    private static String format(Instant instant, ZoneId zone, String pattern, Locale locale) {
        return instant.atZone(zone).format(DateTimeFormatter.ofPattern(pattern, locale));
    }
}
