package org.firstsession.web;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.firstsession.testsupport.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Profile texts on the website (issue #18): the profile page and the directory's cards show the visitor's language
 * version marked with its {@code lang}, name the language when it is not the page's, and the profile form has a
 * fieldset per other language that works without JavaScript and keeps the input next to its errors.
 */
@QuarkusTest
class ProfileTranslationPagesTest {

    private static final String GERMAN_HEADLINE = "Ruhige, praktische Hilfe bei Sorgen";
    private static final String GERMAN_BIO = "Ich arbeite mit Erwachsenen, die feststecken.";
    private static final String ENGLISH_BIO = "I work with adults who feel stuck. Together we find small steps that help.";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Specialists.Owned withGerman(String name, String city) {
        Map<String, Object> body = new HashMap<>(Profiles.complete(name));
        body.put("city", city);
        body.put("translations", Map.of("de", Map.of("headline", GERMAN_HEADLINE, "bio", GERMAN_BIO)));
        return Specialists.published(body);
    }

    @Test
    void a_german_visitor_reads_the_german_bio_marked_de_and_told_it_is_the_specialists_translation() {
        Specialists.Owned s = withGerman("Klara Profilseite", "Berlin");
        Document page = WebSession.visitor().cookie("lang", "de").page("/specialists/" + s.id());
        Element bio = page.selectFirst("p.bio");
        assertEquals(GERMAN_BIO, bio.text());
        assertEquals("de", bio.attr("lang"));
        assertEquals("de", page.selectFirst("p.lead").attr("lang"));
        assertEquals(GERMAN_HEADLINE, page.selectFirst("p.lead").text());
        assertEquals("Von der Fachperson selbst übersetzt; Original auf Englisch", page.selectFirst(".text-language").text());
        assertNull(page.selectFirst(".text-language[lang]"), "the note is in the page's language, not the text's");
    }

    @Test
    void a_french_visitor_without_a_french_translation_reads_the_original_with_its_language_named() {
        Specialists.Owned s = withGerman("Lena Originaltext", "Berlin");
        Document page = WebSession.visitor().header("Accept-Language", "fr-FR,fr;q=0.9").page("/specialists/" + s.id());
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        Element bio = page.selectFirst("p.bio");
        assertEquals(ENGLISH_BIO, bio.text());
        assertEquals("en", bio.attr("lang"));
        assertEquals("Rédigé en anglais", page.selectFirst(".text-language").text());

        Document english = WebSession.visitor().page("/specialists/" + s.id());
        assertEquals(ENGLISH_BIO, english.selectFirst("p.bio").text());
        assertEquals("en", english.selectFirst("p.bio").attr("lang"));
        assertNull(english.selectFirst(".text-language"), "nothing to name: the page's own language");
    }

    @Test
    void directory_cards_show_the_visitors_language_version_with_its_lang() {
        String city = "Kartenort-" + UUID.randomUUID().toString().substring(0, 8);
        Specialists.Owned s = withGerman("Mara Karte", city);
        Element german = card(WebSession.visitor().cookie("lang", "de").page("/specialists?city=" + city), s.id());
        Element headline = german.selectFirst("p[translate=no][lang]");
        assertEquals(GERMAN_HEADLINE, headline.text());
        assertEquals("de", headline.attr("lang"));
        assertEquals("Von der Fachperson selbst übersetzt; Original auf Englisch", german.selectFirst(".text-language").text());

        Element french = card(WebSession.visitor().cookie("lang", "fr").page("/specialists?city=" + city), s.id());
        assertEquals("Calm, practical help with worry and low mood", french.selectFirst("p[translate=no][lang]").text());
        assertEquals("en", french.selectFirst("p[translate=no][lang]").attr("lang"));
        assertEquals("Rédigé en anglais", french.selectFirst(".text-language").text());

        Element english = card(WebSession.visitor().page("/specialists?city=" + city), s.id());
        assertNull(english.selectFirst(".text-language"));
    }

    private static Element card(Document page, String id) {
        for (Element card : page.select("li.card")) {
            if (card.selectFirst("a[href='/specialists/" + id + "']") != null) {
                return card;
            }
        }
        throw new AssertionError("no card for " + id + " in " + page.select("main").text());
    }

    private static Map<String, List<String>> form(String name, String textLanguage, List<String> languages, List<String> headlines,
            List<String> bios) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("displayName", List.of(name));
        form.put("professionalTitle", List.of("Counsellor"));
        form.put("headline", List.of("Warm, practical support"));
        form.put("bio", List.of("I help adults through change."));
        form.put("specialties", List.of("anxiety"));
        form.put("languages", List.of("en, de"));
        form.put("sessionFormats", List.of("online"));
        form.put("timeZone", List.of("Europe/Berlin"));
        form.put("textLanguage", List.of(textLanguage));
        form.put("translationLanguage", languages);
        form.put("translationHeadline", headlines);
        form.put("translationBio", bios);
        return form;
    }

    @Test
    void the_profile_form_has_a_fieldset_per_other_language_and_saves_the_translations() {
        TestUser user = TestUser.client();
        WebSession web = WebSession.as(user);
        Document empty = web.page("/specialist/profile");
        assertEquals("en", empty.selectFirst("#p-textLanguage option[selected]").attr("value"));
        assertNotNull(empty.getElementById("p-translation-de"));
        assertNotNull(empty.getElementById("p-translation-fr"));
        assertNull(empty.getElementById("p-translation-en"), "no fieldset for the original's own language");
        assertEquals("de", empty.getElementById("p-translation-de-bio").attr("lang"));

        Response saved = web.postFields("/specialist/profile", form("Nina Formular", "en", List.of("de", "fr"),
                List.of("Warme, praktische Unterstützung", ""), List.of("Ich begleite Erwachsene durch Veränderungen.", "")));
        assertEquals(303, saved.statusCode(), saved.asString());
        String id = user.request().get("/api/me").then().statusCode(200).extract().path("specialistId");
        user.request().get("/api/specialists/" + id).then().statusCode(200)
                .body("textLanguage", equalTo("en"))
                .body("translations.de.headline", equalTo("Warme, praktische Unterstützung"))
                .body("translations.de.bio", equalTo("Ich begleite Erwachsene durch Veränderungen."))
                .body("translations.size()", equalTo(1));
        Document again = web.page("/specialist/profile");
        assertEquals("Warme, praktische Unterstützung", again.getElementById("p-translation-de-headline").attr("value"));
        assertEquals("", again.getElementById("p-translation-fr-headline").attr("value"));
    }

    @Test
    void errors_stand_next_to_the_translation_fields_in_the_pages_language_and_the_input_is_kept() {
        TestUser user = TestUser.client();
        user.request().body(Map.of("language", "de")).put("/api/me").then().statusCode(204);
        WebSession web = WebSession.as(user);
        String tooLong = "x".repeat(201);
        Response refused = web.postFields("/specialist/profile", form("Olga Fehlerhaft", "de", List.of("en", "fr"),
                List.of(tooLong, "Une aide chaleureuse"), List.of("I help adults.", "")));
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        Element headlineError = page.getElementById("translations.en.headline-error");
        assertNotNull(headlineError, page.select("#p-texts").outerHtml());
        assertTrue(headlineError.text().contains("Kurzbeschreibung auf Englisch: höchstens 200 Zeichen."), headlineError.text());
        assertEquals("true", page.getElementById("p-translation-en-headline").attr("aria-invalid"));
        assertEquals(tooLong, page.getElementById("p-translation-en-headline").attr("value"), "the input is kept");
        Element bioError = page.getElementById("translations.fr.bio-error");
        assertTrue(bioError.text().contains("Über Sie auf Französisch"), bioError.text());
        assertEquals("Une aide chaleureuse", page.getElementById("p-translation-fr-headline").attr("value"));
        user.request().get("/api/me").then().body("specialistId", org.hamcrest.Matchers.nullValue());

        // The original's own language as a translation: named on its fieldset.
        Response same = web.postFields("/specialist/profile", form("Olga Fehlerhaft", "de", List.of("de"),
                List.of("Warme Unterstützung"), List.of("Ich helfe.")));
        assertEquals(400, same.statusCode());
        assertNotNull(Jsoup.parse(same.asString()).getElementById("translations.de-error"));
    }
}
