package org.firstsession.community;

import static org.firstsession.shared.i18n.Details.community;
import static org.firstsession.shared.i18n.Details.problem;

import java.util.ArrayList;
import java.util.List;

import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.web.QueryParams;

/**
 * The public list's parameters, parsed from raw query strings so that every bad value is a 400 naming
 * the parameter (JAX-RS would turn an unparsable number into a 404) and none is clamped.
 */
public record QuestionQuery(String topic, String q, int page, int size) {

    static final int MAX_SIZE = 50;
    static final int DEFAULT_SIZE = 20;
    static final int MAX_PAGE = 10_000;
    static final int MAX_Q = 200;

    public static QuestionQuery parse(String topic, String q, String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        String topicCode = QueryParams.blankToNull(topic);
        if (topicCode != null && !Question.isTopic(topicCode)) {
            errors.add(new FieldError("topic", community(m -> m.question_topic())));
        }
        String text = QueryParams.blankToNull(q);
        if (text != null && text.length() > MAX_Q) {
            errors.add(new FieldError("q", problem(m -> m.field_max_chars(MAX_Q))));
        }
        int pageNumber = QueryParams.integer(page, 0, 0, MAX_PAGE, "page", errors);
        int pageSize = QueryParams.integer(size, DEFAULT_SIZE, 1, MAX_SIZE, "size", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new QuestionQuery(topicCode, text, pageNumber, pageSize);
    }

}
