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
import org.firstsession.shared.persistence.SqlValues;

/**
 * The offer email: a time became free with a specialist the client waits for, held for them until a
 * time, with the scanner-safe link that opens the offer page (nothing happens until a button there is
 * pressed). The subject names neither the specialist nor anything about health, only the time.
 */
@ApplicationScoped
class WaitlistMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final EntityManager em;
    private final Outbox outbox;
    private final FirstSessionConfig app;
    private final MailConfig mail;

    WaitlistMails(EntityManager em, Outbox outbox, FirstSessionConfig app, MailConfig mail) {
        this.em = em;
        this.outbox = outbox;
        this.app = app;
        this.mail = mail;
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
        ZoneId zone = TimeZones.isValid(client.timeZone) ? ZoneId.of(client.timeZone) : ZoneOffset.UTC;
        Instant start = SqlValues.instant(row[2]);
        Instant until = SqlValues.instant(row[3]);
        String specialist = (String) row[1];
        MailContent content = new MailContent("Hello " + (client.displayName == null ? "" : client.displayName) + ",",
                List.of("A time for a free 30-minute first consultation with " + specialist
                        + " has become free, and you are next on the waitlist.",
                        "We hold it for you until " + until.atZone(zone).format(TIME) + " (" + zone.getId()
                                + "). Open the link to accept or decline it; nothing is booked until you accept."),
                List.of(new Detail("When", start.atZone(zone).format(WHEN) + " (" + zone.getId() + ")"),
                        new Detail("Specialist", specialist)),
                null, null, app.link("/waitlist/offers/" + token), "Accept or decline",
                "If you decline or do not answer in time, the next person on the waitlist gets the offer.");
        outbox.enqueue("<waitlist-offer-" + offerId + "@" + mail.domain() + ">",
                Outbox.Recipient.account(client.id, client.email),
                "A free consultation time for you: " + start.atZone(zone).format(SHORT) + " " + zone.getId(),
                content, null, null);
    }
}
