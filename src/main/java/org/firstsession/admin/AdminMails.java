package org.firstsession.admin;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.account.Account;
import org.firstsession.notification.MailConfig;
import org.firstsession.notification.MailContent;
import org.firstsession.notification.Outbox;
import org.firstsession.shared.FirstSessionConfig;
import org.firstsession.specialist.Specialist;


/** Emails about admin decisions that concern a specialist. */
@ApplicationScoped
public class AdminMails {

    private final Outbox outbox;
    private final MailConfig mail;
    private final FirstSessionConfig app;

    AdminMails(Outbox outbox, MailConfig mail, FirstSessionConfig app) {
        this.outbox = outbox;
        this.mail = mail;
        this.app = app;
    }

    /** Tells the specialist their profile was suspended, and why (the reason is in the body, never the subject). */
    public void suspended(Specialist specialist) {
        Account account = Account.findById(specialist.accountId);
        if (account.email == null || account.email.isBlank()) {
            return;
        }
        MailContent content = new MailContent("Hello " + specialist.displayName + ",",
                List.of("Your FirstSession profile has been suspended by our team. It is hidden from the directory "
                        + "and cannot be booked; your upcoming free consultations were cancelled and the clients told.",
                        "If you think this is a mistake, reply through the contact form."),
                List.of(), "Reason", specialist.suspensionReason, app.link("/contact"), "Contact us", null);
        outbox.enqueue("<specialist-" + specialist.id + ".suspended." + specialist.suspendedAt.getEpochSecond() + "@"
                + mail.domain() + ">", Outbox.Recipient.account(account.id, account.email), "Your FirstSession profile has been suspended", content, null, null);
    }
}
