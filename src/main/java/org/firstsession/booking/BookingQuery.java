package org.firstsession.booking;

import static org.firstsession.shared.i18n.Details.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;

/**
 * Which of my bookings to list: on which side ({@code as}), upcoming or past ({@code when}), optionally one
 * status, and the page. Parsed from the query strings at the edge; every bad value is a 400 naming it.
 */
public record BookingQuery(Side as, When when, BookingStatus status, int page, int size) {

    /** The caller's side of the bookings. */
    public enum Side { CLIENT, SPECIALIST }

    /** Upcoming (ends in the future, soonest first) or past (most recent first). */
    public enum When { UPCOMING, PAST }

    public BookingQuery {
        as = as == null ? Side.CLIENT : as;
        when = when == null ? When.UPCOMING : when;
    }

    /** The first {@code size} bookings of one side and period, any status. */
    public static BookingQuery first(Side as, When when, int size) {
        return new BookingQuery(as, when, null, 0, size);
    }

    public static BookingQuery parse(String as, String when, String status, int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        Side side = null;
        if (as != null) {
            switch (as.toLowerCase(Locale.ROOT)) {
                case "client" -> side = Side.CLIENT;
                case "specialist" -> side = Side.SPECIALIST;
                default -> errors.add(new FieldError("as", problem(m -> m.field_either("client", "specialist"))));
            }
        }
        When period = null;
        if (when != null) {
            switch (when.toLowerCase(Locale.ROOT)) {
                case "upcoming" -> period = When.UPCOMING;
                case "past" -> period = When.PAST;
                default -> errors.add(new FieldError("when", problem(m -> m.field_either("upcoming", "past"))));
            }
        }
        BookingStatus statusFilter = null;
        if (status != null && !status.isBlank()) {
            try {
                statusFilter = BookingStatus.valueOf(status.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", problem(m -> m.field_one_of("CONFIRMED, CANCELLED, COMPLETED, NO_SHOW"))));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new BookingQuery(side, period, statusFilter, page, size);
    }
}
