package org.firstsession.shared.error;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.firstsession.shared.i18n.Languages;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The API answers problems in the caller's {@code Accept-Language} (issue #18): the title of every problem
 * type, the detail and the field messages. Features write them as bundle texts ({@link ProblemException#detail()},
 * {@link FieldError#text()}); a detail written as plain text is translated when it is one of the platform's fixed
 * English details (e.g. "The request has invalid fields."). English, the default, goes out unchanged. Field
 * messages of bean validation follow the same header on their own (Hibernate Validator reads it with
 * {@code quarkus.locales}). Pages put a problem in the visitor's language with {@link #in(Problem, Locale, Languages)}.
 */
public class ProblemLanguage {

    private final Languages languages;

    ProblemLanguage(Languages languages) {
        this.languages = languages;
    }

    @ServerResponseFilter
    public void localize(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !request.getUriInfo().getPath().startsWith("/api")) {
            return;
        }
        Optional<Locale> language = languages.negotiate(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (language.isEmpty() || language.get().getLanguage().equals(languages.fallback().getLanguage())) {
            return;
        }
        Locale locale = language.get();
        response.setEntity(in(problem, locale, languages));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
    }

    /** {@code problem} with its title, detail and field messages in {@code locale}. */
    public static Problem in(Problem problem, Locale locale, Languages languages) {
        String slug = problem.type() == null ? "" : problem.type().substring(problem.type().lastIndexOf('/') + 1);
        List<FieldError> errors = problem.errors() == null ? null : problem.errors().stream().map(e -> e.in(locale)).toList();
        return new Problem(problem.type(), languages.problemTitle(slug, problem.title(), locale), problem.status(),
                detail(problem, locale, languages), errors, problem.text());
    }

    /** The detail of {@code problem} in {@code locale}. */
    public static String detail(Problem problem, Locale locale, Languages languages) {
        return problem.text() != null && problem.text().translatable() ? problem.text().in(locale)
                : languages.problemDetail(problem.detail(), locale);
    }
}
