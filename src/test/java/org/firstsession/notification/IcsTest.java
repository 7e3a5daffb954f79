package org.firstsession.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Organizer;
import org.junit.jupiter.api.Test;

class IcsTest {

    private static final String TRICKY = "Müller; Dr., PhD\nline2 \\ back-slash: colon ✓ 😀";
    private static final Instant START = Instant.parse("2025-03-30T00:30:00Z"); // EU DST switch night
    private static final Instant END = Instant.parse("2025-03-30T01:20:00Z");
    private static final Instant STAMP = Instant.parse("2025-03-01T12:00:00Z");

    private static Ics.Event event(int sequence) {
        return new Ics.Event("booking-42@firstsession.org", sequence, START, END,
                "Erstgespräch: " + TRICKY,
                TRICKY + "\n" + "Ä".repeat(120) + "😀".repeat(40),
                "Praxis Müller, Raum 3; 2. OG",
                "https://firstsession.org/bookings/42?token=a,b;c",
                "Dr. Müller, Anna", "therapist+test@firstsession.org",
                "Jörg \"JJ\" Nußbaum; Jr.", "client@example.org",
                STAMP);
    }

    @Test
    void requestRoundTrips() {
        String ics = Ics.request(event(0));
        assertWellFormed(ics);
        assertTrue(ics.contains("\r\nMETHOD:REQUEST\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTART:20250330T003000Z\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND:20250330T012000Z\r\n"), ics);
        assertFalse(ics.contains("TZID"), ics);

        Calendar cal = Ics.parse(ics);
        assertEquals("-//FirstSession//Booking//EN", value(cal, Property.PRODID));
        assertEquals("2.0", value(cal, Property.VERSION));
        assertEquals("GREGORIAN", value(cal, Property.CALSCALE));
        assertEquals("REQUEST", value(cal, Property.METHOD));

        VEvent ev = onlyEvent(cal);
        assertEvent(ev, 0);
        assertEquals("CONFIRMED", value(ev, Property.STATUS));
        assertEquals("Praxis Müller, Raum 3; 2. OG", value(ev, Property.LOCATION));
        assertEquals("https://firstsession.org/bookings/42?token=a,b;c", value(ev, Property.URL));

        Attendee attendee = ev.<Attendee>getProperty(Property.ATTENDEE).orElseThrow();
        assertEquals("REQ-PARTICIPANT", param(attendee, Parameter.ROLE));
        assertEquals("ACCEPTED", param(attendee, Parameter.PARTSTAT));
        assertEquals("FALSE", param(attendee, Parameter.RSVP));
    }

    @Test
    void cancelRoundTrips() {
        String ics = Ics.cancel(event(3));
        assertWellFormed(ics);

        Calendar cal = Ics.parse(ics);
        assertEquals("CANCEL", value(cal, Property.METHOD));
        VEvent ev = onlyEvent(cal);
        assertEvent(ev, 3);
        assertEquals("CANCELLED", value(ev, Property.STATUS));
    }

    @Test
    void optionalFieldsMayBeNull() {
        Ics.Event e = new Ics.Event("u1", 1, START, END, "Plain", null, null, null,
                null, "t@example.org", null, "c@example.org", STAMP);
        VEvent ev = onlyEvent(Ics.parse(Ics.request(e)));
        assertTrue(ev.getProperty(Property.LOCATION).isEmpty());
        assertTrue(ev.getProperty(Property.URL).isEmpty());
        assertTrue(ev.getProperty(Property.DESCRIPTION).isEmpty());
        assertTrue(ev.<Organizer>getProperty(Property.ORGANIZER).orElseThrow().getParameter(Parameter.CN).isEmpty());
    }

    private static void assertEvent(VEvent ev, int sequence) {
        assertEquals("booking-42@firstsession.org", value(ev, Property.UID));
        assertEquals(String.valueOf(sequence), value(ev, Property.SEQUENCE));
        assertEquals(STAMP, ev.<DtStamp>getProperty(Property.DTSTAMP).orElseThrow().getDate());
        assertEquals(START, Instant.from(ev.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow().getDate()));
        assertEquals(END, Instant.from(ev.<DtEnd<Temporal>>getProperty(Property.DTEND).orElseThrow().getDate()));
        assertEquals("Erstgespräch: " + TRICKY, value(ev, Property.SUMMARY));
        assertEquals(TRICKY + "\n" + "Ä".repeat(120) + "😀".repeat(40), value(ev, Property.DESCRIPTION));

        Organizer organizer = ev.<Organizer>getProperty(Property.ORGANIZER).orElseThrow();
        assertEquals("mailto:therapist+test@firstsession.org", organizer.getCalAddress().toString());
        assertEquals("Dr. Müller, Anna", param(organizer, Parameter.CN));
        Attendee attendee = ev.<Attendee>getProperty(Property.ATTENDEE).orElseThrow();
        assertEquals("mailto:client@example.org", attendee.getCalAddress().toString());
        assertEquals("Jörg \"JJ\" Nußbaum; Jr.", param(attendee, Parameter.CN));
    }

    /** RFC 5545 3.1: CRLF line ends, at most 75 octets per line (without the CRLF). */
    private static void assertWellFormed(String ics) {
        assertTrue(ics.endsWith("\r\n"), "must end with CRLF");
        assertFalse(ics.replace("\r\n", "").contains("\n"), "bare LF");
        assertFalse(ics.replace("\r\n", "").contains("\r"), "bare CR");
        List<String> lines = List.of(ics.split("\r\n"));
        assertTrue(lines.size() > 10, "folded content expected");
        for (String line : lines) {
            int octets = line.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(octets <= 75, () -> octets + " octets: " + line);
        }
        // the long DESCRIPTION really got folded, and no fold split a surrogate pair
        assertTrue(lines.stream().filter(l -> l.startsWith(" ")).count() > 5, ics);
        assertEquals(ics, new String(ics.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), "split pair");
        assertTrue(lines.get(0).equals("BEGIN:VCALENDAR") && lines.get(lines.size() - 1).equals("END:VCALENDAR"));
    }

    private static VEvent onlyEvent(Calendar cal) {
        List<VEvent> events = cal.getComponents(VEvent.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static String value(Calendar cal, String name) {
        return cal.getProperty(name).orElseThrow().getValue();
    }

    private static String value(VEvent ev, String name) {
        return ev.getProperty(name).orElseThrow().getValue();
    }

    private static String param(Property p, String name) {
        return p.getParameter(name).orElseThrow().getValue();
    }
}
