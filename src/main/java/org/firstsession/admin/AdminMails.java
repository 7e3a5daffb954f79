package org.firstsession.admin;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.account.Account;
import org.firstsession.notification.MailConfig;
import org.firstsession.notification.MailContent;
import org.firstsession.notification.Outbox;
import org.firstsession.shared.FirstSessionConfig;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.MailMsg;
import org.firstsession.specialist.Specialist;


/** Emails about admin decisions that concern a specialist, in the specialist's account language. */
@ApplicationScoped
public class AdminMails {

    private final Outbox outbox;
    private final MailConfig mail;
    private final FirstSessionConfig app;
    private final Languages languages;

    AdminMails(Outbox outbox, MailConfig mail, FirstSessionConfig app, Languages languages) {
        this.outbox = outbox;
        this.mail = mail;
        this.app = app;
        this.languages = languages;
    }

    /**
     * Tells the specialist their profile was suspended, and why: the reason is the admins' own wording, quoted
     * as they wrote it, in the body only, never the subject.
     */
    public void suspended(Specialist specialist) {
        Account account = Account.findById(specialist.accountId);
        if (account.email == null || account.email.isBlank()) {
            return;
        }
        Locale locale = languages.ofAccount(account.language);
        MailMsg t = languages.bundle(MailMsg.class, locale);
        MailContent content = new MailContent(languages.messages(locale).mail_greeting(specialist.displayName),
                List.of(t.suspension_mail_text(), t.suspension_mail_contact()),
                List.of(), t.suspension_mail_reason(), specialist.suspensionReason, app.link("/contact"),
                t.suspension_mail_link(), null);
        outbox.enqueue("<specialist-" + specialist.id + ".suspended." + specialist.suspendedAt.getEpochSecond() + "@"
                + mail.domain() + ">", Outbox.Recipient.account(account.id, account.email), t.suspension_mail_subject(),
                content, null, null, locale);
    }
}
