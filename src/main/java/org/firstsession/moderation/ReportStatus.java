package org.firstsession.moderation;

import static org.firstsession.shared.i18n.Details.problem;

import java.util.Locale;

import org.firstsession.shared.error.ProblemException;

/** A report is OPEN until an admin resolves it. */
public enum ReportStatus {
    OPEN, RESOLVED;

    /** The status filter of a list, any case; null when absent; 400 otherwise. */
    public static ReportStatus parseFilter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", problem(m -> m.field_either("OPEN", "RESOLVED")));
        }
    }
}
