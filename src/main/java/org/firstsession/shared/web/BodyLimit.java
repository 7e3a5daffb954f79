package org.firstsession.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.firstsession.shared.error.CommonProblem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Refuses a declared body over {@code firstsession.http.max-body-size} (MAX_BODY_SIZE) with a problem+json
 * 413 before anything is read. A feature that accepts larger bodies on its own routes (photo uploads) puts
 * its limit into the routing context under {@link #LIMIT_KEY} from an earlier handler. Vert.x' own limit,
 * {@code quarkus.http.limits.max-body-size}, is the largest of them and still cuts chunked bodies that
 * declare no length.
 */
@ApplicationScoped
public class BodyLimit {

    /** Routing-context key: a larger body limit (a {@code Long}, in bytes) for this request's route. */
    public static final String LIMIT_KEY = "firstsession.body-limit";

    /** Order for handlers that set {@link #LIMIT_KEY}: before this check. */
    public static final int ORDER_BEFORE = Integer.MIN_VALUE + 5;

    void install(@Observes Router router, HttpLimitsConfig limits) {
        long defaultMax = limits.maxBodySize().asLongValue();
        router.route().order(Integer.MIN_VALUE + 10).handler(ctx -> {
            Long routeMax = ctx.get(LIMIT_KEY);
            long max = routeMax == null ? defaultMax : routeMax;
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length, max)) {
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(HttpEdge.problem(ctx, CommonProblem.PAYLOAD_TOO_LARGE, m -> m.detail_body_larger(max))
                                .put("requestId", RequestIds.assign(ctx)).encode());
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
