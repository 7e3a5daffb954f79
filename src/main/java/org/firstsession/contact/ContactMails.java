package org.firstsession.contact;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.account.Account;
import org.firstsession.notification.MailConfig;
import org.firstsession.notification.MailContent;
import org.firstsession.notification.MailContent.Detail;
import org.firstsession.notification.Outbox;
import org.firstsession.shared.FirstSessionConfig;


/**
 * Forwards a contact request to the staff address through the outbox. The subject names only the
 * request: what the user wrote (possibly health details) stays in the body.
 */
@ApplicationScoped
class ContactMails {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Outbox outbox;
    private final FirstSessionConfig app;
    private final MailConfig mail;
    private final ContactConfig config;

    ContactMails(Outbox outbox, FirstSessionConfig app, MailConfig mail, ContactConfig config) {
        this.outbox = outbox;
        this.app = app;
        this.mail = mail;
        this.config = config;
    }

    void forward(ContactRequest request, Account sender) {
        String subject = "Contact request " + shortId(request);
        MailContent content = new MailContent("Hello FirstSession team,",
                List.of("Someone sent a contact request through FirstSession. Reply to them at the email address below."),
                List.of(new Detail("From", orNotGiven(sender.displayName)),
                        new Detail("Email", orNotGiven(sender.email)),
                        new Detail("Account", sender.id.toString()),
                        new Detail("Received", RECEIVED.format(request.createdAt)),
                        new Detail("Subject", request.subject)),
                "Message", request.message,
                app.link("/admin/contact/" + request.id), "Open the request",
                "It may contain health details: keep it within the support team.");
        outbox.enqueue("<contact-" + request.id + "@" + mail.domain() + ">", Outbox.Recipient.staff(config.forwardTo()), subject, content,
                null, null);
    }

    /** The first block of the id: enough for staff to tell requests apart in an inbox. */
    private static String shortId(ContactRequest request) {
        String id = request.id.toString();
        return id.substring(0, id.indexOf('-'));
    }

    private static String orNotGiven(String value) {
        return value == null || value.isBlank() ? "(not given)" : value;
    }
}
