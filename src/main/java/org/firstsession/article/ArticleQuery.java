package org.firstsession.article;

import static org.firstsession.shared.i18n.Details.community;
import static org.firstsession.shared.i18n.Details.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.web.QueryParams;
import org.firstsession.specialist.Taxonomy;

/**
 * The public list's parameters, parsed from raw query strings so every bad value is a 400 naming the
 * parameter and none is clamped.
 */
public record ArticleQuery(String topic, UUID specialistId, String q, int page, int size) {

    static final int MAX_SIZE = 50;
    static final int DEFAULT_SIZE = 20;
    static final int MAX_PAGE = 10_000;
    static final int MAX_Q = 200;

    public static ArticleQuery parse(String topic, String specialistId, String q, String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        String topicCode = QueryParams.blankToNull(topic);
        if (topicCode != null && !Taxonomy.isSpecialty(topicCode)) {
            errors.add(new FieldError("topic", problem(m -> m.field_specialty_code())));
        }
        UUID author = null;
        String rawAuthor = QueryParams.blankToNull(specialistId);
        if (rawAuthor != null) {
            try {
                author = UUID.fromString(rawAuthor);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("specialistId", community(m -> m.article_specialist_id())));
            }
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
        return new ArticleQuery(topicCode, author, text, pageNumber, pageSize);
    }

    /** The newest {@code size} articles, optionally of one author (home page, profile, "more by"). */
    public static ArticleQuery newest(UUID specialistId, int size) {
        return new ArticleQuery(null, specialistId, null, 0, size);
    }
}
