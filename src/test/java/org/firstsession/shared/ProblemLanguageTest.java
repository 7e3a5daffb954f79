package org.firstsession.shared;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The API's problems in the caller's Accept-Language: titles always, the platform's fixed details too. */
@QuarkusTest
class ProblemLanguageTest {

    private static final String UNKNOWN = "00000000-0000-4000-8000-00000000abcd";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void a_german_caller_gets_german_problem_texts() {
        TestUser.anonymous().header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5").get("/api/specialists/" + UNKNOWN)
                .then().statusCode(404).contentType("application/problem+json")
                .header("Content-Language", "de")
                .body("type", equalTo("https://firstsession.org/problems/not-found"))
                .body("title", equalTo("Nicht gefunden"));
        TestUser user = TestUser.client();
        user.request().header("Accept-Language", "de").body(Map.of("language", "xx")).put("/api/me").then()
                .statusCode(400).body("title", equalTo("Ungültige Anfrage"))
                .body("detail", equalTo("Die Anfrage enthält ungültige Felder."))
                .body("errors[0].field", equalTo("language"));
    }

    @Test
    void bean_validation_field_messages_follow_the_header_too() {
        TestUser user = TestUser.client();
        user.request().header("Accept-Language", "de").body(Map.of("timeZone", "")).put("/api/me").then()
                .statusCode(400).body("errors[0].field", equalTo("timeZone"))
                .body("errors[0].message", equalTo("Größe muss zwischen 1 und 64 sein"));
        user.request().body(Map.of("timeZone", "")).put("/api/me").then()
                .statusCode(400).body("errors[0].message", equalTo("size must be between 1 and 64"));
    }

    @Test
    void a_french_caller_gets_french_problem_texts() {
        TestUser.anonymous().header("Accept-Language", "fr").body(Map.of("timeZone", "Europe/Paris")).put("/api/me")
                .then().statusCode(401).body("title", equalTo("Non authentifié"))
                .body("detail", equalTo("Vous devez être connecté pour faire cela."));
    }

    @Test
    void english_and_unsupported_languages_keep_the_english_texts() {
        TestUser.anonymous().get("/api/specialists/" + UNKNOWN).then().statusCode(404)
                .header("Content-Language", nullValue()).body("title", equalTo("Not Found"));
        TestUser.anonymous().header("Accept-Language", "es").get("/api/specialists/" + UNKNOWN).then().statusCode(404)
                .body("title", equalTo("Not Found"));
    }
}
