package org.firstsession.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.firstsession.shared.FirstSessionConfig;
import org.firstsession.shared.error.Problem;
import org.firstsession.shared.i18n.Details;
import org.firstsession.shared.web.ControlCharacters;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;

/**
 * What every page request goes through: the CSRF check on POST (same-origin Origin/Referer, then the
 * {@code _csrf} field against the cookie), and on the way out the page headers, the CSRF cookie, and
 * errors: a problem from the shared mappers becomes the friendly HTML page on page paths (the API keeps
 * its problem+json), and "log in first" becomes a redirect to {@code /login?next=...}.
 */
public class WebFilters {

    /**
     * Pages: only our own files, images included (we serve specialists' photos ourselves, so no other host
     * learns who looked at which therapist). No inline script or style.
     */
    static final String CSP = "default-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self';"
            + " frame-ancestors 'none'";

    private final CsrfToken csrf;
    private final ErrorPages errors;
    private final FirstSessionConfig config;

    WebFilters(CsrfToken csrf, ErrorPages errors, FirstSessionConfig config) {
        this.csrf = csrf;
        this.errors = errors;
        this.config = config;
    }

    @ServerRequestFilter
    @WithFormRead
    public Optional<Response> checkCsrf(ResteasyReactiveContainerRequestContext context, HttpServerRequest request) {
        if (!"POST".equals(context.getMethod()) || !WebPaths.isPage(context.getUriInfo().getPath())) {
            return Optional.empty();
        }
        if (!sameOrigin(request)) {
            return Optional.of(errors.response(403, Details.problem(m -> m.page_foreign_form())));
        }
        ResteasyReactiveRequestContext rr = (ResteasyReactiveRequestContext) context.getServerRequestContext();
        Object field = rr.getFormParameter(CsrfToken.FIELD, true, false);
        if (!csrf.matches(field == null ? null : field.toString())) {
            return Optional.of(errors.response(403, Details.problem(m -> m.page_expired_form())));
        }
        return controlCharacters(rr.getFormData());
    }

    /** The API's rule for form fields too: text with a control character (NUL...) is refused, naming the field. */
    private Optional<Response> controlCharacters(FormData form) {
        if (form == null) {
            return Optional.empty();
        }
        for (String name : form) {
            for (var value : form.get(name)) {
                if (!value.isFileItem() && (ControlCharacters.present(name) || ControlCharacters.present(value.getValue()))) {
                    String field = ControlCharacters.present(name) ? "?" : name;
                    return Optional.of(errors.response(400, Details.problem(m -> m.page_control_characters(field))));
                }
            }
        }
        return Optional.empty();
    }

    @ServerResponseFilter
    public void pageResponse(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!WebPaths.isPage(path)) {
            return;
        }
        if (response.getEntity() instanceof Problem problem) {
            if (problem.status() == 401) {
                response.setStatus(303);
                response.setEntity(null);
                // No body, so no problem+json Content-Type left from the problem (found by testsupport.ApiContract).
                response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
                response.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
                response.getHeaders().putSingle(HttpHeaders.LOCATION, "/login?next=" + URLEncoder.encode(
                        returnPath(request, http), StandardCharsets.UTF_8));
            } else {
                String message = problem.status() >= 500 || problem.detail() == null ? fallback(problem) : errors.detail(problem);
                response.setEntity(errors.render(problem.status(), message), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
            }
        }
        var headers = response.getHeaders();
        // Pages carry the viewer's name, bookings, messages and a per-browser form token: never stored.
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        headers.putSingle("Content-Security-Policy", CSP);
        // Same-origin: our own forms keep a truthful Origin (checked above); other sites learn nothing.
        headers.putSingle("Referrer-Policy", "same-origin");
        csrf.token(); // before the template renders (after this filter), so that the page and the cookie agree
        if (csrf.fresh()) {
            headers.add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(CsrfToken.COOKIE).value(csrf.token()).path("/")
                    .httpOnly(true).secure(secureCookies(http)).sameSite(NewCookie.SameSite.STRICT).build());
        }
    }

    private String fallback(Problem problem) {
        return problem.status() >= 500 && problem.detail() != null && problem.detail().contains("error id")
                ? problem.detail()
                : errors.heading(problem.status()) + ".";
    }

    /** Where to come back after logging in: this page for a GET, the page the form was on for a POST. */
    private String returnPath(ContainerRequestContext request, HttpServerRequest http) {
        if ("GET".equals(request.getMethod())) {
            return WebPaths.safeNext(http.uri());
        }
        String referer = http.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (isOurs(uri, http)) {
                    return WebPaths.safeNext(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
                }
            } catch (IllegalArgumentException e) {
                // not a URI: go home
            }
        }
        return "/";
    }

    private boolean sameOrigin(HttpServerRequest http) {
        String origin = http.getHeader("Origin");
        if (origin != null) {
            return !"null".equals(origin) && isOurs(safeUri(origin), http);
        }
        String referer = http.getHeader("Referer");
        return referer != null && isOurs(safeUri(referer), http);
    }

    /** Same scheme, host and port as this request's own address or the configured public address. */
    private boolean isOurs(URI uri, HttpServerRequest http) {
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        String origin = origin(uri);
        URI publicBase = safeUri(config.publicBaseUrl());
        if (publicBase != null && origin.equals(origin(publicBase))) {
            return true;
        }
        // Behind a trusted proxy (PROXY_TRUSTED) scheme and authority come from its X-Forwarded-Proto/-Host, so
        // a page served as https://public.example accepts forms posted from https://public.example.
        HostAndPort authority = http.authority();
        String host = authority != null ? authority.host() + (authority.port() > 0 ? ":" + authority.port() : "")
                : http.getHeader(HttpHeaders.HOST);
        URI self = host == null ? null : safeUri(http.scheme() + "://" + host);
        return self != null && self.getHost() != null && origin.equalsIgnoreCase(origin(self));
    }

    private static String origin(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(uri.getScheme()) && port == 80)
                || ("https".equals(uri.getScheme()) && port == 443);
        return uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase() + (defaultPort ? "" : ":" + port);
    }

    private static URI safeUri(String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Secure cookies whenever the site is served over https (always in production). */
    private boolean secureCookies(HttpServerRequest http) {
        return "https".equals(http.scheme()) || config.publicBaseUrl().startsWith("https:");
    }
}
