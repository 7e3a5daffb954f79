package org.firstsession.web;

import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
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
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The guided start (/start): plain questions without JavaScript, answered in the address, leading to the
 * directory with those filters and a sentence saying what was chosen and how to change it; and the mapping's
 * plain phrases in a text search.
 */
@QuarkusTest
class GuidedStartTest {

    @Test
    void five_plain_questions_sent_as_a_get_to_the_directory() {
        Document start = WebSession.visitor().page("/start");
        Element form = start.selectFirst("form.guided");
        assertEquals("get", form.attr("method"));
        assertEquals("/specialists", form.attr("action"));
        assertEquals(5, form.select("fieldset").size());
        assertNotNull(form.selectFirst("input[name=specialty][value=sleep]"));
        assertTrue(form.text().contains("I can't sleep"), "a plain phrase, not the specialty's name");
        assertTrue(form.text().contains("The first consultation is always free."));
        assertTrue(start.text().contains("nothing is stored"));
        assertNotNull(form.selectFirst("select[name=language]"));
        assertNotNull(form.selectFirst("input[name=format][value=online]"));
        assertNotNull(form.selectFirst("input[name=place]"));
        assertNotNull(form.selectFirst("select[name=maxFee]"));
        assertNotNull(form.selectFirst("input[name=freeConsultation][value=true]"));
    }

    @Test
    void the_answers_filter_the_directory_which_says_what_was_chosen_and_links_back() {
        String city = "Startort-" + UUID.randomUUID().toString().substring(0, 8);
        publish("Hilde Schlummer", city, "sleep", List.of("online"), 70);
        publish("Wanda Sorge", city, "anxiety", List.of("online"), 70);
        publish("Teo Teuer", city, "sleep", List.of("online"), 150);

        String answers = "guided=1&specialty=sleep&language=de&format=online&place=&maxFee=80&currency=EUR&freeConsultation=&city=" + city;
        Document page = WebSession.visitor().page("/specialists?" + answers);
        assertEquals(List.of("Hilde Schlummer"), page.select(".card h3 a").eachText());
        Element summary = page.selectFirst("#guided-summary");
        assertNotNull(summary, "the sentence saying what was chosen");
        String sentence = summary.text();
        assertTrue(sentence.contains("Sleep problems") && sentence.contains("German") && sentence.contains("online")
                && sentence.contains("up to 80 EUR"), sentence);
        String back = summary.selectFirst("a").attr("href");
        assertTrue(back.startsWith("/start?") && back.contains("specialty=sleep") && back.contains("maxFee=80"), back);

        Document again = WebSession.visitor().page(back);
        assertNotNull(again.selectFirst("input[name=specialty][value=sleep][checked]"), "the answers are filled in again");
        assertNotNull(again.selectFirst("select[name=maxFee] option[value=80][selected]"));
        assertNotNull(again.selectFirst("input[name=format][value=online][checked]"));
    }

    @Test
    void a_budget_without_a_currency_goes_back_to_the_budget_question_never_to_the_directorys_refusal() {
        WebSession visitor = WebSession.visitor().header("Accept-Language", "en");
        Response sent = visitor.get("/specialists?guided=1&specialty=sleep&format=online&place=&near=&maxFee=80&currency=&freeConsultation=");
        assertEquals(303, sent.statusCode(), "back to /start, not the directory's 400");
        String back = sent.header("Location");
        assertTrue(back.contains("/start?") && back.contains("missing=currency") && back.contains("maxFee=80")
                && back.contains("specialty=sleep"), back);

        Response answered = visitor.getExactly(back);
        assertEquals(200, answered.statusCode());
        Document start = Jsoup.parse(answered.asString());
        assertTrue(start.selectFirst("[role=alert]").text().contains("Please choose the currency of your budget (question 4)"),
                start.text());
        Element currency = start.selectFirst("#s-currency");
        assertEquals("true", currency.attr("aria-invalid"));
        assertEquals("Choose the currency your budget is in.", start.selectFirst("#currency-error").ownText());
        assertNull(currency.selectFirst("option[selected]"), "English without a country: no currency is guessed");
        assertNotNull(start.selectFirst("select[name=maxFee] option[value=80][selected]"), "the other answers are kept");
        assertNotNull(start.selectFirst("input[name=specialty][value=sleep][checked]"));

        Document german = WebSession.visitor().cookie("lang", "de").page(back.substring(back.indexOf("/start")));
        assertTrue(german.selectFirst("[role=alert]").text().contains("Bitte wählen Sie die Währung Ihres Budgets"), german.text());
        assertTrue(german.selectFirst("form.guided").text().contains("Ich kann nicht schlafen"), "the answers in German too");
        assertTrue(!german.selectFirst("form.guided").text().contains("I can't sleep"));
        Document french = WebSession.visitor().cookie("lang", "fr").page("/start");
        assertTrue(french.selectFirst("form.guided").text().contains("Je n’arrive pas à dormir"), french.text());
    }

    @Test
    void the_budget_question_starts_with_the_currency_of_the_browsers_country_or_language() {
        Map<String, String> expected = Map.of("de-CH,de;q=0.9", "CHF", "en-GB,en;q=0.8", "GBP", "de", "EUR", "fr-FR", "EUR",
                "en-US", "USD");
        expected.forEach((acceptLanguage, currency) -> {
            Document start = WebSession.visitor().header("Accept-Language", acceptLanguage).page("/start");
            Element selected = start.selectFirst("#s-currency option[selected]");
            assertNotNull(selected, acceptLanguage);
            assertEquals(currency, selected.attr("value"), acceptLanguage);
        });
        Document english = WebSession.visitor().header("Accept-Language", "en").page("/start");
        assertNull(english.selectFirst("#s-currency option[selected]"));
        assertEquals("Choose a currency", english.select("#s-currency option").first().text());
        Document answered = WebSession.visitor().header("Accept-Language", "de").page("/start?maxFee=80&currency=SEK");
        assertEquals("SEK", answered.selectFirst("#s-currency option[selected]").attr("value"), "the answer wins");
    }

    @Test
    void a_budget_without_a_currency_near_a_place_is_in_that_places_currency() {
        Response near = WebSession.visitor().header("Accept-Language", "en")
                .get("/specialists?guided=1&place=Zürich&near=&maxFee=120&currency=");
        assertEquals(200, near.statusCode(), near.asString());
        Document page = Jsoup.parse(near.asString());
        String sentence = page.selectFirst("#guided-summary").text();
        assertTrue(sentence.contains("near Zürich") && sentence.contains("up to 120 CHF per session"), sentence);
        assertNotNull(page.selectFirst("#f-currency option[value=CHF][selected]"), "the form shows the currency used");
    }

    @Test
    void a_plain_phrase_in_the_text_search_finds_that_specialty() {
        String city = "Klartextort-" + UUID.randomUUID().toString().substring(0, 8);
        publish("Nora Nachteule", city, "sleep", List.of("online"), 70);
        publish("Olaf Anders", city, "anxiety", List.of("online"), 70);
        TestUser.anonymous().queryParam("q", "can't sleep").queryParam("city", city).get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Nora Nachteule"));
    }

    private static void publish(String name, String city, String specialty, List<String> formats, int fee) {
        Map<String, Object> body = new HashMap<>(Profiles.complete(name));
        body.put("city", city);
        body.put("specialties", List.of(specialty));
        body.put("sessionFormats", formats);
        body.put("fee", Map.of("amount", fee, "currency", "EUR"));
        Specialists.published(body);
    }
}
