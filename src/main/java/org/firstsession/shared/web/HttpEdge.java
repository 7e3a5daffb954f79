package org.firstsession.shared.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.firstsession.shared.error.CommonProblem;
import org.firstsession.shared.error.ProblemType;
import org.firstsession.shared.i18n.Details;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.ProblemMsg;
import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

/**
 * What a client can get wrong before any resource runs, answered as problem+json like everything else:
 * a request line over {@code firstsession.http.max-request-line} (414), headers over
 * {@code firstsession.http.max-header-size} (431), a malformed percent escape in the path or query (400),
 * a control character in the decoded path or a query parameter (400 naming it). The HTTP decoder's own
 * limits ({@code quarkus.http.limits.max-initial-line-length} / {@code max-header-size}) are set far above
 * these, so that this code sees the request; only beyond them does the server answer with a bare status.
 * Failures the router raises without an exception (a 4xx from Vert.x itself) also become problems here.
 */
@ApplicationScoped
public class HttpEdge {

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);

    void install(@Observes Router router, HttpLimitsConfig config) {
        int maxRequestLine = config.maxRequestLine();
        long maxHeaders = config.maxHeaderSize().asLongValue();
        router.route().order(Integer.MIN_VALUE + 5).handler(ctx -> check(ctx, maxRequestLine, maxHeaders));
        router.route().order(Integer.MIN_VALUE).failureHandler(HttpEdge::failure);
        // What fails while the router is still matching routes (e.g. a path Vert.x cannot decode) never
        // reaches a failure handler: the router's error handlers answer it.
        for (int status : new int[] { 400, 404, 405, 413, 414, 431 }) {
            router.errorHandler(status, HttpEdge::unhandled);
        }
    }

    private static void check(RoutingContext ctx, int maxRequestLine, long maxHeaders) {
        String uri = ctx.request().uri();
        if (uri.length() + ctx.request().method().name().length() + 10 > maxRequestLine) {
            send(ctx, problem(ctx, CommonProblem.URI_TOO_LONG, m -> m.detail_request_line_too_long(maxRequestLine)), true);
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaders) {
            send(ctx, problem(ctx, CommonProblem.HEADERS_TOO_LARGE, m -> m.detail_headers_too_large(maxHeaders)), true);
            return;
        }
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            int position = e.getIndex();
            send(ctx, problem(ctx, CommonProblem.MALFORMED_URI, malformedEscape(uri) ? ProblemMsg::detail_percent_escape
                    : position >= 0 ? m -> m.detail_uri_invalid_at(position + 1) : ProblemMsg::detail_uri_invalid), false);
            return;
        }
        int question = uri.indexOf('?');
        String rawPath = question < 0 ? uri : uri.substring(0, question);
        String rawQuery = question < 0 ? null : uri.substring(question + 1);
        List<String> errors = new ArrayList<>();
        try {
            if (ControlCharacters.present(decode(rawPath, false))) {
                errors.add("path");
            }
            if (rawQuery != null) {
                for (String pair : rawQuery.split("&")) {
                    int eq = pair.indexOf('=');
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
                    String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
                    if (ControlCharacters.present(name) || ControlCharacters.present(value)) {
                        errors.add(ControlCharacters.present(name) ? "query" : name);
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            send(ctx, problem(ctx, CommonProblem.MALFORMED_URI, ProblemMsg::detail_percent_escape), false);
            return;
        }
        if (!errors.isEmpty()) {
            JsonArray list = new JsonArray();
            String message = Details.problem(ProblemMsg::field_control_characters).in(language(ctx));
            errors.forEach(field -> list.add(new JsonObject().put("field", field).put("message", message)));
            send(ctx, problem(ctx, CommonProblem.VALIDATION, ProblemMsg::detail_invalid_fields).put("errors", list), false);
            return;
        }
        ctx.next();
    }

    /** A 4xx the router or a Vert.x handler raised without a response of ours; anything else goes on to Quarkus. */
    private static void failure(RoutingContext ctx) {
        int status = ctx.statusCode();
        Throwable failure = ctx.failure();
        if (failure instanceof HttpException http) {
            status = http.getStatusCode();
        } else if (failure instanceof IllegalArgumentException && status == 400) {
            // a URI Vert.x could not decode
        } else if (failure != null) {
            next(ctx);
            return;
        }
        if (ctx.response().headWritten() || status < 400 || status >= 500 || status == 401 || status == 407) {
            next(ctx);
            return;
        }
        CommonProblem type = CommonProblem.forStatus(status);
        LOG.debugf("Request refused by the HTTP layer with %d (%s)", status, UUID.randomUUID());
        send(ctx, problem(ctx, type, null), status == 413);
    }

    private static void next(RoutingContext ctx) {
        ctx.next();
    }

    /** The router's last word on a 4xx nobody handled: the same answer Vert.x gives, as a problem. */
    private static void unhandled(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        int status = ctx.statusCode() >= 400 && ctx.statusCode() < 500 ? ctx.statusCode() : 400;
        CommonProblem type = status == 400 ? CommonProblem.MALFORMED_URI : CommonProblem.forStatus(status);
        boolean percent = status == 400 && ctx.failure() instanceof IllegalArgumentException;
        send(ctx, problem(ctx, type, percent ? ProblemMsg::detail_percent_escape : null), true);
    }

    /** Whether a {@code %} is not followed by two hexadecimal digits (what the refusal then names). */
    static boolean malformedEscape(String raw) {
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Strict percent-decoding (UTF-8): {@code %} must be followed by two hex digits; {@code +} is a space in a
     * query. Throws IllegalArgumentException otherwise.
     */
    static String decode(String raw, boolean query) {
        if (raw.indexOf('%') < 0 && !(query && raw.indexOf('+') >= 0)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("malformed percent escape");
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (query && c == '+') {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * A catalogued problem as JSON, for handlers that answer before the REST layer (and its mappers) run, with its
     * title and detail in the request's language ({@link #language}); {@code detail} null: the title and a full stop.
     */
    static JsonObject problem(RoutingContext ctx, ProblemType type, Function<ProblemMsg, String> detail) {
        Locale locale = language(ctx);
        Languages languages = Arc.container().instance(Languages.class).get();
        String title = languages.problemTitle(type.slug(), type.title(), locale);
        if (!locale.getLanguage().equals(languages.fallback().getLanguage())) {
            ctx.response().putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        }
        return new JsonObject().put("type", type.uri()).put("title", title).put("status", type.status())
                .put("detail", detail == null ? title + "." : Details.problem(detail).in(locale));
    }

    /**
     * The language of a refusal made before any resource runs, without the account (nothing is read from the
     * database here): on a page, the {@code lang} cookie of the footer's switcher, else {@code Accept-Language}, as
     * on the API; English when neither names a language the platform speaks.
     */
    static Locale language(RoutingContext ctx) {
        Languages languages = Arc.container().instance(Languages.class).get();
        String path = ctx.request().path();
        if (path != null && !path.startsWith("/api")) {
            Cookie cookie = ctx.request().getCookie("lang");
            Optional<Locale> chosen = cookie == null ? Optional.empty() : languages.parse(cookie.getValue());
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return languages.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)).orElse(languages.fallback());
    }

    /** Answers with the problem, naming the request id (header, access log and body) like every other answer. */
    static void send(RoutingContext ctx, JsonObject problem, boolean close) {
        problem.put("requestId", RequestIds.assign(ctx));
        var response = ctx.response().setStatusCode(problem.getInteger("status"))
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Cache-Control", "no-store");
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(problem.encode());
    }
}
