package org.firstsession.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

import org.firstsession.booking.BookingStatus;

import io.quarkus.qute.TemplateExtension;

/** Words for the specialist and admin pages: {@code {day.dayLabel}}, {@code {status.bookingStatusLabel}}. */
@TemplateExtension
public class WorkLabels {

    static String dayLabel(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String bookingStatusLabel(BookingStatus status) {
        return switch (status) {
            case CONFIRMED -> "Confirmed";
            case CANCELLED -> "Cancelled";
            case COMPLETED -> "Completed";
            case NO_SHOW -> "No-show";
        };
    }

    /** {@code 0.125} → "12.5 %". */
    static String percent(double rate) {
        return String.format(Locale.ENGLISH, "%.1f %%", rate * 100);
    }

    /** {@code {code.lower}}: "QUESTION" → "question". */
    static String lower(String code) {
        return code == null ? "" : code.toLowerCase(Locale.ROOT);
    }
}
