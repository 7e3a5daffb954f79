package org.firstsession.shared.web;

import static org.firstsession.shared.i18n.Details.problem;

import java.util.List;

import org.firstsession.shared.error.FieldError;

/**
 * Parsing of raw query parameters: a malformed or out-of-range value is collected as a field error
 * (then a 400), never turned into JAX-RS' 404 or silently clamped.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** A whole number in [min, max]; {@code fallback} when absent; otherwise an error is added. */
    public static int integer(String raw, int fallback, int min, int max, String name, List<FieldError> errors) {
        if (blankToNull(raw) == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, problem(m -> m.field_whole_number_between(min, max))));
        return fallback;
    }

    /** The trimmed value, or null when absent or blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
