package org.firstsession.booking;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * "Add to Google Calendar" and "Outlook.com" links for a consultation. They travel to those companies
 * in the address, so they carry nothing about health or people: a neutral title, the times, and the link to
 * the booking (which needs a login). The video room stays on the booking page and in the invite.
 */
public final class CalendarLinks {

    /** The title in other companies' calendars: not the specialist's name or title, which can say why. */
    static final String TITLE = "FirstSession consultation";

    private static final DateTimeFormatter GOOGLE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OUTLOOK = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private CalendarLinks() {
    }

    static String google(Instant start, Instant end, String bookingLink) {
        return "https://calendar.google.com/calendar/render?action=TEMPLATE&text=" + encode(TITLE)
                + "&dates=" + GOOGLE.format(start) + "/" + GOOGLE.format(end)
                + "&details=" + encode("Your booking: " + bookingLink);
    }

    static String outlook(Instant start, Instant end, String bookingLink) {
        return "https://outlook.live.com/calendar/0/action/compose?rru=addevent&subject=" + encode(TITLE)
                + "&startdt=" + OUTLOOK.format(start) + "&enddt=" + OUTLOOK.format(end)
                + "&body=" + encode("Your booking: " + bookingLink);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
