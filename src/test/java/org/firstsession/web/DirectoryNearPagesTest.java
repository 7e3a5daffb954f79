package org.firstsession.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
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
}
