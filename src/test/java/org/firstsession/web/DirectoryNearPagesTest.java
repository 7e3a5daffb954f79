package org.firstsession.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The directory page's "Near" field (a plain search without JavaScript), radius, distance, fees on cards. */
@QuarkusTest
class DirectoryNearPagesTest {

    @Test
    void a_typed_place_name_searches_around_it_and_cards_show_distance_fee_and_reduced_fees() {
        String city = "Kartenort-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Profiles.complete("Nadia Kartenberg"));
        body.put("city", city);
        body.put("placeId", 2852458L); // Potsdam
        body.put("fee", Map.of("amount", 80, "currency", "EUR"));
        body.put("reducedFee", Map.of("available", true));
        Specialists.published(body);

        Document page = WebSession.visitor().page("/specialists?place=Berlin&radiusKm=50&sort=distance&city=" + city);
        assertEquals("Berlin", page.selectFirst("#f-place").attr("value"), "the field keeps what was typed");
        assertNotNull(page.selectFirst("#f-radiusKm option[value=50][selected]"));
        String card = page.selectFirst(".card").text();
        assertTrue(card.contains("27 km away"), card);
        assertTrue(card.contains("€80.00"), "the fee in the page's language: " + card);
        assertTrue(card.contains("Reduced fees available"), card);
        assertTrue(card.contains("First consultation: free"), card);

        Document german = Jsoup.parse(given().header("Accept-Language", "de")
                .get("/specialists?place=Berlin&radiusKm=50&city=" + city).asString());
        String deCard = german.selectFirst(".card").text();
        assertTrue(deCard.contains("80,00") && deCard.contains("€") && deCard.contains("27 km entfernt")
                && deCard.contains("Ermäßigte Honorare möglich"), deCard);

        Document outside = WebSession.visitor().page("/specialists?place=Berlin&radiusKm=10&city=" + city);
        assertEquals(0, outside.select(".card").size(), "Potsdam is 27 km from Berlin");
    }

    @Test
    void an_unknown_place_is_a_message_next_to_the_near_field() {
        Response bad = WebSession.visitor().get("/specialists?place=Xqzjwville");
        assertEquals(400, bad.statusCode());
        Document page = Jsoup.parse(bad.asString());
        assertNotNull(page.selectFirst("#place-error"), "message next to the Near field");
        assertEquals("true", page.selectFirst("#f-place").attr("aria-invalid"));
        assertEquals("Xqzjwville", page.selectFirst("#f-place").attr("value"));
    }

    @Test
    void a_highest_fee_without_a_currency_is_kept_with_a_note_next_to_the_fee_field_not_an_error() {
        String city = "Notizort-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Profiles.complete("Fabian Teuerhaus"));
        body.put("city", city);
        body.put("fee", Map.of("amount", 150, "currency", "EUR"));
        Specialists.published(body);

        Response answer = WebSession.visitor().header("Accept-Language", "en").get("/specialists?maxFee=80&currency=&city=" + city);
        assertEquals(200, answer.statusCode(), "not the 400 of the API");
        Document page = Jsoup.parse(answer.asString());
        assertEquals("80", page.selectFirst("#f-maxFee").attr("value"), "the amount stays in its field");
        assertEquals("maxFee-note", page.selectFirst("#f-maxFee").attr("aria-describedby"));
        assertTrue(page.selectFirst("#maxFee-note").text().startsWith("Please also choose the currency of this amount"),
                page.selectFirst("#maxFee-note").text());
        assertEquals(null, page.selectFirst(".notice-error"), "no error on the page");
        assertEquals(1, page.select(".card").size(), "the fee is not applied until a currency is chosen");

        Document german = Jsoup.parse(WebSession.visitor().cookie("lang", "de").get("/specialists?maxFee=80&city=" + city).asString());
        assertTrue(german.selectFirst("#maxFee-note").text().startsWith("Bitte wählen Sie auch die Währung dieses Betrags"),
                german.selectFirst("#maxFee-note").text());

        Document inEuro = WebSession.visitor().page("/specialists?maxFee=80&currency=EUR&city=" + city);
        assertEquals(0, inEuro.select(".card").size(), "with its currency the fee filters");
        assertEquals(null, inEuro.selectFirst("#maxFee-note"));
    }

    @Test
    void the_filter_form_sent_without_a_place_searches_as_usual_whatever_its_radius_says() {
        String city = "Radiusort-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Profiles.complete("Rita Ohneort"));
        body.put("city", city);
        Specialists.published(body);
        // What the form sends when only the city is filled in: the radius choice always has a value.
        Document page = WebSession.visitor().page("/specialists?q=&place=&near=&radiusKm=25&maxFee=&currency=&sort=&city=" + city);
        assertEquals(1, page.select(".card").size());
    }

    @Test
    void the_place_messages_are_in_the_pages_language() {
        Map<String, String[]> expected = new LinkedHashMap<>();
        expected.put("en|/specialists?place=Xqzjwville", new String[] { "place", "No town or city of that name. Try the name" });
        expected.put("de|/specialists?place=Xqzjwville", new String[] { "place", "Keine Stadt oder Gemeinde mit diesem Namen." });
        expected.put("fr|/specialists?place=Xqzjwville&country=FR", new String[] { "place", "Aucune ville ni commune de ce nom dans le pays choisi" });
        expected.put("de|/specialists?near=1", new String[] { "place", "Diesen Ort haben wir nicht gefunden" });
        expected.put("fr|/specialists?sort=distance", new String[] { "sort", "Pour trier par distance, choisissez un lieu" });
        expected.put("de|/specialists?includeOnline=true", new String[] { "includeOnline", "Um auch Online-Fachleute einzuschließen" });
        expected.forEach((request, field) -> {
            String[] parts = request.split("\\|");
            Response answer = WebSession.visitor().cookie("lang", parts[0]).get(parts[1]);
            assertEquals(400, answer.statusCode(), request);
            Document page = Jsoup.parse(answer.asString());
            assertNotNull(page.selectFirst("#" + field[0] + "-error"), request + ": " + page.select(".field-error").eachText());
            assertTrue(page.selectFirst("#" + field[0] + "-error").text().contains(field[1]),
                    request + ": " + page.selectFirst("#" + field[0] + "-error").text());
        });
    }

    @Test
    void another_name_of_a_place_typed_without_javascript_finds_it() {
        String city = "Isarort-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Profiles.complete("Maximilian Isartal"));
        body.put("city", city);
        body.put("placeId", 2867714L); // Munich
        Specialists.published(body);
        for (String typed : new String[] { "München", "Munich", "muenchen", "Monaco di Baviera" }) {
            Document page = WebSession.visitor().page("/specialists?radiusKm=5&city=" + city + "&place=" + typed);
            assertEquals(1, page.select(".card").size(), typed);
            assertTrue(page.selectFirst(".card").text().contains("0 km away"), typed + ": " + page.selectFirst(".card").text());
        }
        // The script's pick by another name: the field shows "München, Bavaria, DE" and the id is Munich's.
        Document picked = WebSession.visitor().page("/specialists?radiusKm=5&city=" + city + "&near=2867714&place=München, Bavaria, DE");
        assertEquals(1, picked.select(".card").size());
    }
}
