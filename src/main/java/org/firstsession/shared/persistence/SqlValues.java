package org.firstsession.shared.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.persistence.Query;

/** Conversions for values read through native queries, and binding a filter's named parameters. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A timestamptz column as an Instant (Hibernate hands it over as Instant, OffsetDateTime or Timestamp). */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass().getName());
    }

    /** A date column as a LocalDate (Hibernate hands it over as LocalDate or Date). */
    public static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        throw new IllegalArgumentException("not a date: " + value.getClass().getName());
    }

    /** Sets the named parameters a filter collected while it built its WHERE clause. */
    public static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
