package org.firstsession.directory;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.firstsession.directory.opensearch.SearchIndexer;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Profile translations in the directory (issue #18): each card's headline is in the reader's language
 * ({@code Accept-Language}) when the specialist wrote one, else as written, and says which language it is in; a
 * text search finds a profile by the words of its translations. {@link DirectoryTranslationsOnOpenSearchTest}
 * runs the same tests on OpenSearch.
 */
@QuarkusTest
class DirectoryTranslationsTest {

    private static String city;
    private static String headlineWord;
    private static String bioWord;
    private static boolean seeded;

    @Inject
    SearchIndexer index;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        city = "Sprachort-" + UUID.randomUUID().toString().substring(0, 8);
        // Words no other profile has (letters only, as the search reads words).
        headlineWord = "kopf" + letters(8);
        bioWord = "seele" + letters(8);
        seeded = false;
    }

    private static String letters(int n) {
        Random random = new Random();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        Map<String, Object> body = new HashMap<>(Profiles.complete("Anna Mehrsprachig"));
        body.put("city", city);
        body.put("headline", "Calm help with worry");
        body.put("translations", Map.of("de", Map.of("headline", "Ruhige Hilfe bei Sorgen " + headlineWord,
                "bio", "Ich begleite Erwachsene, die feststecken; " + bioWord + " gehört dazu.")));
        Specialists.published(body);
        Map<String, Object> plain = new HashMap<>(Profiles.complete("Bert Einsprachig"));
        plain.put("city", city);
        plain.put("headline", "Plain English only");
        Specialists.published(plain);
        index.catchUp();
    }

    private static RequestSpecification directory(String acceptLanguage) {
        RequestSpecification request = TestUser.anonymous().queryParam("city", city).queryParam("sort", "name");
        return acceptLanguage == null ? request : request.header("Accept-Language", acceptLanguage);
    }

    @Test
    void a_german_reader_gets_the_german_headline_and_is_told_it_is_a_translation() {
        directory("de-DE,de;q=0.9,en;q=0.5").get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Anna Mehrsprachig", "Bert Einsprachig"))
                .body("items[0].headline", equalTo("Ruhige Hilfe bei Sorgen " + headlineWord))
                .body("items[0].textLanguage", equalTo("de"))
                .body("items[0].translatedFrom", equalTo("en"))
                .body("items[1].headline", equalTo("Plain English only"))
                .body("items[1].textLanguage", equalTo("en"))
                .body("items[1].translatedFrom", nullValue())
                .body("items[0]", not(hasKey("headlineTranslations")));
    }

    @Test
    void a_reader_without_a_translation_in_their_languages_gets_the_original_with_its_language() {
        for (String header : new String[] { "fr", "en", "nl, *;q=0.5", "not a header;;", "" }) {
            directory(header).get("/api/specialists").then().statusCode(200)
                    .body("items.headline", contains("Calm help with worry", "Plain English only"))
                    .body("items.textLanguage", contains("en", "en"))
                    .body("items.translatedFrom", contains(nullValue(), nullValue()));
        }
        directory(null).get("/api/specialists").then().statusCode(200)
                .body("items.headline", contains("Calm help with worry", "Plain English only"));
        // The first of the reader's languages the specialist wrote in wins: French has none, German has one.
        directory("fr-CH, fr;q=0.9, de;q=0.7").get("/api/specialists").then().statusCode(200)
                .body("items[0].headline", equalTo("Ruhige Hilfe bei Sorgen " + headlineWord));
        // English before German: the original.
        directory("en, de;q=0.8").get("/api/specialists").then().statusCode(200)
                .body("items[0].headline", equalTo("Calm help with worry"));
    }

    @Test
    void a_search_finds_a_profile_by_the_words_of_its_translations() {
        for (String q : new String[] { headlineWord, bioWord, headlineWord + " " + bioWord }) {
            TestUser.anonymous().queryParam("q", q).get("/api/specialists").then().statusCode(200)
                    .body("items.displayName", contains("Anna Mehrsprachig"));
        }
        TestUser.anonymous().queryParam("q", "Sorgen").queryParam("city", city).get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Anna Mehrsprachig"));
    }

    @Test
    void removing_a_translation_takes_its_words_out_of_the_search() {
        String word = "weg" + letters(8);
        Map<String, Object> body = new HashMap<>(Profiles.complete("Carla Kurzzeit"));
        body.put("city", city + "-gone");
        body.put("translations", Map.of("fr", Map.of("headline", "Aide calme " + word, "bio", "Je travaille avec des adultes.")));
        Specialists.Owned owned = Specialists.published(body);
        index.catchUp();
        TestUser.anonymous().queryParam("q", word).get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Carla Kurzzeit"));

        body.put("translations", Map.of());
        owned.owner().request().body(body).put("/api/specialists/" + owned.id()).then().statusCode(204);
        index.catchUp();
        TestUser.anonymous().queryParam("q", word).get("/api/specialists").then().statusCode(200).body("items", empty());
        TestUser.anonymous().header("Accept-Language", "fr").queryParam("city", city + "-gone").get("/api/specialists").then()
                .statusCode(200).body("items.headline", containsInAnyOrder("Calm, practical help with worry and low mood"));
    }
}
