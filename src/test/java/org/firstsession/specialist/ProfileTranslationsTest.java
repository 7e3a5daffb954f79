package org.firstsession.specialist;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A profile's headline and bio in several languages (issue #18): the owner writes them through the API (checked like
 * the originals), readers get their own language (Accept-Language) or the original with its language named, and the
 * translations are in the owner's export and gone after erasure.
 */
@QuarkusTest
class ProfileTranslationsTest {

    private static final String GERMAN_HEADLINE = "Ruhige, praktische Hilfe bei Sorgen";
    private static final String GERMAN_BIO = "Ich arbeite mit Erwachsenen, die feststecken.";

    @Inject
    EntityManager em;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Map<String, Object> withGerman(String name) {
        Map<String, Object> body = new HashMap<>(Profiles.complete(name));
        body.put("textLanguage", "en");
        body.put("translations", Map.of("de", Map.of("headline", "  " + GERMAN_HEADLINE + " ", "bio", GERMAN_BIO)));
        return body;
    }

    @Test
    void the_owner_writes_and_reads_translations_and_a_put_without_them_keeps_them() {
        Map<String, Object> body = withGerman("Dora Zweisprachig");
        Specialists.Owned owned = Specialists.draft(body);
        owned.owner().request().get("/api/specialists/" + owned.id()).then().statusCode(200)
                .body("textLanguage", equalTo("en"))
                .body("translations.de.headline", equalTo(GERMAN_HEADLINE))
                .body("translations.de.bio", equalTo(GERMAN_BIO))
                .body("translations", not(org.hamcrest.Matchers.hasKey("fr")));

        Map<String, Object> without = new HashMap<>(body);
        without.remove("translations");
        without.remove("textLanguage");
        owned.owner().request().body(without).put("/api/specialists/" + owned.id()).then().statusCode(204);
        owned.owner().request().get("/api/specialists/" + owned.id()).then().statusCode(200)
                .body("textLanguage", equalTo("en")).body("translations.de.headline", equalTo(GERMAN_HEADLINE));

        Map<String, Object> french = new HashMap<>(body);
        french.put("translations", Map.of("fr", Map.of("headline", "Une aide calme", "bio", "Je travaille avec des adultes."),
                "de", Map.of("headline", "", "bio", "")));
        owned.owner().request().body(french).put("/api/specialists/" + owned.id()).then().statusCode(204);
        owned.owner().request().get("/api/specialists/" + owned.id()).then().statusCode(200)
                .body("translations.fr.headline", equalTo("Une aide calme"))
                .body("translations", not(org.hamcrest.Matchers.hasKey("de")));

        Map<String, Object> none = new HashMap<>(body);
        none.put("translations", Map.of());
        owned.owner().request().body(none).put("/api/specialists/" + owned.id()).then().statusCode(204);
        owned.owner().request().get("/api/specialists/" + owned.id()).then().statusCode(200)
                .body("translations.size()", equalTo(0));
    }

    @Test
    void the_texts_language_defaults_to_the_account_language_and_can_be_set() {
        TestUser german = TestUser.client();
        german.request().body(Map.of("language", "de")).put("/api/me").then().statusCode(204);
        Map<String, Object> body = new HashMap<>(Profiles.complete("Emil Deutsch"));
        String id = german.request().body(body).post("/api/specialists").then().statusCode(201)
                .body("textLanguage", equalTo("de")).extract().path("id");
        // German is the original now: a German "translation" is refused, an English one is fine.
        Map<String, Object> english = new HashMap<>(body);
        english.put("translations", Map.of("en", Map.of("headline", "Calm help", "bio", "I work with adults.")));
        german.request().body(english).put("/api/specialists/" + id).then().statusCode(204);
        Map<String, Object> dutch = new HashMap<>(english);
        dutch.put("textLanguage", "nl");
        german.request().body(dutch).put("/api/specialists/" + id).then().statusCode(204);
        german.request().get("/api/specialists/" + id).then().body("textLanguage", equalTo("nl"));

        TestUser noChoice = TestUser.client();
        noChoice.request().body(Profiles.complete("Fritz Ohnewahl")).post("/api/specialists").then().statusCode(201)
                .body("textLanguage", equalTo("en"));
    }

    static Stream<Arguments> badTranslations() {
        return Stream.of(
                Arguments.of("en", Map.of("xx", Map.of("headline", "h", "bio", "b")), "translations.xx"),
                // A real language the platform does not speak: readers could never choose it.
                Arguments.of("en", Map.of("nl", Map.of("headline", "h", "bio", "b")), "translations.nl"),
                Arguments.of("en", Map.of("DE", Map.of("headline", "h", "bio", "b")), "translations.DE"),
                Arguments.of("en", Map.of("en", Map.of("headline", "h", "bio", "b")), "translations.en"),
                Arguments.of("de", Map.of("de", Map.of("headline", "h", "bio", "b")), "translations.de"),
                Arguments.of("en", Map.of("de", Map.of("headline", "x".repeat(201), "bio", "b")), "translations.de.headline"),
                Arguments.of("en", Map.of("de", Map.of("headline", "h", "bio", "x".repeat(5001))), "translations.de.bio"),
                Arguments.of("en", Map.of("de", Map.of("headline", "Nur eine Zeile")), "translations.de.bio"),
                Arguments.of("en", Map.of("de", Map.of("bio", "Nur der Text")), "translations.de.headline"),
                Arguments.of("english", Map.of(), "textLanguage"),
                Arguments.of("EN", Map.of(), "textLanguage"));
    }

    @ParameterizedTest
    @MethodSource("badTranslations")
    void a_bad_translation_is_a_400_naming_the_field_and_nothing_changes(String textLanguage, Map<String, Object> translations,
            String field) {
        Map<String, Object> body = withGerman("Gina Fehler");
        Specialists.Owned owned = Specialists.draft(body);
        Map<String, Object> bad = new HashMap<>(body);
        bad.put("textLanguage", textLanguage);
        bad.put("translations", translations);
        owned.owner().request().body(bad).put("/api/specialists/" + owned.id()).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
        owned.owner().request().get("/api/specialists/" + owned.id()).then()
                .body("textLanguage", equalTo("en")).body("translations.de.headline", equalTo(GERMAN_HEADLINE));
        TestUser.client().request().body(bad).post("/api/specialists").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void malformed_translations_are_a_400_not_a_500() {
        Map<String, Object> body = withGerman("Hans Kaputt");
        for (Object translations : List.of(Map.of("de", "Hallo"), Map.of("de", Map.of("headline", "h", "bio", "b", "motto", "m")),
                List.of("de"), "de")) {
            Map<String, Object> bad = new HashMap<>(body);
            bad.put("translations", translations);
            TestUser.client().request().body(bad).post("/api/specialists").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        // Editing the original so that a translation no longer matches it names the translation.
        Specialists.Owned owned = Specialists.draft(body);
        Map<String, Object> noHeadline = new HashMap<>(body);
        noHeadline.remove("headline");
        noHeadline.remove("translations");
        owned.owner().request().body(noHeadline).put("/api/specialists/" + owned.id()).then().statusCode(400)
                .body("errors.field", contains("translations.de.headline"));
    }

    @Test
    void readers_get_their_language_when_the_specialist_wrote_it_else_the_original_named() {
        Specialists.Owned owned = Specialists.published(withGerman("Ida Leserin"));
        String path = "/api/specialists/" + owned.id();
        TestUser.anonymous().header("Accept-Language", "de-AT, de;q=0.9").get(path).then().statusCode(200)
                .body("headline", equalTo(GERMAN_HEADLINE)).body("bio", equalTo(GERMAN_BIO))
                .body("textLanguage", equalTo("de")).body("translatedFrom", equalTo("en"))
                .body("$", not(org.hamcrest.Matchers.hasKey("translations")));
        TestUser.anonymous().header("Accept-Language", "fr-FR, fr;q=0.9").get(path).then().statusCode(200)
                .body("headline", equalTo("Calm, practical help with worry and low mood"))
                .body("textLanguage", equalTo("en")).body("translatedFrom", nullValue());
        TestUser.anonymous().get(path).then().statusCode(200)
                .body("bio", equalTo("I work with adults who feel stuck. Together we find small steps that help."))
                .body("textLanguage", equalTo("en"));
        TestUser.client().request().header("Accept-Language", "de").get(path).then().statusCode(200)
                .body("bio", equalTo(GERMAN_BIO));
        // The owner always gets the full view: originals and every translation.
        owned.owner().request().header("Accept-Language", "de").get(path).then().statusCode(200)
                .body("headline", equalTo("Calm, practical help with worry and low mood"))
                .body("translations.de.bio", equalTo(GERMAN_BIO));
    }

    @Test
    void translations_are_in_the_export_and_gone_after_erasure() {
        String word = "loeschwort" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        Map<String, Object> body = withGerman("Jana Loeschbar");
        body.put("translations", Map.of("de", Map.of("headline", GERMAN_HEADLINE, "bio", GERMAN_BIO + " " + word)));
        Specialists.Owned owned = Specialists.published(body);
        long before = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM search_word WHERE word = ?1").setParameter(1, word).getSingleResult()).longValue());
        assertEquals(1, before, "a published translation's words are in the spelling vocabulary");
        owned.owner().request().get("/api/me/export").then().statusCode(200)
                .body("specialistProfile.textLanguage", equalTo("en"))
                .body("specialistProfile.translations.de.headline", equalTo(GERMAN_HEADLINE))
                .body("specialistProfile.translations.de.bio", equalTo(GERMAN_BIO + " " + word));
        owned.owner().request().body(Map.of("confirm", "DELETE MY ACCOUNT")).delete("/api/me").then().statusCode(204);
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT translations::text FROM specialist WHERE id = cast(?1 as uuid)").setParameter(1, owned.id())
                .getSingleResult());
        assertEquals("{}", stored);
        long words = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM search_word WHERE word = ?1").setParameter(1, word).getSingleResult()).longValue());
        assertEquals(0, words, "the erased translation's words leave the spelling vocabulary");
        TestUser.anonymous().header("Accept-Language", "de").get("/api/specialists/" + owned.id()).then().statusCode(404);
        assertFalse(TestUser.anonymous().queryParam("q", word).get("/api/specialists").asString().contains(owned.id()));
    }

    /** The reduced-fee note (V77) is free text a specialist writes: exported with the profile and erased with it. */
    @Test
    void the_reduced_fee_note_is_in_the_export_and_gone_after_erasure() {
        Map<String, Object> body = withGerman("Rita Ermaessigt");
        body.put("reducedFee", Map.of("available", true, "note", "Students and people out of work pay half"));
        Specialists.Owned owned = Specialists.published(body);
        owned.owner().request().get("/api/me/export").then().statusCode(200)
                .body("specialistProfile.reducedFee.available", equalTo(true))
                .body("specialistProfile.reducedFee.note", equalTo("Students and people out of work pay half"));
        owned.owner().request().body(Map.of("confirm", "DELETE MY ACCOUNT")).delete("/api/me").then().statusCode(204);
        Object stored = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT reduced_fee_note FROM specialist WHERE id = cast(?1 as uuid)").setParameter(1, owned.id())
                .getSingleResult());
        assertEquals(null, stored, "the erasure clears the reduced-fee note");
    }
}
