package org.firstsession.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the emails other than the booking emails (those use {@link Msg}'s {@code mail_*} keys, and so
 * do these for the greeting, labels and date formats): the waitlist offer, new-message notices, the contact
 * request to the staff, a suspension. Java gets them with {@code Languages.bundle(MailMsg.class, locale)} in
 * the recipient's language; the texts are in {@code messages/mail_<language>.properties}. A bundle of its own:
 * {@link Msg} says why bundles stay under 300 keys. No subject may carry a health detail, in any language.
 */
@MessageBundle("mail")
public interface MailMsg {

    // ---- waitlist offer (to the client) ----------------------------------------------------------

    @Message
    String waitlist_mail_subject(String when);

    @Message
    String waitlist_mail_offer(String specialist);

    @Message
    String waitlist_mail_held(String until);

    @Message
    String waitlist_mail_link();

    @Message
    String waitlist_mail_footer();

    // ---- new message (to the other side of a conversation) ---------------------------------------

    @Message
    String message_mail_subject(String sender);

    @Message
    String message_mail_subject_unnamed();

    @Message
    String message_mail_text(String sender);

    @Message
    String message_mail_text_unnamed();

    @Message
    String message_mail_private();

    @Message
    String message_mail_link();

    @Message
    String mail_greeting_unnamed();

    // ---- contact request (to the staff address) --------------------------------------------------

    @Message
    String contact_mail_subject(String id);

    @Message
    String contact_mail_greeting();

    @Message
    String contact_mail_text();

    @Message
    String contact_mail_reply_to();

    @Message
    String contact_mail_account();

    @Message
    String contact_mail_received();

    @Message
    String contact_mail_language();

    @Message
    String contact_mail_not_given();

    @Message
    String contact_mail_link();

    @Message
    String contact_mail_footer();

    // ---- profile suspended (to the specialist) ---------------------------------------------------

    @Message
    String suspension_mail_subject();

    @Message
    String suspension_mail_text();

    @Message
    String suspension_mail_contact();

    @Message
    String suspension_mail_reason();

    @Message
    String suspension_mail_link();

    /** One "label: value" line of a plain-text email (French puts a space before the colon). */
    @Message
    String mail_labelled(String label, String value);

    /** A label on its own line above what it names. */
    @Message
    String mail_label(String label);
}
