package org.firstsession.directory;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

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
 * "Within my budget" (issue #22): maxFee compares within one currency, reducedFee filters, profiles and cards
 * carry reducedFee and say the first consultation is free. {@link DirectoryPricesOnOpenSearchTest} runs them on
 * OpenSearch.
 */
@QuarkusTest
class DirectoryPricesTest {

    private static String city;
    private static boolean seeded;

    @Inject
    SearchIndexer index;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        city = "Preisort-" + UUID.randomUUID().toString().substring(0, 8);
        seeded = false;
    }

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        publish("Euro Sixty", fee(60, "EUR"), null);
        publish("Euro Ninety", fee(90, "EUR"), Map.of("available", true, "note", "Students pay half"));
        publish("Franc Fifty", fee(50, "CHF"), Map.of("available", true));
        publish("Pound Forty", fee(40, "GBP"), null);
        index.catchUp();
    }

    private static Map<String, Object> fee(int amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    private static void publish(String name, Map<String, Object> fee, Map<String, Object> reduced) {
        Map<String, Object> body = new HashMap<>(Profiles.complete(name));
        body.put("city", city);
        body.put("fee", fee);
        if (reduced != null) {
            body.put("reducedFee", reduced);
        }
        Specialists.published(body);
    }

    private static RequestSpecification directory() {
        return TestUser.anonymous().queryParam("city", city);
    }

    @Test
    void max_fee_compares_within_the_named_currency_only() {
        directory().queryParam("maxFee", "70").queryParam("currency", "EUR").get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Euro Sixty"));
        directory().queryParam("maxFee", "100").queryParam("currency", "EUR").queryParam("sort", "fee").get("/api/specialists")
                .then().statusCode(200).body("items.displayName", contains("Euro Sixty", "Euro Ninety"));
        directory().queryParam("maxFee", "70").queryParam("currency", "CHF").get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Franc Fifty"));
        directory().queryParam("currency", "GBP").get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Pound Forty"));
    }

    @Test
    void max_fee_without_a_currency_or_with_a_bad_one_is_400() {
        directory().queryParam("maxFee", "70").get("/api/specialists").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("currency"));
        for (String currency : new String[] { "eur", "EURO", "XYZ", "€" }) {
            directory().queryParam("maxFee", "70").queryParam("currency", currency).get("/api/specialists").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("currency"));
        }
        directory().queryParam("reducedFee", "maybe").get("/api/specialists").then().statusCode(400)
                .body("errors.field", contains("reducedFee"));
    }

    @Test
    void reduced_fee_filters_and_cards_say_so_and_that_the_first_consultation_is_free() {
        directory().queryParam("reducedFee", "true").get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Euro Ninety", "Franc Fifty"))
                .body("items[0].reducedFee.available", equalTo(true))
                .body("items[0].reducedFee.note", equalTo("Students pay half"))
                .body("items[1].reducedFee.note", nullValue())
                .body("items.firstConsultationFree", contains(true, true));
        directory().queryParam("reducedFee", "true").queryParam("maxFee", "95").queryParam("currency", "EUR")
                .get("/api/specialists").then().statusCode(200).body("items.displayName", contains("Euro Ninety"));
        directory().queryParam("q", "Sixty").get("/api/specialists").then().statusCode(200)
                .body("items[0].reducedFee.available", equalTo(false));
    }

    @Test
    void a_profile_states_its_reduced_fees_and_a_note_needs_them() {
        Map<String, Object> body = new HashMap<>(Profiles.complete("Dr. Sliding"));
        body.put("reducedFee", Map.of("available", true, "note", "Ask me"));
        Specialists.Owned owned = Specialists.published(body);
        TestUser.anonymous().get("/api/specialists/" + owned.id()).then().statusCode(200)
                .body("reducedFee.available", equalTo(true)).body("reducedFee.note", equalTo("Ask me"))
                .body("firstConsultationFree", equalTo(true));
        Map<String, Object> noteOnly = new HashMap<>(Profiles.complete("Dr. Note"));
        noteOnly.put("reducedFee", Map.of("available", false, "note", "Ask me"));
        TestUser.client().request().body(noteOnly).post("/api/specialists").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("reducedFee.note"));
        Map<String, Object> longNote = new HashMap<>(Profiles.complete("Dr. Long"));
        longNote.put("reducedFee", Map.of("available", true, "note", "x".repeat(501)));
        TestUser.client().request().body(longNote).post("/api/specialists").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
