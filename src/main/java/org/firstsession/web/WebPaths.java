package org.firstsession.web;

import java.net.URI;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Response;
import java.net.URISyntaxException;

/**
 * Which requests are pages (HTML, the {@code web} OIDC tenant) and which are the API or Quarkus' own
 * endpoints; where a page sends the browser next.
 */
public final class WebPaths {

    /** A local path we may send a browser to after login: one leading slash, no scheme, host or backslash. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[\\x21-\\x7e]*");

    private WebPaths() {
    }

    public static boolean isPage(String path) {
        return path != null && !path.equals("/api") && !path.startsWith("/api/") && !path.startsWith("/q/")
                && !path.startsWith("/static/") && !isPhoto(path) && !isCalendarFeed(path);
    }

    /** Calendar feeds ({@code /calendar/{secret}.ics}): fetched by calendar apps, not browsers; API-style errors. */
    public static boolean isCalendarFeed(String path) {
        return path != null && path.startsWith("/calendar/");
    }

    /** Specialists' photos: not pages (cacheable images), but the browser's login shows a draft's photo to its owner. */
    public static boolean isPhoto(String path) {
        return path != null && path.startsWith("/photos/");
    }

    /**
     * {@code next} when it is a path on this site, else {@code /}: {@code //evil.example}, {@code /\evil},
     * {@code https://evil.example} and anything with control characters or spaces are refused (no open redirect).
     */
    public static String safeNext(String next) {
        if (next == null || next.length() > 1000 || !LOCAL_PATH.matcher(next).matches()) {
            return "/";
        }
        try {
            URI uri = new URI(next);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return "/";
            }
        } catch (URISyntaxException e) {
            return "/";
        }
        return next;
    }

    /** 303 to a path on this site: after a form is handled, the browser loads the next page with GET. */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
