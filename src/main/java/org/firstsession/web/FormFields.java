package org.firstsession.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Reading what a person typed into a form: dates, times, optional text and checkbox lists. A value that
 * cannot be read adds a message next to its field and returns null, so a form shows every mistake at once.
 */
public final class FormFields {

    private FormFields() {
    }

    /** A {@code yyyy-mm-dd} date; {@code missing} is the message when it is required and empty (null: optional). */
    public static LocalDate date(String value, String field, String missing, FormErrors errors) {
        return date(value, field, missing, "Write the date as year-month-day, such as 2026-12-01.", errors);
    }

    /** The same, with the message for a value that is no date in the page's language ({@code unreadable}). */
    public static LocalDate date(String value, String field, String missing, String unreadable, FormErrors errors) {
        if (blank(value)) {
            if (missing != null) {
                errors.add(field, missing);
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, unreadable);
            return null;
        }
    }

    /** An {@code hh:mm} time; {@code missing} is the message when it is empty. */
    public static LocalTime time(String value, String field, String missing, FormErrors errors) {
        return time(value, field, missing, "Write the time as hours:minutes, such as 09:30.", errors);
    }

    /** The same, with the message for a value that is no time in the page's language ({@code unreadable}). */
    public static LocalTime time(String value, String field, String missing, String unreadable, FormErrors errors) {
        if (blank(value)) {
            errors.add(field, missing);
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, unreadable);
            return null;
        }
    }

    /** The ticked boxes of a checkbox list (none ticked: empty, never null). */
    public static List<String> ticked(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    /** The form's idempotency key, or a new one when the form had none. */
    public static String keyOrNew(String idempotencyKey) {
        return blank(idempotencyKey) ? UUID.randomUUID().toString() : idempotencyKey;
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Trimmed text, or null for an empty field. */
    public static String text(String value) {
        return blank(value) ? null : value.strip();
    }
}
