package org.firstsession.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.firstsession.testsupport.RawHttp;
import org.firstsession.testsupport.TestUser;
import org.firstsession.testsupport.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Issue #18's last English corners: the refusals the HTTP layer makes before any resource runs (414, 431, a
 * malformed URI, a control character, a foreign {@code Origin}, a body over the limit) speak the caller's
 * {@code Accept-Language} (a page's {@code lang} cookie first); Bean Validation's messages on a page follow the
 * page's language, not the browser's header; the lists' "no such page" is in the page's language.
 */
@QuarkusTest
class RefusalLanguageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    /** The request line exactly as given (a malformed escape included), over a raw socket. */
    private RawHttp.Answer send(String pathAndQuery, Map<String, String> headers) throws Exception {
        return RawHttp.send(base, "GET", pathAndQuery, headers, null);
    }

    private static JsonNode problem(RawHttp.Answer answer, int status) throws Exception {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json"), answer.body());
        return JSON.readTree(answer.body());
    }

    @Test
    void the_http_layers_refusals_answer_in_the_callers_language() throws Exception {
        JsonNode tooLong = problem(send("/api/taxonomy?q=" + "a".repeat(5000), Map.of("Accept-Language", "de")), 414);
        assertEquals("URI zu lang", tooLong.get("title").asText());
        assertTrue(tooLong.get("detail").asText().startsWith("Die Anfragezeile ist länger als"), tooLong.toString());

        RawHttp.Answer big = send("/api/taxonomy", Map.of("Accept-Language", "fr", "X-Big", "a".repeat(25_000)));
        assertTrue(problem(big, 431).get("detail").asText().startsWith("Les en-têtes de la requête dépassent"), big.body());
        assertEquals("fr", big.header("Content-Language"));

        JsonNode percent = problem(send("/api/taxonomy?q=%zz", Map.of("Accept-Language", "de-CH, en;q=0.5")), 400);
        assertTrue(percent.get("detail").asText().contains("Prozent-Kodierung"), percent.toString());

        JsonNode control = problem(send("/api/taxonomy?q=a%00b", Map.of("Accept-Language", "fr")), 400);
        assertEquals("La requête contient des champs invalides.", control.get("detail").asText());
        assertEquals("q", control.at("/errors/0/field").asText());
        assertEquals("ne doit pas contenir de caractères de contrôle (comme NUL)", control.at("/errors/0/message").asText());

        JsonNode origin = problem(send("/api/taxonomy", Map.of("Accept-Language", "de", "Origin", "https://evil.example.org")), 403);
        assertEquals("Anfragen von diesem Ursprung sind nicht erlaubt.", origin.get("detail").asText());

        Response body = RestAssured.given().header("Accept-Language", "fr").contentType("application/json")
                .body("{\"x\":\"" + "a".repeat(100_000) + "\"}").post("/api/contact");
        assertEquals(413, body.statusCode(), body.asString());
        assertTrue(body.jsonPath().getString("detail").startsWith("Le corps de la requête dépasse"), body.asString());
    }

    @Test
    void without_a_language_the_http_layers_refusals_stay_english_and_a_page_follows_its_lang_cookie() throws Exception {
        JsonNode english = problem(send("/api/taxonomy?q=%zz", Map.of()), 400);
        assertTrue(english.get("detail").asText().startsWith("The request URI has a malformed percent escape"), english.toString());
        // A page's visitor chose French in the footer; the browser still says English.
        RawHttp.Answer page = send("/specialists?q=%zz", Map.of("Cookie", "lang=fr", "Accept-Language", "en"));
        assertTrue(problem(page, 400).get("detail").asText().contains("encodage pourcent"), page.body());
        // The API does not read the cookie: its language is the header's.
        assertTrue(problem(send("/api/taxonomy?q=%zz", Map.of("Cookie", "lang=fr")), 400).get("detail").asText()
                .startsWith("The request URI"));
    }

    @Test
    void bean_validation_on_a_page_speaks_the_pages_language_not_the_browsers() {
        WebSession german = WebSession.loggedIn("contact-de", false).cookie("lang", "de").header("Accept-Language", "en");
        Response blank = german.post("/contact", Map.of("subject", "", "message", "Bleibt stehen"));
        assertEquals(400, blank.statusCode());
        Document page = Jsoup.parse(blank.asString());
        assertNotNull(page.selectFirst("#subject-error"), blank.asString());
        assertTrue(page.selectFirst("#subject-error").text().contains("darf nicht leer sein"), page.selectFirst("#subject-error").text());
        assertFalse(page.text().contains("must not be blank"), page.text());

        WebSession french = WebSession.loggedIn("contact-fr", false).cookie("lang", "fr").header("Accept-Language", "de");
        Document fr = Jsoup.parse(french.post("/contact", Map.of("subject", "", "message", "Reste là")).asString());
        assertTrue(fr.selectFirst("#subject-error").text().contains("ne doit pas être vide"), fr.selectFirst("#subject-error").text());
    }

    @Test
    void the_api_keeps_following_accept_language_for_bean_validation() {
        Response answer = RestAssured.given().auth().oauth2(TestUser.client().token())
                .header("Accept-Language", "de").header("Cookie", "lang=fr").contentType("application/json")
                .body(Map.of("subject", "", "message", "x")).post("/api/contact");
        assertEquals(400, answer.statusCode(), answer.asString());
        List<String> messages = answer.jsonPath().getList("errors.message");
        assertTrue(messages.contains("darf nicht leer sein"), messages.toString());
    }

    @Test
    void a_list_page_outside_its_pages_says_so_in_the_pages_language() {
        Response answer = WebSession.loggedIn("paging-admin", true).cookie("lang", "de").get("/admin/audit?page=abc");
        assertEquals(400, answer.statusCode());
        Document page = Jsoup.parse(answer.asString());
        assertTrue(page.text().contains("Diese Seite gibt es nicht."), page.text());
        assertFalse(page.text().contains("There is no such page."));
    }
}
