package org.firstsession.notification;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Builds the iCalendar (RFC 5545 / iTIP RFC 5546) attachments of booking e-mails.
 *
 * <p>Why this shape: Google Calendar, Outlook and Apple Calendar all import an e-mailed
 * {@code METHOD:REQUEST} invite straight into the user's calendar, and a {@code METHOD:CANCEL} with
 * the same UID removes it again. So the UID must stay stable for the life of a booking, and SEQUENCE
 * must be raised on every change (reschedule, cancel) or clients ignore the update as stale.
 * Times are always written in UTC ({@code ...Z}), so no VTIMEZONE is needed.
 *
 * <p>All values go through ical4j's property/parameter classes, which escape TEXT ({@code , ; \ newline})
 * and quote or RFC 6868-encode parameters such as CN. The calendar is validated before writing (ical4j's
 * {@code CalendarOutputter} would only log a warning), and lines are folded here rather than by
 * {@code CalendarOutputter}: its {@code FoldingWriter} counts UTF-16 chars, not UTF-8 octets, so
 * non-ASCII text would exceed RFC 5545's 75-octet limit and a fold could split a surrogate pair.
 *
 * <p>Side effect to know about: ical4j registers a {@code java.time.zone.ZoneRulesProvider} service, so where
 * it is on the system class path (e.g. surefire tests) {@code ZoneId.getAvailableZoneIds()} also lists
 * ~340 {@code "ical4j~<uuid>"} ids; filter them out of any time-zone picker.
 */
public final class Ics {

    public record Event(String uid, int sequence, Instant start, Instant end, String summary,
                        String description, String location, String url, String organizerName,
                        String organizerEmail, String attendeeName, String attendeeEmail, Instant stamp) {
    }

    private static final String PRODID = "-//FirstSession//Booking//EN";
    private static final int MAX_LINE_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private Ics() {
    }

    /** An invite (new booking or change): clients add or update the event with this UID. */
    public static String request(Event e) {
        return write(calendar(ImmutableMethod.REQUEST, List.of(vevent(e, ImmutableStatus.VEVENT_CONFIRMED, true))));
    }

    /** A cancellation: clients remove the event with this UID. Send it with a raised SEQUENCE. */
    public static String cancel(Event e) {
        return write(calendar(ImmutableMethod.CANCEL, List.of(vevent(e, ImmutableStatus.VEVENT_CANCELLED, true))));
    }

    /**
     * A calendar to import or subscribe to ({@code METHOD:PUBLISH}): the events with their own UID and
     * SEQUENCE, confirmed or cancelled, without ATTENDEE (RFC 5546 forbids it in PUBLISH, and a subscribed
     * feed needs nobody's address). {@code name} becomes X-WR-CALNAME when not null.
     */
    public static String publish(String name, List<Published> events) {
        List<VEvent> vevents = new ArrayList<>();
        for (Published p : events) {
            vevents.add(vevent(p.event(), p.cancelled() ? ImmutableStatus.VEVENT_CANCELLED
                    : ImmutableStatus.VEVENT_CONFIRMED, false));
        }
        Calendar calendar = calendar(ImmutableMethod.PUBLISH, vevents);
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", text(name)));
        }
        // RFC 5545 wants at least one component; a feed with no consultations yet is still a feed, and
        // Google, Apple and Outlook subscribe to an empty VCALENDAR. Only that case skips validation.
        return write(calendar, !vevents.isEmpty());
    }

    /** One event of a published calendar, cancelled or not. */
    public record Published(Event event, boolean cancelled) {
    }

    /** Parses iCalendar text (used by tests to check what we send). */
    public static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException ex) {
            throw new IllegalArgumentException("Not a valid iCalendar: " + ex.getMessage(), ex);
        }
    }

    private static VEvent vevent(Event e, Status status, boolean withAttendee) {
        VEvent event = new VEvent(false); // false: no automatic DTSTAMP of "now"; we set e.stamp()
        event.add(new Uid(e.uid()));
        event.add(new Sequence(e.sequence()));
        event.add(new DtStamp(e.stamp()));
        event.add(new DtStart<>(e.start())); // Instant => UTC form 20250101T100000Z, no TZID
        event.add(new DtEnd<>(e.end()));
        event.add(new Summary(text(e.summary())));
        if (e.description() != null) {
            event.add(new Description(text(e.description())));
        }
        if (e.location() != null) {
            event.add(new Location(text(e.location())));
        }
        if (e.url() != null) {
            event.add(new Url(URI.create(e.url())));
        }
        event.add(status);
        event.add(named(new Organizer(mailto(e.organizerEmail())), e.organizerName()));
        if (withAttendee) {
            event.add(named(new Attendee(mailto(e.attendeeEmail())), e.attendeeName())
                    .add(Role.REQ_PARTICIPANT)
                    .add(PartStat.ACCEPTED)
                    .add(Rsvp.FALSE));
        }
        return event;
    }

    private static Calendar calendar(Method method, List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        for (VEvent event : events) {
            calendar.add(event);
        }
        return calendar;
    }

    private static String write(Calendar calendar) {
        return write(calendar, true);
    }

    private static String write(Calendar calendar, boolean validate) {
        ValidationResult result = validate ? calendar.validate() : null;
        if (result != null && result.hasErrors()) {
            throw new IllegalStateException("Invalid iCalendar: " + result);
        }
        // Calendar.toString() is the unfolded content: one CRLF-terminated line per property.
        String unfolded = calendar.toString();
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3);
        for (String line : unfolded.split(CRLF)) {
            fold(line, out);
        }
        return out.toString();
    }

    /** RFC 5545 3.1: at most 75 octets per line; continuation lines start with one space. */
    private static void fold(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; // UTF-8 length
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }

    /** TEXT values: one newline convention; ical4j escapes the rest. */
    private static String text(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Adds CN (display name) unless blank; line breaks become spaces (few clients read RFC 6868 ^n). */
    private static <P extends Property> P named(P property, String name) {
        String cn = name == null ? "" : name.replaceAll("[\\r\\n\\t]+", " ").strip();
        return cn.isEmpty() ? property : property.add(new Cn(cn));
    }

    private static URI mailto(String email) {
        try {
            return new URI("mailto", email, null); // quotes any characters illegal in a URI
        } catch (URISyntaxException ex) {
            throw new IllegalArgumentException("Bad e-mail address: " + email, ex);
        }
    }
}
