package org.firstsession.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Refuses a declared body over {@code quarkus.http.limits.max-body-size} with a problem+json 413 before
 * anything is read. (Vert.x would refuse it too, but with a bare body; chunked uploads without a length
 * still hit that built-in limit.)
 */
@ApplicationScoped
public class BodyLimit {

    private static final String PROBLEM = """
            {"type":"https://firstsession.org/problems/payload-too-large","title":"Payload Too Large","status":413,\
            "detail":"The request body is larger than %d bytes."}""";

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        long max = limit.asLongValue();
        router.route().order(Integer.MIN_VALUE + 10).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length, max)) {
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(PROBLEM.formatted(max));
                return;
            }
            ctx.next();
        });
    }

    private static boolean isOver(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
