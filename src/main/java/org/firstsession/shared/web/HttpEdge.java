package org.firstsession.shared.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.firstsession.shared.error.CommonProblem;
import org.firstsession.shared.error.ProblemType;
import org.jboss.logging.Logger;

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
            send(ctx, problem(CommonProblem.URI_TOO_LONG,
                    "The request line is longer than " + maxRequestLine + " characters; send fewer or shorter parameters."), true);
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaders) {
            send(ctx, problem(CommonProblem.HEADERS_TOO_LARGE,
                    "The request headers are larger than " + maxHeaders + " bytes."), true);
            return;
        }
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            send(ctx, problem(CommonProblem.MALFORMED_URI,
                    "The request URI is not valid (" + e.getReason() + ")."), false);
            return;
        }
        int question = uri.indexOf('?');
        String rawPath = question < 0 ? uri : uri.substring(0, question);
        String rawQuery = question < 0 ? null : uri.substring(question + 1);
        List<String[]> errors = new ArrayList<>();
        try {
            if (ControlCharacters.present(decode(rawPath, false))) {
                errors.add(new String[] { "path", ControlCharacters.MESSAGE });
            }
            if (rawQuery != null) {
                for (String pair : rawQuery.split("&")) {
                    int eq = pair.indexOf('=');
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
                    String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
                    if (ControlCharacters.present(name) || ControlCharacters.present(value)) {
                        errors.add(new String[] { ControlCharacters.present(name) ? "query" : name, ControlCharacters.MESSAGE });
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            send(ctx, problem(CommonProblem.MALFORMED_URI,
                    "The request URI has a malformed percent escape (% must be followed by two hexadecimal digits)."), false);
            return;
        }
        if (!errors.isEmpty()) {
            JsonArray list = new JsonArray();
            errors.forEach(error -> list.add(new JsonObject().put("field", error[0]).put("message", error[1])));
            send(ctx, problem(CommonProblem.VALIDATION, "The request has invalid fields.").put("errors", list), false);
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
        send(ctx, problem(type, type.title() + "."), status == 413);
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
        String detail = status == 400 && ctx.failure() instanceof IllegalArgumentException
                ? "The request URI has a malformed percent escape (% must be followed by two hexadecimal digits)."
                : type.title() + ".";
        send(ctx, problem(type, detail), true);
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

    /** A catalogued problem as JSON, for handlers that answer before the REST layer (and its mappers) run. */
    static JsonObject problem(ProblemType type, String detail) {
        return new JsonObject().put("type", type.uri()).put("title", type.title())
                .put("status", type.status()).put("detail", detail);
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
