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
import org.firstsession.specialist.SessionFormat;
import org.firstsession.specialist.Specialist;
import java.time.Instant;


/**
 * The booking emails: one to the client and one to the specialist for every booking, cancellation,
 * reschedule and reminder, each with a calendar invite. Times are in the recipient's zone. Subjects
 * say only that it is a free consultation and when. No email quotes what a person wrote (the client's
 * note, a cancel reason): it says that one was given and links to the booking, where it can be read.
 */
@ApplicationScoped
public class BookingMails {

    enum Kind { BOOKED, CANCELLED, RESCHEDULED, REMINDER }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private final Outbox outbox;
    private final FirstSessionConfig app;
    private final MailConfig mail;
    private final CancelLinks cancelLinks;
    private final MeetingRooms rooms;

    BookingMails(Outbox outbox, FirstSessionConfig app, MailConfig mail, CancelLinks cancelLinks, MeetingRooms rooms) {
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
        String otherName = forSpecialist ? nameOf(client) : specialist.displayName;
        String summary = "Free consultation with " + otherName;
        String room = rooms.linkFor(booking, specialist);
        String description = "Free 30-minute first consultation arranged through FirstSession.\n"
                + (room == null ? "" : "Video room (for you and the other participant only): " + room + "\n")
                + "Booking: " + bookingLink(booking);
        return new Ics.Event("booking-" + booking.id + "@" + mail.domain(), booking.sequence, booking.startsAt,
                booking.endsAt, summary, description, where(booking, specialist), room != null ? room : bookingLink(booking),
                "FirstSession", mail.fromAddress(), nameOf(recipient),
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
        ZoneId zone = toSpecialist ? zone(specialistAccount.timeZone, specialist.timeZone) : zone(client.timeZone, null);
        String when = booking.startsAt.atZone(zone).format(WHEN) + " (" + zone.getId() + ")";
        String shortWhen = booking.startsAt.atZone(zone).format(SHORT) + " " + zone.getId();
        String other = toSpecialist ? nameOf(client) : specialist.displayName;

        String subject = switch (kind) {
            case BOOKED -> toSpecialist ? "New free consultation booked: " + shortWhen
                    : "Your free consultation is confirmed: " + shortWhen;
            case CANCELLED -> "Free consultation cancelled: " + shortWhen;
            case RESCHEDULED -> "Free consultation moved to " + shortWhen;
            case REMINDER -> "Reminder: free consultation " + shortWhen;
        };
        List<String> paragraphs = new ArrayList<>();
        switch (kind) {
            case BOOKED -> paragraphs.add(toSpecialist
                    ? other + " has booked a free 30-minute first consultation with you."
                    : "Your free 30-minute first consultation with " + other + " is confirmed.");
            case CANCELLED -> {
                boolean byRecipient = booking.cancelledBy != null
                        && (booking.cancelledBy == Booking.CancelledBy.SPECIALIST) == toSpecialist;
                paragraphs.add(byRecipient ? "You cancelled your free consultation with " + other + "."
                        : "Your free consultation with " + other + " has been cancelled.");
                if (booking.cancelReason != null && !byRecipient) {
                    // The platform's own wording may be quoted; a person's free text never is (issue #14:
                    // our branded email must not carry someone else's words, e.g. a phishing link).
                    paragraphs.add(booking.cancelledBy == Booking.CancelledBy.PLATFORM
                            ? "Reason: " + booking.cancelReason
                            : "A reason was given: you can read it on the booking page.");
                }
                if (!toSpecialist) {
                    paragraphs.add("You are welcome to book another time from the specialist's profile.");
                }
            }
            case RESCHEDULED -> paragraphs.add("Your free consultation with " + other + " has moved to a new time.");
            case REMINDER -> paragraphs.add("A reminder of your free 30-minute consultation with " + other + ".");
        }
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("When", when));
        details.add(new Detail(toSpecialist ? "Client" : "Specialist", other));
        String where = where(booking, specialist);
        if (kind != Kind.CANCELLED && where != null) {
            details.add(new Detail(SessionFormat.ONLINE.code().equals(booking.sessionFormat) ? "Online" : "In person", where));
        }
        if (toSpecialist && kind != Kind.CANCELLED && booking.note != null) {
            paragraphs.add("The client added a note: you can read it on the booking page.");
        }
        String cantMakeIt = null;
        if (kind == Kind.REMINDER && !toSpecialist) {
            // Scanner-safe: the link opens a page; only its button cancels (and offers the time to the waitlist).
            cantMakeIt = app.link("/cancel/" + cancelLinks.create(booking));
            paragraphs.add("Can't make it? Please tell us with the link below: the time goes to someone who is waiting for one.");
        }
        MailContent content = new MailContent("Hello " + nameOf(recipient) + ",", paragraphs, details,
                null, null, bookingLink(booking), "View the booking",
                "The calendar invite is attached. The free first consultation lasts 30 minutes and obliges you to nothing.",
                cantMakeIt, cantMakeIt == null ? null : "I can't make it");
        if (kind != Kind.CANCELLED) {
            content = content.withLinks(List.of(
                    new Detail("Add to Google Calendar",
                            CalendarLinks.google(booking.startsAt, booking.endsAt, bookingLink(booking))),
                    new Detail("Add to Outlook.com",
                            CalendarLinks.outlook(booking.startsAt, booking.endsAt, bookingLink(booking)))));
        }

        Ics.Event event = calendarEvent(booking, toSpecialist);
        boolean cancel = kind == Kind.CANCELLED;
        String eventName = kind.name().toLowerCase(Locale.ROOT) + (before == null ? "" : "-" + before.toString().toLowerCase(Locale.ROOT));
        String messageId = "<booking-" + booking.id + "." + eventName + "."
                + booking.sequence + "." + (toSpecialist ? "specialist" : "client") + "@" + mail.domain() + ">";
        outbox.enqueue(messageId, Outbox.Recipient.account(recipient.id, recipient.email), subject, content,
                cancel ? Ics.cancel(event) : Ics.request(event), cancel ? "CANCEL" : "REQUEST");
    }

    private String where(Booking booking, Specialist specialist) {
        if (SessionFormat.ONLINE.code().equals(booking.sessionFormat)) {
            String link = rooms.linkFor(booking, specialist);
            return link != null ? link
                    : booking.status == BookingStatus.CONFIRMED ? "Online; the specialist will send the link" : "Online";
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

    private static String nameOf(Account account) {
        return account.displayName == null || account.displayName.isBlank() ? "FirstSession user" : account.displayName;
    }
}
