package org.firstsession.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstsession.shared.error.CommonProblem;
import org.firstsession.shared.i18n.ProblemMsg;

import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The cross-origin requests Quarkus' CORS filter refuses, refused a moment earlier as problems: a request whose
 * {@code Origin} is neither listed in {@code CORS_ORIGINS} nor this site itself (403 {@code origin-not-allowed}),
 * and a listed origin's request with a method outside {@code quarkus.http.cors.methods} (403
 * {@code method-not-allowed-cross-origin}). The filter answers both with an empty 403, which is every error a
 * client can cause that was still not a problem (found by {@code OpenApiFuzzIT}). The decision is the filter's:
 * listed origins (and {@code /regex/} entries) by the same rules, the same origin by scheme, host and port of the
 * request; whatever this class lets through, the filter still checks.
 */
@ApplicationScoped
public class CrossOriginRefusals {

    private final List<String> origins;
    private final List<Pattern> originPatterns;
    private final List<String> methods;

    CrossOriginRefusals(@ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
            @ConfigProperty(name = "quarkus.http.cors.methods") Optional<List<String>> methods) {
        this.origins = origins.orElse(List.of());
        this.originPatterns = CORSFilter.parseAllowedOriginsRegex(origins);
        this.methods = methods.orElse(List.of()).stream().map(m -> m.trim().toUpperCase(Locale.ROOT)).toList();
    }

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.cors.enabled") boolean enabled) {
        if (enabled && !origins.contains("*")) {
            router.route().order(Integer.MIN_VALUE + 6).handler(this::check);
        }
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String origin = request.getHeader("Origin");
        if (origin == null) {
            ctx.next();
            return;
        }
        boolean listed = origins.contains(origin) || CORSFilter.isOriginAllowedByRegex(originPatterns, origin);
        if (!listed && !sameOrigin(request, origin)) {
            HttpEdge.send(ctx, HttpEdge.problem(ctx, CommonProblem.ORIGIN_NOT_ALLOWED, ProblemMsg::detail_origin_not_allowed), false);
            return;
        }
        boolean preflight = "OPTIONS".equals(request.method().name()) && request.getHeader("Access-Control-Request-Method") != null;
        if (listed && !preflight && !methods.isEmpty() && !methods.contains(request.method().name())) {
            HttpEdge.send(ctx, HttpEdge.problem(ctx, CommonProblem.CROSS_ORIGIN_METHOD_NOT_ALLOWED,
                    ProblemMsg::detail_method_cross_origin), false);
            return;
        }
        ctx.next();
    }

    /** Whether {@code origin} is this request's own scheme, host and port (what a same-site page sends). */
    static boolean sameOrigin(HttpServerRequest request, String origin) {
        try {
            URI own = URI.create(request.absoluteURI());
            URI claimed = URI.create(origin);
            if (claimed.getScheme() == null || claimed.getHost() == null
                    || (claimed.getRawPath() != null && !claimed.getRawPath().isEmpty())) {
                return false;
            }
            return claimed.getScheme().equalsIgnoreCase(own.getScheme()) && claimed.getHost().equalsIgnoreCase(own.getHost())
                    && port(claimed) == port(own);
        } catch (RuntimeException e) {
            return false; // not a URI: no page of ours sent it
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
