package org.firstsession.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The browser's CSRF token (double submit): a random value kept in an HttpOnly, SameSite=Strict cookie
 * and repeated in a hidden {@code _csrf} field of every form ({@code {inject:csrf.token}} in the layout's
 * form helper). {@link WebFilters} compares the two on every POST to a page.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "fs_csrf";
    public static final String FIELD = "_csrf";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServerRequest request;
    private String token;
    private boolean fresh;

    CsrfToken(HttpServerRequest request) {
        this.request = request;
    }

    /** The browser's token; a new one (sent as a cookie with this response) if it has none yet. */
    public String token() {
        if (token == null) {
            token = fromCookie();
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                fresh = true;
            }
        }
        return token;
    }

    /** True when the form's value equals the cookie's, compared in constant time. */
    public boolean matches(String formValue) {
        String cookie = fromCookie();
        return cookie != null && formValue != null && MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.US_ASCII), formValue.getBytes(StandardCharsets.US_ASCII));
    }

    boolean fresh() {
        return fresh;
    }

    private String fromCookie() {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie != null && SHAPE.matcher(cookie.getValue()).matches() ? cookie.getValue() : null;
    }
}
