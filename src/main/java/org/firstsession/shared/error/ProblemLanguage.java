package org.firstsession.shared.error;

import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.firstsession.shared.i18n.Languages;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The API answers problems in the caller's {@code Accept-Language} (issue #18): the title of every problem
 * type, and the platform's fixed details (e.g. "The request has invalid fields."); a detail that names what
 * the caller sent stays as written. English, the default, goes out unchanged. Field messages of bean
 * validation follow the same header on their own (Hibernate Validator reads it with {@code quarkus.locales}).
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
        String slug = problem.type() == null ? "" : problem.type().substring(problem.type().lastIndexOf('/') + 1);
        response.setEntity(new Problem(problem.type(), languages.problemTitle(slug, problem.title(), locale),
                problem.status(), languages.problemDetail(problem.detail(), locale), problem.errors()));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
    }
}
