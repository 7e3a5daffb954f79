package org.firstsession.booking;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.account.Account;
import org.firstsession.account.TimeZones;
import org.firstsession.notification.Ics;
import org.firstsession.notification.MailConfig;
import org.firstsession.notification.MailContent;
import org.firstsession.notification.MailContent.Detail;
import org.firstsession.notification.Outbox;
import org.firstsession.shared.FirstSessionConfig;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.Msg;
import org.firstsession.specialist.SessionFormat;
import org.firstsession.specialist.Specialist;
import java.time.Instant;


/**
 * The booking emails: one to the client and one to the specialist for every booking, cancellation,
 * reschedule and reminder, each with a calendar invite. Texts are in the recipient's language, times in
 * their zone and that language's format. Subjects, in every language, say only that it is a free
 * consultation and when. No email quotes what a person wrote (the client's
 * note, a cancel reason): it says that one was given and links to the booking, where it can be read.
 */
@ApplicationScoped
public class BookingMails {

    enum Kind { BOOKED, CANCELLED, RESCHEDULED, REMINDER }

    private final Outbox outbox;
    private final FirstSessionConfig app;
    private final MailConfig mail;
    private final CancelLinks cancelLinks;
    private final MeetingRooms rooms;
    private final Languages languages;

    BookingMails(Outbox outbox, FirstSessionConfig app, MailConfig mail, CancelLinks cancelLinks, MeetingRooms rooms,
            Languages languages) {
        this.languages = languages;
        this.cancelLinks = cancelLinks;
        this.rooms = rooms;
        this.outbox = outbox;
        this.app = app;
        this.mail = mail;
    }

    public void booked(Booking booking) {
        send(booking, Kind.BOOKED, null);
    }

    public void cancelled(Booking booking) {
        send(booking, Kind.CANCELLED, null);
    }

    public void rescheduled(Booking booking) {
        send(booking, Kind.RESCHEDULED, null);
    }

    /** The reminder {@code before} the start (one of {@link BookingConfig#reminders()}); its Message-ID names it. */
    public void reminder(Booking booking, Duration before) {
        send(booking, Kind.REMINDER, before);
    }

    /** The invite for one participant; the UID is the same for both and for every change of the booking. */
    public Ics.Event calendarEvent(Booking booking, boolean forSpecialist) {
        Specialist specialist = Specialist.findById(booking.specialistId);
        Account client = Account.findById(booking.clientId);
        Account specialistAccount = Account.findById(specialist.accountId);
        Account recipient = forSpecialist ? specialistAccount : client;
        Msg m = messagesFor(recipient);
        String otherName = forSpecialist ? nameOf(client, m) : specialist.displayName;
        String summary = m.ics_summary(otherName);
        String room = rooms.linkFor(booking, specialist);
        String description = m.ics_description() + "\n"
                + (room == null ? "" : m.ics_video_room(room) + "\n")
                + m.ics_booking(bookingLink(booking));
        return new Ics.Event("booking-" + booking.id + "@" + mail.domain(), booking.sequence, booking.startsAt,
                booking.endsAt, summary, description, where(booking, specialist, m), room != null ? room : bookingLink(booking),
                "FirstSession", mail.fromAddress(), nameOf(recipient, m),
                recipient.email == null ? "unknown@invalid" : recipient.email, booking.updatedAt == null
                        ? Instant.now() : booking.updatedAt);
    }

    private void send(Booking booking, Kind kind, Duration before) {
        Specialist specialist = Specialist.findById(booking.specialistId);
        Account client = Account.findById(booking.clientId);
        Account specialistAccount = Account.findById(specialist.accountId);
        write(booking, kind, before, false, client, specialist, client, specialistAccount);
        write(booking, kind, before, true, specialistAccount, specialist, client, specialistAccount);
    }

    private void write(Booking booking, Kind kind, Duration before, boolean toSpecialist, Account recipient,
            Specialist specialist, Account client, Account specialistAccount) {
        if (recipient.email == null || recipient.email.isBlank()) {
            return; // the identity provider gave no address: nothing to send to
        }
        // In the recipient's language (the client's and the specialist's may differ) and zone.
        Locale locale = languages.parse(recipient.language).orElse(languages.fallback());
        Msg m = languages.messages(locale);
        ZoneId zone = toSpecialist ? zone(specialistAccount.timeZone, specialist.timeZone) : zone(client.timeZone, null);
        String when = booking.startsAt.atZone(zone).format(DateTimeFormatter.ofPattern(m.format_mail_when(), locale))
                + " (" + zone.getId() + ")";
        String shortWhen = booking.startsAt.atZone(zone).format(DateTimeFormatter.ofPattern(m.format_date_time(), locale))
                + " " + zone.getId();
        String other = toSpecialist ? nameOf(client, m) : specialist.displayName;

        String subject = switch (kind) {
            case BOOKED -> toSpecialist ? m.mail_subject_booked_specialist(shortWhen) : m.mail_subject_booked_client(shortWhen);
            case CANCELLED -> m.mail_subject_cancelled(shortWhen);
            case RESCHEDULED -> m.mail_subject_rescheduled(shortWhen);
            case REMINDER -> m.mail_subject_reminder(shortWhen);
        };
        List<String> paragraphs = new ArrayList<>();
        switch (kind) {
            case BOOKED -> paragraphs.add(toSpecialist ? m.mail_booked_specialist(other) : m.mail_booked_client(other));
            case CANCELLED -> {
                boolean byRecipient = booking.cancelledBy != null
                        && (booking.cancelledBy == Booking.CancelledBy.SPECIALIST) == toSpecialist;
                paragraphs.add(byRecipient ? m.mail_cancelled_by_you(other) : m.mail_cancelled(other));
                if (booking.cancelReason != null && !byRecipient) {
                    // The platform's own wording may be quoted; a person's free text never is (issue #14:
                    // our branded email must not carry someone else's words, e.g. a phishing link).
                    paragraphs.add(booking.cancelledBy == Booking.CancelledBy.PLATFORM
                            ? m.mail_cancel_reason(booking.cancelReason)
                            : m.mail_cancel_reason_given());
                }
                if (!toSpecialist) {
                    paragraphs.add(m.mail_book_another());
                }
            }
            case RESCHEDULED -> paragraphs.add(m.mail_rescheduled(other));
            case REMINDER -> paragraphs.add(m.mail_reminder(other));
        }
        List<Detail> details = new ArrayList<>();
        details.add(new Detail(m.mail_when(), when));
        details.add(new Detail(toSpecialist ? m.mail_client() : m.mail_specialist(), other));
        String where = where(booking, specialist, m);
        if (kind != Kind.CANCELLED && where != null) {
            details.add(new Detail(SessionFormat.ONLINE.code().equals(booking.sessionFormat) ? m.format_online() : m.format_in_person(), where));
        }
        if (toSpecialist && kind != Kind.CANCELLED && booking.note != null) {
            paragraphs.add(m.mail_note_added());
        }
        String cantMakeIt = null;
        if (kind == Kind.REMINDER && !toSpecialist) {
            // Scanner-safe: the link opens a page; only its button cancels (and offers the time to the waitlist).
            cantMakeIt = app.link("/cancel/" + cancelLinks.create(booking));
            paragraphs.add(m.mail_cant_make_it_text());
        }
        MailContent content = new MailContent(m.mail_greeting(nameOf(recipient, m)), paragraphs, details,
                null, null, bookingLink(booking), m.mail_view_booking(), m.mail_footer(),
                cantMakeIt, cantMakeIt == null ? null : m.mail_cant_make_it());
        if (kind != Kind.CANCELLED) {
            content = content.withLinks(List.of(
                    new Detail(m.mail_add_google(),
                            CalendarLinks.google(booking.startsAt, booking.endsAt, bookingLink(booking))),
                    new Detail(m.mail_add_outlook(),
                            CalendarLinks.outlook(booking.startsAt, booking.endsAt, bookingLink(booking)))));
        }

        Ics.Event event = calendarEvent(booking, toSpecialist);
        boolean cancel = kind == Kind.CANCELLED;
        String eventName = kind.name().toLowerCase(Locale.ROOT) + (before == null ? "" : "-" + before.toString().toLowerCase(Locale.ROOT));
        String messageId = "<booking-" + booking.id + "." + eventName + "."
                + booking.sequence + "." + (toSpecialist ? "specialist" : "client") + "@" + mail.domain() + ">";
        outbox.enqueue(messageId, Outbox.Recipient.account(recipient.id, recipient.email), subject, content,
                cancel ? Ics.cancel(event) : Ics.request(event), cancel ? "CANCEL" : "REQUEST", locale);
    }

    private String where(Booking booking, Specialist specialist, Msg m) {
        if (SessionFormat.ONLINE.code().equals(booking.sessionFormat)) {
            String link = rooms.linkFor(booking, specialist);
            return link != null ? link
                    : booking.status == BookingStatus.CONFIRMED ? m.mail_online_link_later() : m.format_online();
        }
        return specialist.city == null ? null : specialist.city + (specialist.country == null ? "" : ", " + specialist.country);
    }

    private String bookingLink(Booking booking) {
        return app.link("/bookings/" + booking.id);
    }

    private static ZoneId zone(String preferred, String fallback) {
        if (TimeZones.isValid(preferred)) {
            return ZoneId.of(preferred);
        }
        return TimeZones.isValid(fallback) ? ZoneId.of(fallback) : ZoneOffset.UTC;
    }

    private static String nameOf(Account account, Msg m) {
        return account.displayName == null || account.displayName.isBlank() ? m.mail_someone() : account.displayName;
    }

    /** The texts in the account's language (the default language when it chose none). */
    private Msg messagesFor(Account account) {
        return languages.messages(languages.parse(account.language).orElse(languages.fallback()));
    }
}
