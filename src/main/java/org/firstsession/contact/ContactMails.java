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
 * Tells the staff address about a new contact request through the outbox. The email never carries what
 * the sender wrote (subject, message, or their self-chosen name): our branded email must not become a
 * channel for someone else's text, and the text may hold health details. It says a request arrived, gives
 * the reply address and account, and links to the request's admin page, where staff read it (an audited read).
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
                List.of("Someone sent a contact request through FirstSession. Its subject and message are on the "
                        + "request's page (admin login); they are not copied into this email."),
                List.of(new Detail("Reply to", orNotGiven(sender.email)),
                        new Detail("Account", sender.id.toString()),
                        new Detail("Received", RECEIVED.format(request.createdAt))),
                null, null,
                app.link("/admin/contact/" + request.id), "Read the request",
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
