package org.firstsession.web;

import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Bean Validation's messages on a page ("must not be blank" next to a form field) in the page's language, the one
 * {@link VisitorLanguage} chose from the account, the {@code lang} cookie or the browser, rather than in
 * {@code Accept-Language} alone. Quarkus asks every {@link LocaleResolver} bean in priority order and takes the first
 * answer; this one answers only for page requests, so the API's messages keep following {@code Accept-Language}
 * (Quarkus' own resolver, next in line).
 */
@Singleton
@Priority(100)
public class PageValidationLanguage implements LocaleResolver {

    private final CurrentVertxRequest request;

    PageValidationLanguage(CurrentVertxRequest request) {
        this.request = request;
    }

    @Override
    public Locale resolve(LocaleResolverContext context) {
        RoutingContext current = request.getCurrent();
        ArcContainer arc = Arc.container();
        if (current == null || current.request().path() == null || current.request().path().startsWith("/api")
                || arc == null || !arc.requestContext().isActive()) {
            return null;
        }
        return VisitorLanguage.current();
    }
}
