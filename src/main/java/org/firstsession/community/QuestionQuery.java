package org.firstsession.community;

import java.util.ArrayList;
import java.util.List;

import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;

/**
 * The public list's parameters, parsed from raw query strings so that every bad value is a 400 naming
 * the parameter (JAX-RS would turn an unparsable number into a 404) and none is clamped.
 */
record QuestionQuery(String topic, String q, int page, int size) {

    static final int MAX_SIZE = 50;
    static final int DEFAULT_SIZE = 20;
    static final int MAX_PAGE = 10_000;
    static final int MAX_Q = 200;

    static QuestionQuery parse(String topic, String q, String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        String topicCode = blankToNull(topic);
        if (topicCode != null && !Question.isTopic(topicCode)) {
            errors.add(new FieldError("topic", "must be general or a specialty code from GET /api/taxonomy"));
        }
        String text = blankToNull(q);
        if (text != null && text.length() > MAX_Q) {
            errors.add(new FieldError("q", "must be at most " + MAX_Q + " characters"));
        }
        int pageNumber = integer(page, 0, 0, MAX_PAGE, "page", errors);
        int pageSize = integer(size, DEFAULT_SIZE, 1, MAX_SIZE, "size", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new QuestionQuery(topicCode, text, pageNumber, pageSize);
    }

    private static int integer(String raw, int fallback, int min, int max, String name, List<FieldError> errors) {
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
        errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
