package org.firstsession.moderation;

import static org.firstsession.shared.i18n.Details.community;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.web.QueryParams;

/**
 * The audit log's filters, parsed at the edge ({@link #parse}): an actor's subject, an action (upper case),
 * and a time range ({@code from} inclusive, {@code to} exclusive). {@code null} matches everything.
 */
public record AuditQuery(String actor, String action, Instant from, Instant to, int page, int size) {

    /** Dates are midnight UTC; date-times need an offset. A bad one is a 400 naming it. */
    public static AuditQuery parse(String actor, String action, String from, String to, int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        Instant fromTime = time(from, "from", errors);
        Instant toTime = time(to, "to", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String actionName = QueryParams.blankToNull(action);
        return new AuditQuery(QueryParams.blankToNull(actor), actionName == null ? null : actionName.toUpperCase(Locale.ROOT),
                fromTime, toTime, page, size);
    }

    private static Instant time(String value, String name, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, community(m -> m.audit_date())));
            return null;
        }
    }
}
