package org.firstsession.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.firstsession.account.AccountService;
import org.firstsession.account.TimeZones;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The time zone pages show times in, always named next to the time: a logged-in user's account zone,
 * else the visitor's browser zone from the {@code tz} cookie (set by /static/js/site.js, validated
 * against the IANA ids), else UTC.
 */
@Named("tz")
@RequestScoped
public class VisitorZone {

    public static final String COOKIE = "tz";

    private static final ZoneId UTC = ZoneId.of("UTC");
    private final Viewer viewer;
    private final AccountService accounts;
    private final HttpServerRequest request;
    private final VisitorLanguage language;
    private ZoneId zone;
    private String source;

    VisitorZone(Viewer viewer, AccountService accounts, HttpServerRequest request, VisitorLanguage language) {
        this.viewer = viewer;
        this.accounts = accounts;
        this.request = request;
        this.language = language;
    }

    /** A pattern from the page language's bundle ({@code format_date_time}, ...), in that language. */
    private DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, language.locale());
    }

    public ZoneId zone() {
        if (zone == null) {
            String account = viewer.loggedIn() ? accounts.get(viewer.accountId()).timeZone : null;
            Cookie cookie = request.getCookie(COOKIE);
            String browser = cookie == null ? null
                    : cookie.getValue().replace("\"", "").replace("%2F", "/").replace("%2f", "/");
            if (TimeZones.isValid(account)) {
                zone = ZoneId.of(account);
                source = "account";
            } else if (TimeZones.isValid(browser)) {
                zone = ZoneId.of(browser);
                source = "browser";
            } else {
                zone = UTC;
                source = "default";
            }
        }
        return zone;
    }

    /** The zone's IANA id, e.g. {@code Europe/Berlin}. */
    public String id() {
        return zone().getId();
    }

    /** account, browser or default (UTC because nothing told us better). */
    public String source() {
        zone();
        return source;
    }

    /** "Tue 1 Dec, 14:00 (Europe/Berlin)", "Di., 1. Dez., 14:00 (Europe/Berlin)". */
    public String format(Instant instant) {
        return instant == null ? ""
                : formatter(language.messages().format_date_time()).format(instant.atZone(zone())) + " (" + id() + ")";
    }

    /** "Tuesday 1 December", the day a time falls on in the visitor's zone. */
    public String day(Instant instant) {
        return instant == null ? "" : formatter(language.messages().format_day()).format(instant.atZone(zone()));
    }

    /** "14:00" in the visitor's zone. */
    public String time(Instant instant) {
        return instant == null ? "" : formatter(language.messages().format_time()).format(instant.atZone(zone()));
    }

    /** For {@code <time datetime>}: the instant in ISO-8601 UTC. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
