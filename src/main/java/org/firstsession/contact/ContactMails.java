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
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.MailMsg;
import org.firstsession.shared.i18n.Msg;


/**
 * Tells the staff address about a new contact request through the outbox. The email never carries what
 * the sender wrote (subject, message, or their self-chosen name): our branded email must not become a
 * channel for someone else's text, and the text may hold health details. It says a request arrived, gives
 * the reply address, account and the sender's language, and links to the request's admin page, where staff
 * read it (an audited read).
 * <p>
 * The staff address has no account, so no language of its own: the email is in {@code CONTACT_FORWARD_LANGUAGE}
 * when the operator set one, otherwise in the sender's language (their account's, else the language of the
 * request: the page's or the API's {@code Accept-Language}), which is also the language to answer in.
 */
@ApplicationScoped
class ContactMails {

    private final Outbox outbox;
    private final FirstSessionConfig app;
    private final MailConfig mail;
    private final ContactConfig config;
    private final Languages languages;

    ContactMails(Outbox outbox, FirstSessionConfig app, MailConfig mail, ContactConfig config, Languages languages) {
        this.outbox = outbox;
        this.app = app;
        this.mail = mail;
        this.config = config;
        this.languages = languages;
    }

    /** {@code requestLanguage}: the language the request was made in, null when it named none. */
    void forward(ContactRequest request, Account sender, Locale requestLanguage) {
        Locale senders = languages.parse(sender.language)
                .orElse(requestLanguage == null ? languages.fallback() : requestLanguage);
        Locale locale = config.forwardLanguage().flatMap(languages::parse).orElse(senders);
        Msg m = languages.messages(locale);
        MailMsg t = languages.bundle(MailMsg.class, locale);
        // Staff have no zone of their own here: UTC, said so.
        String received = DateTimeFormatter.ofPattern(m.format_mail_when(), locale).withZone(ZoneOffset.UTC)
                .format(request.createdAt) + " (UTC)";
        MailContent content = new MailContent(t.contact_mail_greeting(),
                List.of(t.contact_mail_text()),
                List.of(new Detail(t.contact_mail_reply_to(), orNotGiven(sender.email, t)),
                        new Detail(t.contact_mail_account(), sender.id.toString()),
                        new Detail(t.contact_mail_received(), received),
                        new Detail(t.contact_mail_language(), languages.nameOf(senders))),
                null, null,
                app.link("/admin/contact/" + request.id), t.contact_mail_link(), t.contact_mail_footer());
        outbox.enqueue("<contact-" + request.id + "@" + mail.domain() + ">", Outbox.Recipient.staff(config.forwardTo()),
                t.contact_mail_subject(shortId(request)), content, null, null, locale);
    }

    /** The first block of the id: enough for staff to tell requests apart in an inbox. */
    private static String shortId(ContactRequest request) {
        String id = request.id.toString();
        return id.substring(0, id.indexOf('-'));
    }

    private static String orNotGiven(String value, MailMsg t) {
        return value == null || value.isBlank() ? t.contact_mail_not_given() : value;
    }
}
