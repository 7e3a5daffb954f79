package org.firstsession.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.firstsession.testsupport.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** Which language a page is in: account, then the switcher's cookie, then Accept-Language, then English. */
@QuarkusTest
class LanguageTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String lang(Document page) {
        return page.selectFirst("html").attr("lang");
    }

    @Test
    void without_any_hint_pages_are_english() {
        Document home = WebSession.visitor().page("/");
        assertEquals("en", lang(home));
        assertTrue(home.select("header").text().contains("Find a specialist"));
    }

    @Test
    void accept_language_chooses_a_supported_language_by_preference() {
        Document german = WebSession.visitor().header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5").page("/");
        assertEquals("de", lang(german));
        assertTrue(german.select("header").text().contains("Fachperson finden"), german.select("header").text());
        assertTrue(german.select("footer").text().contains("Datenschutz"));
        Document french = WebSession.visitor().header("Accept-Language", "es, fr-CH;q=0.8, de;q=0.5").page("/questions");
        assertEquals("fr", lang(french));
        assertTrue(french.select("footer").text().contains("Nous contacter"));
        assertEquals("en", lang(WebSession.visitor().header("Accept-Language", "es, it;q=0.5").page("/")));
        assertEquals("en", lang(WebSession.visitor().header("Accept-Language", "tlh, *;q=0.1").page("/")));
    }

    @Test
    void the_cookie_wins_over_accept_language() {
        Document page = WebSession.visitor().header("Accept-Language", "de").cookie("lang", "fr").page("/");
        assertEquals("fr", lang(page));
        assertEquals("de", lang(WebSession.visitor().header("Accept-Language", "de").cookie("lang", "xx").page("/")));
    }

    @Test
    void the_switcher_sets_the_cookie_and_goes_back_without_script() {
        WebSession visitor = WebSession.visitor().header("Accept-Language", "en");
        Document home = visitor.page("/questions");
        assertNotNull(home.selectFirst("footer form[action='/language'][method='post'] button[name='lang'][value='de'][lang='de']"));
        assertNotNull(home.selectFirst("footer form[action='/language'] input[name='_csrf']"));
        Response switched = visitor.post("/language", Map.of("lang", "de", "next", "/questions"));
        assertEquals(303, switched.statusCode());
        assertTrue(switched.header("Location").endsWith("/questions"));
        assertEquals("de", visitor.cookie("lang"));
        Document german = visitor.page("/questions");
        assertEquals("de", lang(german));
        assertNotNull(german.selectFirst("footer strong[lang='de'][aria-current='true']"), "the current language is marked");
        assertNotNull(german.selectFirst("footer button[value='en'][lang='en']"));
        // Elsewhere than this site, or an unknown language: back home, nothing changed.
        Response away = visitor.post("/language", Map.of("lang", "fr", "next", "https://evil.example.org/"));
        assertEquals(303, away.statusCode());
        assertTrue(away.header("Location").endsWith("/"));
        visitor.post("/language", Map.of("lang", "xx", "next", "/"));
        assertEquals("fr", visitor.cookie("lang"));
    }

    @Test
    void the_switcher_refuses_a_post_without_the_csrf_token() {
        WebSession visitor = WebSession.visitor();
        visitor.get("/");
        Response forged = visitor.postRaw("/language", Map.of("lang", "de", "next", "/"), visitor.origin());
        assertEquals(403, forged.statusCode());
        assertNull(forged.getCookie("lang"));
    }

    @Test
    void the_account_language_wins_over_cookie_and_header_and_shows_on_the_account_page() {
        TestUser user = TestUser.client();
        user.request().get("/api/me").then().statusCode(200).body("language", nullValue());
        user.request().body(Map.of("language", "fr")).put("/api/me").then().statusCode(204);
        user.request().get("/api/me").then().body("language", equalTo("fr")).body("timeZone", nullValue());
        WebSession web = WebSession.as(user).header("Accept-Language", "de").cookie("lang", "en");
        Document account = web.page("/account");
        assertEquals("fr", lang(account));
        assertEquals("fr", account.selectFirst("#account-language option[selected]").attr("value"));
        assertTrue(account.select(".facts").text().contains("Français"));
        // The switcher, logged in, changes the account too.
        web.post("/language", Map.of("lang", "de", "next", "/account"));
        user.request().get("/api/me").then().body("language", equalTo("de"));
        assertEquals("de", lang(web.cookie("lang", "fr").page("/")));
        // And the account page's own form.
        assertEquals(303, web.post("/account/language", Map.of("language", "en")).statusCode());
        assertEquals("en", lang(web.page("/")));
        Response bad = web.post("/account/language", Map.of("language", "xx"));
        assertEquals(400, bad.statusCode());
        assertNotNull(Jsoup.parse(bad.asString()).selectFirst("#language-error"));
    }

    @Test
    void put_me_validates_the_language_and_keeps_what_is_not_given() {
        TestUser user = TestUser.client();
        user.request().body(Map.of("timeZone", "Europe/Paris")).put("/api/me").then().statusCode(204);
        for (String bad : new String[] { "xx", "klingon", "" }) {
            user.request().body(Map.of("language", bad)).put("/api/me").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("language"));
        }
        user.request().body(Map.of()).put("/api/me").then().statusCode(400).contentType("application/problem+json");
        user.request().body(Map.of("language", "de-AT")).put("/api/me").then().statusCode(204);
        user.request().get("/api/me").then().body("language", equalTo("de")).body("timeZone", equalTo("Europe/Paris"));
        user.request().get("/api/me/export").then().statusCode(200).body("account.language", equalTo("de"));
    }

    @Test
    void times_use_the_languages_formats() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Formats Person"));
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(8)).plus(Duration.ofHours(13));
        Slots.offer(s, start);
        String day = DateTimeFormatter.ofPattern("EEEE, d. MMMM", Locale.GERMAN).format(start.atZone(ZoneId.of("Europe/Berlin")));
        Document german = WebSession.visitor().cookie("lang", "de").cookie("tz", "Europe/Berlin").page("/specialists/" + s.id());
        assertTrue(german.select("#book").text().contains(day), day + " in " + german.select("#book").text());
        String french = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH).format(start.atZone(ZoneId.of("Europe/Paris")));
        Document page = WebSession.visitor().cookie("lang", "fr").cookie("tz", "Europe/Paris").page("/specialists/" + s.id());
        assertTrue(page.select("#book").text().contains(french), french + " in " + page.select("#book").text());
        // Fees in the language's currency format (Profiles.complete: 90 EUR).
        assertTrue(german.select(".facts").text().matches("(?s).*90,00\\s?.€.*"), german.select(".facts").text());
        assertTrue(WebSession.visitor().page("/specialists/" + s.id()).select(".facts").text().contains("€90.00"));
    }
}
