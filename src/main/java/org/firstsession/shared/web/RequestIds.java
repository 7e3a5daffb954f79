package org.firstsession.shared.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every HTTP request an id: taken from a well-formed incoming {@code X-Request-Id} (so a proxy's id
 * correlates), else a new one. It is in the log context ({@code requestId}, a field of every JSON log line
 * written while the request runs, worker threads included: Quarkus keeps the MDC on the request's Vert.x
 * context) and in the {@code X-Request-Id} response header, which the access log also records.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Letters, digits, dot, dash, underscore: nothing that could carry an address or text into a log. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    void install(@Observes Router router) {
        // First in line (before shared.web.HttpEdge's checks), so that a request refused at the HTTP edge has its id too.
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            assign(ctx);
            ctx.next();
        });
    }

    /**
     * This request's id, assigned now if no handler has yet: also for answers the router gives before any
     * route ran (a URI it cannot decode), which {@code HttpEdge} sends through here.
     */
    public static String assign(RoutingContext ctx) {
        Object assigned = ctx.get(MDC_KEY);
        if (assigned != null) {
            return assigned.toString();
        }
        String id = accept(ctx.request().getHeader(HEADER));
        MDC.put(MDC_KEY, id);
        ctx.put(MDC_KEY, id);
        if (!ctx.response().headWritten()) {
            ctx.response().putHeader(HEADER, id);
        }
        ctx.addEndHandler(done -> MDC.remove(MDC_KEY));
        return id;
    }

    static String accept(String incoming) {
        return incoming != null && WELL_FORMED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
