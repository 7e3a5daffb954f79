package org.firstsession.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Gives every template rendered for a request the visitor's language ({@link VisitorLanguage}), so that
 * {@code {msg:...}} picks the right bundle. Outside a request (the outbox relay, scheduled jobs) nothing is
 * set here: mails set their recipient's locale themselves.
 */
@ApplicationScoped
class TemplateLocale {

    void addInitializer(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> {
            InjectableContext requests = Arc.container().requestContext();
            if (requests.isActive() && Arc.container().instance(CurrentVertxRequest.class).get().getCurrent() != null) {
                instance.setLocale(Arc.container().instance(VisitorLanguage.class).get().locale());
            }
        });
    }
}
