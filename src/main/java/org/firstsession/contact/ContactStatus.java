package org.firstsession.contact;

import static org.firstsession.shared.i18n.Details.problem;

import java.util.Locale;

import org.firstsession.shared.error.ProblemException;

/** OPEN until an admin closes it. */
public enum ContactStatus {
    OPEN, CLOSED;

    /** The status filter of a list, any case; null when absent; 400 otherwise. */
    public static ContactStatus parseFilter(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", problem(m -> m.field_either("OPEN", "CLOSED")));
        }
    }
}
