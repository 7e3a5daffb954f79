package org.firstsession.testsupport;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser for page tests: keeps cookies, never follows redirects by itself (tests look at them), sends
 * forms with the page's CSRF token and a same-origin {@code Origin}, and logs in through the real
 * authorization-code flow against {@link OidcTestServer}.
 */
public final class WebSession {

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final String subject;

    private WebSession(String subject) {
        this.subject = subject;
    }

    public static WebSession visitor() {
        return new WebSession(null);
    }

    /** A new user, logged in through /login (the code flow); {@code admin} adds the admin role. */
    public static WebSession loggedIn(String kind, boolean admin) {
        String subject = kind + "-" + UUID.randomUUID();
        String name = "Web " + kind + " " + subject.substring(subject.length() - 6);
        return loggedIn(subject, name, subject + "@example.org", admin);
    }

    public static WebSession loggedIn(String subject, String name, String email, boolean admin) {
        return loggedIn(new OidcTestServer.LoginUser(subject, name, email, admin ? List.of("admin") : List.of()));
    }

    /** Logs in as {@code user} exactly (e.g. with {@code email_verified: false}, or without a second factor). */
    public static WebSession loggedIn(OidcTestServer.LoginUser user) {
        OidcTestServer.register(user);
        WebSession session = new WebSession(user.subject());
        session.login("/");
        return session;
    }

    /** Logs in as the same person as {@code user} (same subject: the same account as the API's). */
    public static WebSession as(TestUser user) {
        return loggedIn(user.subject(), user.name(), user.email(), false);
    }

    public String subject() {
        return subject;
    }

    /** Runs the code flow: /login → provider (auto-login) → callback → next. Returns where it ended. */
    public String login(String next) {
        Response toProvider = get("/login?next=" + next);
        expectRedirect(toProvider, "the login page");
        if (!toProvider.header("Location").contains("/protocol/openid-connect/auth")) {
            return toProvider.header("Location"); // already logged in
        }
        String authorize = toProvider.header("Location") + "&login_hint=" + subject;
        Response back = given().urlEncodingEnabled(false).redirects().follow(false).get(authorize);
        expectRedirect(back, "the provider");
        Response callback = remember(request().urlEncodingEnabled(false).get(back.header("Location")));
        expectRedirect(callback, "the callback");
        String location = callback.header("Location");
        while (location.contains("/login")) {
            Response again = remember(request().urlEncodingEnabled(false).get(location));
            expectRedirect(again, "after the callback");
            location = again.header("Location");
        }
        return location;
    }

    /** A GET of a URL exactly as given (e.g. a redirect's {@code Location}, already encoded). */
    public Response getExactly(String url) {
        return remember(request().urlEncodingEnabled(false).get(url));
    }

    public Response get(String pathOrUrl) {
        return remember(request().get(pathOrUrl));
    }

    public Document page(String path) {
        Response response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.asString());
        }
        return Jsoup.parse(response.asString());
    }

    /** A form POST as the browser sends it: CSRF token from the cookie (fetching a page first if needed), same Origin. */
    public Response post(String path, Map<String, String> form) {
        if (!cookies.containsKey("fs_csrf")) {
            get("/");
        }
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.putIfAbsent("_csrf", cookies.get("fs_csrf"));
        return postRaw(path, withToken, origin());
    }

    /** A form POST whose fields may repeat (checkboxes, rows of a list), in the given order. */
    public Response postFields(String path, Map<String, List<String>> form) {
        if (!cookies.containsKey("fs_csrf")) {
            get("/");
        }
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("Origin", origin()).formParam("_csrf", cookies.get("fs_csrf"));
        form.forEach((name, values) -> request.formParam(name, values.toArray()));
        return remember(request.post(path));
    }

    /** A POST exactly as given: no token added; {@code origin} may be null. */
    public Response postRaw(String path, Map<String, String> form, String origin) {
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        if (origin != null) {
            request.header("Origin", origin);
        }
        form.forEach(request::formParam);
        return remember(request.post(path));
    }

    /** A multipart form POST with one file, as a browser's upload form sends it (CSRF token and Origin included). */
    public Response postFile(String path, String field, String fileName, byte[] content, String mimeType) {
        if (!cookies.containsKey("fs_csrf")) {
            get("/");
        }
        return remember(request().header("Origin", origin()).multiPart("_csrf", cookies.get("fs_csrf"))
                .multiPart(field, fileName, content, mimeType).post(path));
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public WebSession cookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    /** A header every later request sends, as a browser sends its {@code Accept-Language}. */
    public WebSession header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public String origin() {
        URI base = URI.create(RestAssured.baseURI);
        return base.getScheme() + "://" + base.getHost() + ":" + RestAssured.port;
    }

    private RequestSpecification request() {
        RequestSpecification request = given().config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .redirects().follow(false)
                .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (!cookies.isEmpty()) {
            request.cookies(cookies);
        }
        headers.forEach(request::header);
        return request;
    }

    private Response remember(Response response) {
        for (var header : response.getHeaders().getList("Set-Cookie")) {
            String value = header.getValue();
            String pair = value.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String cookieValue = pair.substring(eq + 1).trim();
            String lower = value.toLowerCase();
            if (cookieValue.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
                cookies.remove(name);
            } else {
                cookies.put(name, cookieValue);
            }
        }
        return response;
    }

    private static void expectRedirect(Response response, String step) {
        if (response.statusCode() / 100 != 3 || response.header("Location") == null) {
            throw new AssertionError("login: " + step + " answered " + response.statusCode() + " " + response.asString());
        }
    }
}
