package org.firstsession.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.problem.ProblemCatalogue;
import org.firstsession.shared.error.ProblemType;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.firstsession.testsupport.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every page in German and French shows no English text of the bundle: for each key whose English text
 * differs from the language's, the English text must not appear on the page (words, attributes a screen
 * reader reads, the description). Header and footer are checked on every page; title, description and main on the pages
 * whose templates are translated ({@link #TRANSLATED}: the list grows with issue #18's increments).
 */
@QuarkusTest
class PagesInEveryLanguageTest {

    @Inject
    EntityManager em;

    /** Pages whose whole template reads from the bundle (paths without their query; {@code {type}}: a problem type). */
    static final Set<String> TRANSLATED = Set.of("/", "/specialists", "/specialists/{id}", "/questions", "/questions/ask",
            "/contact", "/privacy", "/timezone", "/for-specialists", "/articles", "/account", "/bookings", "/messages",
            "/admin", "/admin/specialists/{id}", "/admin/reports", "/admin/reports/{id}", "/admin/questions/{id}",
            "/admin/contact", "/admin/contact/{id}", "/admin/audit", "/admin/stats", "/admin/emails",
            "/problems", "/problems/{type}",
            "/specialist", "/specialist/profile", "/specialist/slots", "/specialist/calendars", "/specialist/bookings",
            "/specialist/articles", "/specialist/articles/new", "/specialist/articles/{id}", "/start",
            "/bookings/{id}", "/messages/{id}", "/articles/{slug}", "/questions/{id}", "/error");

    private static final List<String> LANGUAGES = List.of("de", "fr");

    /** Every bundle's texts in {@code language} (keys are unique across bundles: MessageBundleTest). */
    static Properties bundle(String language) {
        Properties all = new Properties();
        for (String name : List.of("msg", "site", "my", "tax", "problem", "admin", "problemdoc", "profiletr", "practice",
                "schedule", "find")) {
            try (InputStream in = PagesInEveryLanguageTest.class.getClassLoader()
                    .getResourceAsStream("messages/" + name + "_" + language + ".properties")) {
                all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** The English texts that must not show in {@code language}: those it translates differently, not formats. */
    static List<Pattern> englishLeftovers(String language) {
        Properties english = bundle("en");
        Properties other = bundle(language);
        List<Pattern> leftovers = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            if (key.startsWith("format_") || text.equals(other.getProperty(key)) || text.length() < 4) {
                continue;
            }
            // Parameters vary: look for the longest fixed stretch of the text.
            String fixed = "";
            for (String part : text.split("\\{[^}]*\\}")) {
                if (part.strip().length() > fixed.length()) {
                    fixed = part.strip();
                }
            }
            if (fixed.length() >= 4 && !other.getProperty(key).contains(fixed)) {
                leftovers.add(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(fixed) + "(?![\\p{L}])"));
            }
        }
        return leftovers;
    }

    /** What the page says in its own language: parts marked with another {@code lang} (a language's own name in the switcher, text as its author wrote it) and what people wrote ({@code translate="no"}) are left out. */
    private static String readable(Element original, String language) {
        Element part = original.clone();
        part.select("[lang]").stream().filter(e -> !e.attr("lang").equals(language)).forEach(Element::remove);
        // What people wrote (names, titles, headlines, summaries) is shown as written and marked translate="no".
        part.select("[translate=no]").forEach(Element::remove);
        StringBuilder text = new StringBuilder(part.text());
        for (Element e : part.select("[aria-label], [placeholder], [title], [alt], meta[name=description], input[type=submit]")) {
            for (String attribute : List.of("aria-label", "placeholder", "title", "alt", "content", "value")) {
                if (e.hasAttr(attribute)) {
                    text.append(" | ").append(e.attr(attribute));
                }
            }
        }
        return text.toString();
    }

    private static void check(String language, String path, Document page) {
        assertEquals(language, page.selectFirst("html").attr("lang"), path);
        List<Element> parts = new ArrayList<>(page.select("header, footer, .skip-link"));
        String template = path.replaceAll("\\?.*", "").replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}")
                .replaceAll("^/problems/[a-z0-9-]+$", "/problems/{type}");
        if (TRANSLATED.contains(template)) {
            parts.addAll(page.select("head, main")); // the page template fills title and description
        }
        List<Pattern> leftovers = englishLeftovers(language);
        for (Element part : parts) {
            String text = readable(part, language);
            for (Pattern english : leftovers) {
                assertTrue(!english.matcher(text).find(), language + " " + path + " shows English \"" + english.pattern()
                        + "\" in: " + text);
            }
        }
    }

    @Test
    void visitors_pages_show_no_english_bundle_text() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Sprach Person"));
        for (String language : LANGUAGES) {
            WebSession visitor = WebSession.visitor().cookie("lang", language);
            for (String path : List.of("/", "/specialists", "/specialists/" + s.id(), "/questions", "/questions/ask",
                    "/contact", "/privacy", "/timezone", "/for-specialists", "/articles", "/start")) {
                check(language, path, visitor.page(path));
            }
            // The place and budget messages (issue #22): an unknown place, a search by distance without one, a
            // highest fee without its currency, the guided start sent back for the currency.
            for (String path : List.of("/specialists?place=Xqzjwville", "/specialists?sort=distance&includeOnline=true",
                    "/specialists?maxFee=80", "/start?guided=1&maxFee=80&missing=currency")) {
                Document page = Jsoup.parse(visitor.get(path).asString());
                check(language, path.replaceAll("\\?.*", ""), page);
            }
        }
    }

    @Test
    void logged_in_pages_show_no_english_bundle_text() {
        for (String language : LANGUAGES) {
            TestUser user = TestUser.client();
            user.request().body(Map.of("language", language)).put("/api/me").then().statusCode(204);
            WebSession web = WebSession.as(user);
            for (String path : List.of("/", "/account", "/bookings", "/messages")) {
                check(language, path, web.page(path));
            }
        }
    }

    /**
     * A specialist's own pages with something on each: a published profile, open and booked slots, a consultation with
     * a client, time off and an article; what the specialist or the client wrote is marked translate="no" there.
     */
    @Test
    void specialist_pages_show_no_english_bundle_text() {
        for (String language : LANGUAGES) {
            Specialists.Owned s = Specialists.published(Profiles.complete("Praxis Sprache " + language));
            s.owner().request().body(Map.of("language", language)).put("/api/me").then().statusCode(204);
            Instant soon = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(3));
            Slots.offer(s, soon);
            String booked = Slots.offer(s, soon.plus(Duration.ofHours(2)));
            String consent = TestUser.anonymous().get("/api/consents/booking").then().extract().path("version");
            TestUser.client().request().body(Map.of("slotId", booked, "consentVersion", consent, "note", "Please call me Sam."))
                    .post("/api/bookings").then().statusCode(201);
            LocalDate away = LocalDate.now().plusDays(20);
            s.owner().request().body(Map.of("from", away.toString(), "to", away.plusDays(2).toString(), "note", "Holiday"))
                    .post("/api/me/time-off").then().statusCode(201);
            String article = s.owner().request().body(Map.of("title", "Sleep and worry at night", "summary",
                    "What helps when worry keeps you awake.", "body", "Some words on **sleep**.", "topics", List.of("sleep"),
                    "references", List.of(Map.of("authors", "Walker, M.", "year", 2017, "title", "Why We Sleep"))))
                    .post("/api/articles").then().statusCode(201).extract().path("id");
            WebSession web = WebSession.as(s.owner());
            for (String path : List.of("/specialist", "/specialist/profile", "/specialist/slots", "/specialist/calendars",
                    "/specialist/bookings", "/specialist/articles", "/specialist/articles/new", "/specialist/articles/" + article)) {
                Document page = web.page(path);
                check(language, path, page);
                assertTrue(page.selectFirst("nav.subnav") != null, language + " " + path + " is the specialist's page");
            }
        }
    }

    /**
     * The pages of one thing each, with data: a booking, a conversation, a published article, a question with an
     * answer, the 404 page, and the token pages (waitlist offer, cancel link) for a link that is not valid.
     */
    @Test
    void pages_of_one_booking_conversation_article_and_question_show_no_english_bundle_text() {
        for (String language : LANGUAGES) {
            Specialists.Owned s = Specialists.published(Profiles.complete("Einzel Seiten " + language));
            String slot = Slots.offer(s, Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(4)));
            String consent = TestUser.anonymous().get("/api/consents/booking").then().extract().path("version");
            TestUser client = TestUser.client();
            client.request().body(Map.of("language", language)).put("/api/me").then().statusCode(204);
            String booking = client.request().body(Map.of("slotId", slot, "consentVersion", consent)).post("/api/bookings")
                    .then().statusCode(201).extract().path("id");
            String conversation = client.request().body(Map.of("specialistId", s.id(), "text", "Hello, a question."))
                    .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
            String article = s.owner().request().body(Map.of("title", "Worry at night " + language, "summary",
                    "What helps when worry keeps you awake.", "body", "Some words on **sleep**.", "topics", List.of("sleep"),
                    "references", List.of(Map.of("authors", "Walker, M.", "year", 2017, "title", "Why We Sleep"))))
                    .post("/api/articles").then().statusCode(201).extract().path("id");
            String slug = s.owner().request().post("/api/articles/" + article + "/publish").then().statusCode(200).extract().path("slug");
            String question = client.request().body(Map.of("title", "How do I sleep better " + language, "body",
                    "I lie awake most nights and worry.", "topic", "sleep")).post("/api/questions").then().statusCode(201)
                    .extract().path("id");
            s.owner().request().body(Map.of("body", "Keep a regular time to get up, also at weekends."))
                    .post("/api/questions/" + question + "/answers").then().statusCode(201);

            WebSession web = WebSession.as(client);
            check(language, "/bookings/{id}", web.page("/bookings/" + booking));
            check(language, "/messages/{id}", web.page("/messages/" + conversation));
            WebSession visitor = WebSession.visitor().cookie("lang", language);
            check(language, "/articles/{slug}", visitor.page("/articles/" + slug));
            check(language, "/questions/{id}", visitor.page("/questions/" + question));
            for (String path : List.of("/specialists/00000000-0000-4000-8000-000000000000", "/waitlist/offers/not-a-valid-link",
                    "/cancel/not-a-valid-link")) {
                Response answer = visitor.get(path);
                assertTrue(answer.statusCode() >= 400, path + " answered " + answer.statusCode());
                check(language, "/error", Jsoup.parse(answer.asString()));
            }
        }
    }

    @Test
    void the_account_names_the_days_of_a_waitlist_in_the_page_language() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Warteliste Tage"));
        Map<String, String> expected = Map.of("en", "Monday, Friday", "de", "Montag, Freitag", "fr", "lundi, vendredi");
        expected.forEach((language, days) -> {
            TestUser client = TestUser.client();
            client.request().body(Map.of("language", language)).put("/api/me").then().statusCode(204);
            client.request().body(Map.of("days", List.of("MONDAY", "FRIDAY"))).post("/api/specialists/" + s.id() + "/waitlist")
                    .then().statusCode(201);
            String account = WebSession.as(client).page("/account").text();
            assertTrue(account.contains(days), language + ": " + days + " in " + account);
        });
    }

    @Test
    void problem_type_pages_show_no_english_bundle_text() {
        for (String language : LANGUAGES) {
            WebSession visitor = WebSession.visitor().cookie("lang", language);
            check(language, "/problems", visitor.page("/problems"));
            for (ProblemType type : ProblemCatalogue.all()) {
                check(language, "/problems/" + type.slug(), visitor.page("/problems/" + type.slug()));
            }
        }
        Document german = WebSession.visitor().cookie("lang", "de").page("/problems/slot-taken");
        assertEquals("Termin bereits vergeben", german.selectFirst("main h1").text());
        assertTrue(german.selectFirst("main").text().contains("Jemand anderes hat diesen Termin zuerst gebucht"), german.text());
        Document french = WebSession.visitor().cookie("lang", "fr").page("/problems");
        assertTrue(french.selectFirst("main").text().contains("Quelqu'un d'autre a réservé ce créneau en premier"), french.text());
    }

    @Test
    void admin_pages_with_data_show_no_english_bundle_text() {
        AdminPagesData data = AdminPagesData.create(em);
        for (String language : LANGUAGES) {
            WebSession admin = WebSession.loggedIn("admin", true).cookie("lang", language);
            for (String path : data.paths()) {
                Document page = admin.page(path);
                check(language, path, page);
                assertTrue(!page.select("main h1").text().isBlank(), path);
            }
            Document list = admin.page("/admin?q=" + AdminPagesData.NAME);
            assertEquals(language.equals("de") ? "Fachpersonen" : "Spécialistes", list.selectFirst("main h1").text());
            assertTrue(list.select("main td").eachText().contains(language.equals("de") ? "Gesperrt" : "Suspendu"),
                    list.select("main table").text());
        }
    }
}
