package org.firstsession.booking;

import static org.firstsession.shared.i18n.Details.booking;
import static org.firstsession.shared.i18n.Details.problem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.firstsession.account.TimeZones;
import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;

/**
 * A window of slots as asked for: {@code from} and {@code to}, each a date (midnight in the zone that the
 * service knows: the specialist's or the reader's) or an instant, or absent (from now, for 7 days). Parsed
 * from the query strings at the edge ({@link #parse}); the service resolves it in its zone ({@link #resolve}).
 */
public record SlotWindow(Bound from, Bound to) {

    /** No bounds: from now, for 7 days. */
    public static final SlotWindow DEFAULT = new SlotWindow(null, null);

    /** One end of the window. */
    public sealed interface Bound {
        Instant in(ZoneId zone);
    }

    /** A calendar day: its midnight in the zone the window is resolved in. */
    public record Day(LocalDate date) implements Bound {
        @Override
        public Instant in(ZoneId zone) {
            return date.atStartOfDay(zone).toInstant();
        }
    }

    /** An instant, whatever the zone. */
    public record At(Instant instant) implements Bound {
        @Override
        public Instant in(ZoneId zone) {
            return instant;
        }
    }

    /** From now until {@code to}. */
    public static SlotWindow until(Instant to) {
        return new SlotWindow(null, new At(to));
    }

    public static SlotWindow between(Instant from, Instant to) {
        return new SlotWindow(new At(from), new At(to));
    }

    /** ISO dates (2026-12-01) or date-times with offset (2026-12-01T09:00:00Z); 400 naming each bad one. */
    public static SlotWindow parse(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        Bound start = bound(from, "from", errors);
        Bound end = bound(to, "to", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new SlotWindow(start, end);
    }

    /** The reader's zone from {@code tz} (an IANA id), or null when absent; 400 otherwise. */
    public static ZoneId readerZone(String tz) {
        if (tz == null || tz.isBlank()) {
            return null;
        }
        if (!TimeZones.isValid(tz)) {
            throw ProblemException.invalid("tz", problem(m -> m.field_time_zone("Asia/Tokyo")));
        }
        return ZoneId.of(tz);
    }

    /** The instants of the window in {@code zone}; 400 when it ends before it starts or spans over {@code maxDays}. */
    Resolved resolve(ZoneId zone, Instant now, int maxDays) {
        Instant start = from == null ? now : from.in(zone);
        Instant end = to == null ? start.plus(Duration.ofDays(7)) : to.in(zone);
        if (!end.isAfter(start)) {
            throw ProblemException.invalid("to", problem(m -> m.field_after_from()));
        }
        if (Duration.between(start, end).compareTo(Duration.ofDays(maxDays)) > 0) {
            throw ProblemException.invalid("to", booking(m -> m.slot_window_max_days(maxDays)));
        }
        return new Resolved(start, end);
    }

    record Resolved(Instant from, Instant to) {
    }

    private static Bound bound(String value, String name, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return new Day(LocalDate.parse(value));
            }
            return new At(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, booking(m -> m.slot_date_format())));
            return null;
        }
    }
}
