package org.firstsession.article;

import static org.firstsession.shared.i18n.Details.community;
import static org.firstsession.shared.i18n.Details.problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.firstsession.article.ArticleViews.ArticleRequest;
import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.i18n.Text;
import org.firstsession.specialist.Taxonomy;

/**
 * The article's field rules, shared by the API and the editor page: what a draft may hold (every field
 * optional, each valid when present) and what publishing needs. Limits apply to the trimmed text; the
 * stored text is what the author wrote.
 */
final class ArticleRules {

    static final int MIN_TITLE = 5;
    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 300;
    static final int MAX_BODY = 50_000;
    static final int MAX_TOPICS = 3;
    static final int MAX_REFERENCES = 50;
    static final int MAX_AUTHORS = 500;
    static final int MAX_REFERENCE_TITLE = 500;
    static final int MAX_PUBLISHER = 200;
    static final int MAX_URL = 2048;
    static final int MAX_PAGES = 100;
    static final int MAX_NOTE = 1000;
    static final int MIN_YEAR = 1000;

    private ArticleRules() {
    }

    /** Every rule a draft must meet; an empty list means valid. */
    static List<FieldError> check(ArticleRequest request) {
        List<FieldError> errors = new ArrayList<>();
        optionalText(errors, "title", request.title(), MIN_TITLE, MAX_TITLE);
        optionalText(errors, "summary", request.summary(), 1, MAX_SUMMARY);
        optionalText(errors, "body", request.body(), 1, MAX_BODY);
        List<String> topics = request.topics();
        if (topics != null) {
            if (topics.size() > MAX_TOPICS) {
                errors.add(new FieldError("topics", community(m -> m.article_max_topics(MAX_TOPICS))));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < topics.size(); i++) {
                String topic = topics.get(i);
                if (topic == null || !Taxonomy.isSpecialty(topic)) {
                    errors.add(new FieldError("topics[" + i + "]", problem(m -> m.field_specialty_code())));
                } else if (!seen.add(topic)) {
                    errors.add(new FieldError("topics[" + i + "]", problem(m -> m.field_listed_twice())));
                }
            }
        }
        List<ArticleReference> references = request.references();
        if (references != null) {
            if (references.size() > MAX_REFERENCES) {
                errors.add(new FieldError("references", community(m -> m.article_max_references(MAX_REFERENCES))));
            } else {
                for (int i = 0; i < references.size(); i++) {
                    checkReference(errors, "references[" + i + "]", references.get(i));
                }
            }
        }
        return errors;
    }

    /** What a published article must have: a title, summary, body and at least one topic. */
    static List<FieldError> missingToPublish(Article article) {
        List<FieldError> missing = new ArrayList<>();
        Text required = community(m -> m.article_required_to_publish());
        if (isBlank(article.title)) {
            missing.add(new FieldError("title", required));
        }
        if (isBlank(article.summary)) {
            missing.add(new FieldError("summary", required));
        }
        if (isBlank(article.body)) {
            missing.add(new FieldError("body", required));
        }
        if (article.topics.isEmpty()) {
            missing.add(new FieldError("topics", community(m -> m.article_one_required_to_publish())));
        }
        return missing;
    }

    private static void checkReference(List<FieldError> errors, String path, ArticleReference reference) {
        if (reference == null) {
            errors.add(new FieldError(path, community(m -> m.article_reference())));
            return;
        }
        requiredText(errors, path + ".authors", reference.authors(), MAX_AUTHORS);
        int nextYear = Year.now().getValue() + 1;
        if (reference.year() == null) {
            errors.add(new FieldError(path + ".year", problem(m -> m.field_required())));
        } else if (reference.year() < MIN_YEAR || reference.year() > nextYear) {
            errors.add(new FieldError(path + ".year", community(m -> m.article_year(MIN_YEAR, nextYear))));
        }
        requiredText(errors, path + ".title", reference.title(), MAX_REFERENCE_TITLE);
        optionalText(errors, path + ".publisher", reference.publisher(), 0, MAX_PUBLISHER);
        optionalText(errors, path + ".pages", reference.pages(), 0, MAX_PAGES);
        optionalText(errors, path + ".note", reference.note(), 0, MAX_NOTE);
        String url = reference.url();
        if (!isBlank(url)) {
            if (url.strip().length() > MAX_URL) {
                errors.add(new FieldError(path + ".url", problem(m -> m.field_max_chars(MAX_URL))));
            } else if (!isWebAddress(url.strip())) {
                errors.add(new FieldError(path + ".url", community(m -> m.article_url())));
            }
        }
    }

    /** An absolute http(s) URL with a host: {@code javascript:}, {@code data:} and relative paths are refused. */
    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void requiredText(List<FieldError> errors, String field, String text, int max) {
        if (isBlank(text)) {
            errors.add(new FieldError(field, problem(m -> m.field_required())));
        } else {
            optionalText(errors, field, text, 1, max);
        }
    }

    /** Absent is fine; present must not be blank (when {@code min} ≥ 1) and must fit the limits. */
    private static void optionalText(List<FieldError> errors, String field, String text, int min, int max) {
        if (text == null) {
            return;
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty() && min > 0) {
            errors.add(new FieldError(field, problem(m -> m.field_blank())));
        } else if (trimmed.length() < min) {
            errors.add(new FieldError(field, problem(m -> m.field_min_chars(min))));
        } else if (trimmed.length() > max || text.length() > 4 * max) {
            errors.add(new FieldError(field, problem(m -> m.field_max_chars(max))));
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** About 200 words a minute, at least one minute. */
    static int readingMinutes(String body) {
        if (isBlank(body)) {
            return 0;
        }
        int words = body.strip().split("\\s+").length;
        return Math.max(1, (words + 199) / 200);
    }
}
