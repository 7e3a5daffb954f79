package org.firstsession.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.firstsession.testsupport.TestUser;
import org.firstsession.testsupport.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Erasing one's account in German (issue #18): the page asks for "MEIN KONTO LÖSCHEN" and accepts it (and the
 * English phrase); the API keeps the English one only.
 */
@QuarkusTest
class AccountDeletionLanguageTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static WebSession germanUser() {
        TestUser user = TestUser.client();
        user.request().body(Map.of("language", "de")).put("/api/me").then().statusCode(204);
        // The browser asks for German too, so the page after the logout stays German.
        return WebSession.as(user).header("Accept-Language", "de-DE,de;q=0.9");
    }

    @Test
    void the_german_page_asks_for_the_german_phrase_and_accepts_it() {
        WebSession user = germanUser();
        Document account = user.page("/account");
        assertEquals("Geben Sie zur Bestätigung MEIN KONTO LÖSCHEN ein", account.select("label[for=delete-confirm]").text());
        assertFalse(account.text().contains("DELETE MY ACCOUNT"), "no English phrase on the German page");

        Response mistyped = user.post("/account/delete", Map.of("confirm", "mein konto löschen"));
        assertEquals(400, mistyped.statusCode());
        Document again = Jsoup.parse(mistyped.asString());
        assertNotNull(again.selectFirst("#confirm-error"));
        assertTrue(again.select("#confirm-error").text().contains("genau MEIN KONTO LÖSCHEN in Großbuchstaben"),
                again.select("#confirm-error").text());

        Response deleted = user.post("/account/delete", Map.of("confirm", "  MEIN KONTO LÖSCHEN "));
        assertEquals(303, deleted.statusCode(), deleted.asString());
        assertTrue(deleted.header("Location").endsWith("/account/deleted"));
        assertTrue(user.page("/account/deleted").text().contains("Ihr Konto ist gelöscht"));
        assertNotNull(user.page("/").selectFirst("header a[href^='/login']"), "logged out");
    }

    @Test
    void the_german_page_also_accepts_the_english_phrase() {
        WebSession user = germanUser();
        assertEquals(303, user.post("/account/delete", Map.of("confirm", "DELETE MY ACCOUNT")).statusCode());
    }

    @Test
    void a_phrase_typed_with_a_combining_umlaut_is_the_same_phrase() {
        WebSession user = germanUser();
        assertEquals(303, user.post("/account/delete", Map.of("confirm", "MEIN KONTO LO\u0308SCHEN")).statusCode());
    }

    @Test
    void the_api_keeps_the_english_phrase() {
        TestUser user = TestUser.client();
        user.request().body(Map.of("language", "de")).put("/api/me").then().statusCode(204);
        user.request().header("Accept-Language", "de").body(Map.of("confirm", "MEIN KONTO LÖSCHEN")).delete("/api/me")
                .then().statusCode(400).contentType("application/problem+json");
        user.request().body(Map.of("confirm", "DELETE MY ACCOUNT")).delete("/api/me").then().statusCode(204);
    }

    /** Each language's label and error quote exactly the phrase the page accepts. */
    @Test
    void every_language_quotes_its_own_phrase() throws IOException {
        for (String language : List.of("en", "de", "fr")) {
            String phrase = load("my", language).getProperty("account_delete_phrase");
            assertTrue(load("my", language).getProperty("account_delete_confirm").contains(phrase), language);
            assertTrue(load("msg", language).getProperty("account_delete_mistyped").contains(phrase), language);
        }
    }

    private static Properties load(String bundle, String language) throws IOException {
        try (InputStream in = AccountDeletionLanguageTest.class.getClassLoader()
                .getResourceAsStream("messages/" + bundle + "_" + language + ".properties")) {
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        }
    }
}
