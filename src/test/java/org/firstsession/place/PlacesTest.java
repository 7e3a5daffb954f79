package org.firstsession.place;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;

import jakarta.inject.Inject;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Place suggestions from the shipped gazetteer, and a profile's place. */
@QuarkusTest
class PlacesTest {

    static final long BERLIN = 2950159;
    static final long POTSDAM = 2852458;
    static final long MUNICH = 2867714;
    static final long COLOGNE = 2886242;

    @Inject
    Gazetteer gazetteer;

    @Test
    void the_places_within_a_radius_are_found_by_their_centre_and_too_many_are_refused() {
        // Potsdam's centre is 27.2 km from Berlin's.
        long[] within27 = gazetteer.within(52.52437, 13.41053, 27, 0, 500);
        assertTrue(LongStream.of(within27).anyMatch(id -> id == BERLIN));
        assertFalse(LongStream.of(within27).anyMatch(id -> id == POTSDAM));
        assertTrue(LongStream.of(gazetteer.within(52.52437, 13.41053, 28, 0, 500)).anyMatch(id -> id == POTSDAM));
        assertTrue(LongStream.of(gazetteer.within(52.52437, 13.41053, 27, 1, 500)).anyMatch(id -> id == POTSDAM),
                "the slack widens the reach");
        assertNull(gazetteer.within(52.52437, 13.41053, 500, 0, 500), "more than 500 places: null, the directory's index answers");
    }

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void a_prefix_suggests_the_most_populous_places_of_the_country_first() {
        TestUser.anonymous().queryParam("q", "ber").queryParam("country", "DE").get("/api/places").then().statusCode(200)
                .body("items[0].id", equalTo((int) BERLIN))
                .body("items[0].name", equalTo("Berlin"))
                .body("items[0].matchedName", equalTo("Berlin"))
                .body("items[0].region", equalTo("16"))
                .body("items[0].regionName", equalTo("State of Berlin"))
                .body("items[0].country", equalTo("DE"))
                .body("items[0].lat", equalTo(52.52437f))
                .body("items[0].lon", equalTo(13.41053f))
                .body("items.country", everyItem(equalTo("DE")))
                .body("items.matchedName", everyItem(startsWith("Ber")))
                .body("items", hasSize(10));
    }

    @Test
    void another_name_of_a_place_finds_it_and_the_suggestion_shows_the_name_that_matched() {
        for (String q : new String[] { "münchen", "MUNCHEN", "muenchen", "Monaco di Baviera" }) {
            TestUser.anonymous().queryParam("q", q).queryParam("limit", "3").get("/api/places").then().statusCode(200)
                    .body("items[0].id", equalTo((int) MUNICH))
                    .body("items[0].name", equalTo("Munich"))
                    .body("items[0].matchedName", startsWith("M"))
                    .body("items[0].regionName", equalTo("Bavaria"));
        }
        TestUser.anonymous().queryParam("q", "münchen").queryParam("limit", "1").get("/api/places").then()
                .body("items[0].matchedName", equalTo("München"));
        TestUser.anonymous().queryParam("q", "munich").queryParam("limit", "1").get("/api/places").then()
                .body("items[0].id", equalTo((int) MUNICH)).body("items[0].matchedName", equalTo("Munich"));
        for (String q : new String[] { "koln", "Köln", "KOELN", "cologne", "Keulen" }) {
            TestUser.anonymous().queryParam("q", q).queryParam("limit", "3").get("/api/places").then().statusCode(200)
                    .body("items[0].id", equalTo((int) COLOGNE))
                    .body("items[0].name", equalTo("Köln"));
        }
        TestUser.anonymous().queryParam("q", "cologne").queryParam("limit", "1").get("/api/places").then()
                .body("items[0].matchedName", equalTo("Cologne"));
    }

    @Test
    void each_place_is_suggested_once_and_the_country_filter_holds_for_other_names() {
        // Other names are many and some obscure ("Muntividèu" is Montevideo): a name only started matches after the
        // places whose own name starts so; a whole name typed ("cologne") counts like the own name.
        TestUser.anonymous().queryParam("q", "mun").queryParam("limit", "20").get("/api/places").then().statusCode(200)
                .body("items[0].id", equalTo((int) MUNICH))
                .body("items.findAll { it.id == " + MUNICH + " }", hasSize(1))
                .body("items.findAll { it.matchedName == it.name }.size()", equalTo(20));
        // Cologne in Italy keeps its own name; Köln is not in Italy.
        TestUser.anonymous().queryParam("q", "cologne").queryParam("country", "IT").get("/api/places").then().statusCode(200)
                .body("items.country", everyItem(equalTo("IT")))
                .body("items.id", not(hasItem((int) COLOGNE)))
                .body("items[0].name", equalTo("Cologne"));
        TestUser.anonymous().queryParam("q", "münchen").queryParam("country", "AT").get("/api/places").then().statusCode(200)
                .body("items.id", not(hasItem((int) MUNICH)));
    }

    @Test
    void case_and_accents_do_not_matter() {
        TestUser.anonymous().queryParam("q", "ZURI").queryParam("country", "CH").queryParam("limit", "1").get("/api/places")
                .then().statusCode(200).body("items.name", contains("Zürich"));
        TestUser.anonymous().queryParam("q", "Zür").queryParam("country", "CH").queryParam("limit", "1").get("/api/places")
                .then().statusCode(200).body("items.name", contains("Zürich"));
        TestUser.anonymous().queryParam("q", "lodz").queryParam("country", "PL").queryParam("limit", "1").get("/api/places")
                .then().statusCode(200).body("items.name", contains("Łódź"));
    }

    @Test
    void without_a_country_every_country_counts_and_the_limit_holds() {
        TestUser.anonymous().queryParam("q", "paris").queryParam("limit", "20").get("/api/places").then().statusCode(200)
                .body("items.country", hasItem("FR"))
                .body("items.country", hasItem("US"));
        TestUser.anonymous().queryParam("q", "san").queryParam("limit", "20").get("/api/places").then().statusCode(200)
                .body("items", hasSize(20));
        TestUser.anonymous().queryParam("q", "xqzjw").get("/api/places").then().statusCode(200).body("items", empty());
    }

    @Test
    void bad_input_is_a_problem_naming_the_parameter() {
        TestUser.anonymous().get("/api/places").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("q"));
        TestUser.anonymous().queryParam("q", " ").get("/api/places").then().statusCode(400).body("errors.field", contains("q"));
        TestUser.anonymous().queryParam("q", "a".repeat(101)).get("/api/places").then().statusCode(400)
                .body("errors.field", contains("q"));
        TestUser.anonymous().queryParam("q", "ber").queryParam("country", "Germany").get("/api/places").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("country"));
        for (String limit : new String[] { "0", "21", "ten", "-1" }) {
            TestUser.anonymous().queryParam("q", "ber").queryParam("limit", limit).get("/api/places").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains("limit"));
        }
    }

    @Test
    void one_place_by_id_and_unknown_ids_are_not_found() {
        TestUser.anonymous().get("/api/places/" + POTSDAM).then().statusCode(200).body("name", equalTo("Potsdam"));
        TestUser.anonymous().get("/api/places/1").then().statusCode(404).contentType("application/problem+json");
        TestUser.anonymous().get("/api/places/potsdam").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_profile_keeps_the_picked_place_and_its_free_text_city() {
        Map<String, Object> body = new HashMap<>(Profiles.complete("Dr. Place"));
        body.put("city", "Potsdam-Babelsberg");
        body.put("placeId", POTSDAM);
        Specialists.Owned owned = Specialists.published(body);
        TestUser.anonymous().get("/api/specialists/" + owned.id()).then().statusCode(200)
                .body("city", equalTo("Potsdam-Babelsberg"))
                .body("place.id", equalTo((int) POTSDAM))
                .body("place.name", equalTo("Potsdam"))
                .body("place.country", equalTo("DE"))
                .body("place.regionName", equalTo("Brandenburg"));
        owned.owner().request().get("/api/specialists/" + owned.id()).then().statusCode(200)
                .body("place.id", equalTo((int) POTSDAM));
    }

    @Test
    void a_place_id_the_gazetteer_does_not_have_is_refused() {
        for (Object id : new Object[] { 1, 0, -5, "Berlin" }) {
            Map<String, Object> body = new HashMap<>(Profiles.complete("Dr. Nowhere"));
            body.put("placeId", id);
            TestUser.client().request().body(body).post("/api/specialists").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }
}
