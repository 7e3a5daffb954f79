package org.firstsession.directory;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The public directory. Every specialist here lives in a city of its own (unique per run), and each
 * query filters on it, so rows other tests create never leak into these assertions.
 *
 * <p>One suite for both search backends: this class runs it on PostgreSQL (the default),
 * {@link DirectoryOnOpenSearchTest} runs the same tests with {@code SEARCH_BACKEND=opensearch}. After seeding,
 * {@link #searchable()} waits until the index has every change (nothing to wait for on PostgreSQL).
 */
@QuarkusTest
class DirectoryTest {

    private static String city;
    private static boolean seeded;

    @Inject
    SearchIndexer index;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        // Static state is per class: the OpenSearch subclass seeds its own (fresh) database.
        city = "Testburg-" + UUID.randomUUID().toString().substring(0, 8);
        seeded = false;
    }

    /** Everything written so far is searchable (OpenSearch: the outbox is drained and the index refreshed). */
    void searchable() {
        index.catchUp();
    }

    /** Once per class, but after Quarkus is up (a static @BeforeAll runs before the app listens). */
    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        // Name / specialty match vs. bio-only match for "anxiety".
        publish("Anna Angst", Map.of("specialties", List.of("anxiety"), "fee", fee(120, "EUR"),
                "languages", List.of("de", "en"), "approaches", List.of("cbt"), "sessionFormats", List.of("online")));
        publish("Bruno Bio", Map.of("specialties", List.of("depression"), "fee", fee(60, "EUR"),
                "bio", "Many clients first come to me because of anxiety that shows up at work.",
                "languages", List.of("en"), "approaches", List.of("psychodynamic"), "sessionFormats", List.of("in_person")));
        publish("Carla Calm", Map.of("specialties", List.of("grief-loss", "anxiety"), "fee", fee(0, "EUR"),
                "languages", List.of("fr", "en"), "approaches", List.of("act"), "country", "FR",
                "sessionFormats", List.of("online", "in_person")));
        publish("Dmitri Dreams", Map.of("specialties", List.of("sleep"), "fee", fee(200, "EUR"),
                "languages", List.of("de"), "approaches", List.of("cbt"), "headline", "Better nights for shift workers"));
        // Not published: never listed.
        Specialists.draft(profile("Eve Draft", Map.of("specialties", List.of("anxiety"))));
        searchable();
    }

    private static Map<String, Object> fee(int amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    private static Map<String, Object> profile(String name, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Profiles.complete(name));
        body.put("bio", "I help adults find their footing again.");
        body.put("headline", "Steady support");
        body.put("city", city);
        body.putAll(overrides);
        return body;
    }

    private static void publish(String name, Map<String, Object> overrides) {
        Specialists.published(profile(name, overrides));
    }

    private static RequestSpecification directory() {
        return TestUser.anonymous().queryParam("city", city);
    }

    private static List<String> names(RequestSpecification request) {
        return request.get("/api/specialists").then().statusCode(200).extract().path("items.displayName");
    }

    @Test
    void lists_published_profiles_only_sorted_by_name() {
        directory().get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Anna Angst", "Bruno Bio", "Carla Calm", "Dmitri Dreams"))
                .body("total", equalTo(4))
                .body("page", equalTo(0))
                .body("size", equalTo(20));
    }

    @Test
    void items_carry_what_a_card_needs() {
        directory().queryParam("q", "Dmitri").get("/api/specialists").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].professionalTitle", equalTo("Clinical Psychologist"))
                .body("items[0].headline", equalTo("Better nights for shift workers"))
                .body("items[0].photoUrl", nullValue()) // none uploaded (PhotoTest covers photos)
                .body("items[0].specialties", contains("sleep"))
                .body("items[0].languages", contains("de"))
                .body("items[0].sessionFormats", containsInAnyOrder("online", "in_person"))
                .body("items[0].city", equalTo(city))
                .body("items[0].fee.amount", equalTo(200.0f))
                .body("items[0].fee.currency", equalTo("EUR"))
                .body("items[0].shareUrl", org.hamcrest.Matchers.startsWith("http://localhost:8080/specialists/"));
    }

    @Test
    void full_text_ranks_name_and_specialty_above_bio() {
        List<String> names = names(directory().queryParam("q", "anxiety"));
        org.junit.jupiter.api.Assertions.assertEquals(3, names.size(), names.toString());
        org.junit.jupiter.api.Assertions.assertEquals("Bruno Bio", names.get(2), "bio-only match must rank last: " + names);
    }

    @Test
    void search_forgives_plurals_and_misspellings() {
        org.junit.jupiter.api.Assertions.assertEquals(3, names(directory().queryParam("q", "anxieties")).size());
        org.junit.jupiter.api.Assertions.assertEquals(3, names(directory().queryParam("q", "anxeity")).size());
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Dmitri Dreams"), names(directory().queryParam("q", "Dmitry")));
    }

    @Test
    void search_that_matches_nothing_is_an_empty_page() {
        directory().queryParam("q", "zebrafinch quartz").get("/api/specialists").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(0));
        directory().queryParam("q", "!!! ???").get("/api/specialists").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void each_filter_alone() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Anna Angst", "Carla Calm"), names(directory().queryParam("specialty", "anxiety")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Anna Angst", "Dmitri Dreams"), names(directory().queryParam("approach", "cbt")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Carla Calm"), names(directory().queryParam("language", "fr")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Bruno Bio", "Carla Calm", "Dmitri Dreams"), names(directory().queryParam("format", "in_person")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Carla Calm"), names(directory().queryParam("country", "FR")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Bruno Bio", "Carla Calm"), names(directory().queryParam("maxFee", "60").queryParam("currency", "EUR")));
        org.junit.jupiter.api.Assertions.assertEquals(4, names(TestUser.anonymous().queryParam("city", city.toUpperCase())).size(), "city is case-insensitive");
    }

    @Test
    void filters_combine() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Carla Calm"),
                names(directory().queryParam("specialty", "anxiety").queryParam("language", "en").queryParam("maxFee", "50").queryParam("currency", "EUR")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Anna Angst"),
                names(directory().queryParam("q", "anxiety").queryParam("format", "online").queryParam("language", "de")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(),
                names(directory().queryParam("specialty", "sleep").queryParam("country", "FR")));
    }

    @Test
    void sort_by_fee_and_name() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Carla Calm", "Bruno Bio", "Anna Angst", "Dmitri Dreams"),
                names(directory().queryParam("sort", "fee")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Anna Angst", "Carla Calm"),
                names(directory().queryParam("q", "anxiety").queryParam("sort", "name").queryParam("specialty", "anxiety")));
    }

    @Test
    void pagination_totals_and_pages_do_not_overlap() {
        List<String> all = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            directory().queryParam("size", 2).queryParam("page", page).get("/api/specialists").then().statusCode(200)
                    .body("total", equalTo(4)).body("page", equalTo(page)).body("size", equalTo(2));
            all.addAll(names(directory().queryParam("size", 2).queryParam("page", page)));
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Anna Angst", "Bruno Bio", "Carla Calm", "Dmitri Dreams"), all);
    }

    @Test
    void plain_words_for_a_specialty_find_its_specialists() {
        // guided/plain-phrases.txt: "can't sleep" is the sleep specialty, whatever the profiles' own words.
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Dmitri Dreams"), names(directory().queryParam("q", "I can't sleep")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Dmitri Dreams"), names(directory().queryParam("q", "insomnia")));
    }

    @Test
    void out_of_range_and_malformed_parameters_are_400_naming_them() {
        bad("size", "100000");
        bad("size", "0");
        bad("size", "ten");
        bad("page", "-1");
        bad("maxFee", "-5");
        bad("maxFee", "cheap");
        bad("sort", "random");
        bad("format", "telepathy");
        bad("specialty", "astrology");
        bad("language", "english");
        bad("country", "Germany");
        bad("q", "x".repeat(201));
    }

    private static void bad(String param, String value) {
        TestUser.anonymous().queryParam(param, value).get("/api/specialists").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(param));
    }
}
