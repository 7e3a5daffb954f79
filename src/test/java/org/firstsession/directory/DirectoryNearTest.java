package org.firstsession.directory;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
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
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * "Near me" (issue #22): near a gazetteer place or lat/lon, radiusKm, distanceKm, sort=distance and
 * includeOnline. Every specialist here has the same free-text city, unique per run, and each query filters on
 * it, so other tests' rows never leak in (the city is display text; distances come from the picked place).
 * {@link DirectoryNearOnOpenSearchTest} runs the same tests on OpenSearch.
 */
@QuarkusTest
class DirectoryNearTest {

    // GeoNames ids and centres (the gazetteer), and WGS 84 geodesic distances between those centres (Vincenty),
    // worked out apart from the code under test.
    static final long BERLIN = 2950159;
    static final long POTSDAM = 2852458;
    static final long BERNAU = 2950096;
    static final long ORANIENBURG = 2857129;
    static final long HAMBURG = 2911298;
    static final long PARIS = 2988507;
    static final long VERSAILLES = 2969679;
    static final Map<String, Double> FROM_BERLIN_KM = Map.of("Bea Berlin", 0.0, "Bernd Bernau", 21.03, "Paul Potsdam", 27.29,
            "Olga Oranienburg", 28.16, "Hanna Hamburg", 256.09);

    private static String city;
    private static boolean seeded;

    @Inject
    SearchIndexer index;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        city = "Nahort-" + UUID.randomUUID().toString().substring(0, 8);
        seeded = false;
    }

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        publish("Bea Berlin", BERLIN, Map.of("specialties", List.of("anxiety"), "languages", List.of("de"),
                "sessionFormats", List.of("in_person"), "fee", fee(80)));
        publish("Bernd Bernau", BERNAU, Map.of("specialties", List.of("sleep"), "languages", List.of("de"),
                "sessionFormats", List.of("in_person"), "fee", fee(60)));
        publish("Paul Potsdam", POTSDAM, Map.of("specialties", List.of("sleep"), "languages", List.of("en", "de"),
                "sessionFormats", List.of("in_person", "online"), "fee", fee(100)));
        publish("Olga Oranienburg", ORANIENBURG, Map.of("sessionFormats", List.of("in_person")));
        publish("Hanna Hamburg", HAMBURG, Map.of("sessionFormats", List.of("online")));
        publish("Otto Ortlos", null, Map.of("sessionFormats", List.of("online")));
        publish("Fleur Fernand", null, Map.of("sessionFormats", List.of("online"), "country", "FR",
                "licence", Map.of("number", "FR-1", "licensingBody", "ADELI", "country", "FR")));
        Map<String, Object> french = Map.of("country", "FR", "sessionFormats", List.of("in_person"),
                "licence", Map.of("number", "FR-2", "licensingBody", "ADELI", "country", "FR"));
        publish("Pia Paris", PARIS, french);
        publish("Vera Versailles", VERSAILLES, french);
        index.catchUp();
    }

    private static Map<String, Object> fee(int amount) {
        return Map.of("amount", amount, "currency", "EUR");
    }

    private static void publish(String name, Long placeId, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Profiles.complete(name));
        body.put("city", city);
        if (placeId != null) {
            body.put("placeId", placeId);
        }
        body.putAll(overrides);
        Specialists.published(body);
    }

    private static RequestSpecification directory() {
        return TestUser.anonymous().queryParam("city", city);
    }

    private static JsonPath ok(RequestSpecification request) {
        return request.get("/api/specialists").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void distances_from_the_place_centre_match_known_city_pairs_within_one_km() {
        JsonPath page = ok(directory().queryParam("near", BERLIN).queryParam("radiusKm", 300).queryParam("sort", "distance"));
        List<String> names = page.getList("items.displayName");
        assertEquals(List.of("Bea Berlin", "Bernd Bernau", "Paul Potsdam", "Olga Oranienburg", "Hanna Hamburg"), names);
        for (int i = 0; i < names.size(); i++) {
            int km = page.getInt("items[" + i + "].distanceKm");
            double expected = FROM_BERLIN_KM.get(names.get(i));
            // On a sphere of the mean earth radius: within 1 km for these pairs up to ~30 km, within 0.5% farther.
            double tolerance = Math.max(1, expected * 0.005);
            assertTrue(Math.abs(km - expected) <= tolerance, names.get(i) + ": " + km + " km, expected " + expected);
        }
        JsonPath paris = ok(directory().queryParam("near", PARIS).queryParam("sort", "distance"));
        assertEquals(List.of("Pia Paris", "Vera Versailles"), paris.getList("items.displayName"));
        assertEquals(0, paris.getInt("items[0].distanceKm"));
        assertTrue(Math.abs(paris.getInt("items[1].distanceKm") - 16.70) <= 1, "Paris–Versailles " + paris.get("items[1].distanceKm"));
    }

    @Test
    void lat_and_lon_work_like_the_place_and_the_default_radius_is_25_km() {
        directory().queryParam("lat", "52.52437").queryParam("lon", "13.41053").queryParam("sort", "distance")
                .get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Bea Berlin", "Bernd Bernau"))
                .body("items.distanceKm", contains(0, 21));
        directory().queryParam("near", BERLIN).queryParam("sort", "distance").get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Bea Berlin", "Bernd Bernau"));
    }

    @Test
    void the_radius_is_inclusive_of_what_is_inside_and_nothing_more() {
        // Potsdam is 27.2 km from Berlin's centre, Oranienburg 28.1 km.
        assertEquals(List.of("Bea Berlin", "Bernd Bernau"), ok(directory().queryParam("near", BERLIN).queryParam("radiusKm", 27)
                .queryParam("sort", "distance")).getList("items.displayName"));
        assertEquals(List.of("Bea Berlin", "Bernd Bernau", "Paul Potsdam"), ok(directory().queryParam("near", BERLIN)
                .queryParam("radiusKm", 28).queryParam("sort", "distance")).getList("items.displayName"));
        assertEquals(List.of("Bea Berlin"), ok(directory().queryParam("near", BERLIN).queryParam("radiusKm", 1))
                .getList("items.displayName"));
        assertEquals(List.of("Bea Berlin", "Bernd Bernau", "Hanna Hamburg", "Olga Oranienburg", "Paul Potsdam"),
                ok(directory().queryParam("near", BERLIN).queryParam("radiusKm", 500)).getList("items.displayName"),
                "500 km (the largest radius) reaches Hamburg, not Paris; without sort=distance the order is by name");
    }

    @Test
    void nearness_combines_with_the_other_filters_and_orders() {
        RequestSpecification near = directory().queryParam("near", POTSDAM).queryParam("radiusKm", 60);
        // From Potsdam: Berlin 27 km, Oranienburg 41 km, Bernau 46 km.
        assertEquals(List.of("Paul Potsdam", "Bea Berlin", "Olga Oranienburg", "Bernd Bernau"),
                ok(near.queryParam("sort", "distance")).getList("items.displayName"));
        assertEquals(List.of("Paul Potsdam", "Bernd Bernau"), ok(directory().queryParam("near", POTSDAM).queryParam("radiusKm", 60)
                .queryParam("specialty", "sleep").queryParam("sort", "distance")).getList("items.displayName"));
        assertEquals(List.of("Paul Potsdam"), ok(directory().queryParam("near", POTSDAM).queryParam("radiusKm", 60)
                .queryParam("specialty", "sleep").queryParam("language", "en")).getList("items.displayName"));
        assertEquals(List.of("Bernd Bernau", "Bea Berlin", "Olga Oranienburg", "Paul Potsdam"), ok(directory()
                .queryParam("near", POTSDAM).queryParam("radiusKm", 60).queryParam("sort", "fee")).getList("items.displayName"),
                "sort=fee: 60, 80, 90, 100");
        assertEquals(List.of("Bernd Bernau", "Bea Berlin"), ok(directory().queryParam("near", POTSDAM).queryParam("radiusKm", 60)
                .queryParam("maxFee", 80).queryParam("currency", "EUR").queryParam("sort", "fee")).getList("items.displayName"));
        assertEquals(List.of("Paul Potsdam"), ok(directory().queryParam("near", POTSDAM).queryParam("radiusKm", 60)
                .queryParam("format", "online")).getList("items.displayName"));
        assertEquals(List.of("Bernd Bernau", "Paul Potsdam"), ok(directory().queryParam("near", POTSDAM).queryParam("radiusKm", 60)
                .queryParam("q", "sleep")).getList("items.displayName").stream().sorted().toList(), "with a text search");
        assertEquals(List.of(), ok(directory().queryParam("near", POTSDAM).queryParam("radiusKm", 60).queryParam("country", "FR"))
                .getList("items.displayName"));
        JsonPath paged = ok(directory().queryParam("near", POTSDAM).queryParam("radiusKm", 60).queryParam("sort", "distance")
                .queryParam("size", 2).queryParam("page", 1));
        assertEquals(List.of("Olga Oranienburg", "Bernd Bernau"), paged.getList("items.displayName"));
        assertEquals(4, paged.getInt("total"));
    }

    @Test
    void include_online_adds_online_specialists_licensed_in_the_country() {
        JsonPath page = ok(directory().queryParam("near", BERLIN).queryParam("includeOnline", "true").queryParam("sort", "distance"));
        assertEquals(List.of("Bea Berlin", "Bernd Bernau", "Paul Potsdam", "Hanna Hamburg", "Otto Ortlos"), page.getList("items.displayName"),
                "in the radius, then online ones licensed in DE (the place's country) by distance, those without a place last");
        assertEquals(27, page.getInt("items[2].distanceKm"));
        directory().queryParam("near", BERLIN).queryParam("includeOnline", "true").queryParam("q", "Otto").get("/api/specialists")
                .then().statusCode(200).body("items.displayName", contains("Otto Ortlos")).body("items[0].distanceKm", nullValue());
        directory().queryParam("lat", "48.85").queryParam("lon", "2.35").queryParam("country", "FR").queryParam("includeOnline", "true")
                .get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Fleur Fernand", "Pia Paris", "Vera Versailles"));
    }

    @Test
    void items_without_a_location_search_have_no_distance() {
        directory().queryParam("q", "Bea").get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Bea Berlin")).body("items[0].distanceKm", nullValue());
    }

    @Test
    void bad_location_parameters_are_400_naming_them() {
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        cases.put("radiusKm", Map.of("near", String.valueOf(BERLIN), "radiusKm", "0"));
        cases.put("radiusKm ", Map.of("near", String.valueOf(BERLIN), "radiusKm", "501"));
        cases.put("radiusKm  ", Map.of("near", String.valueOf(BERLIN), "radiusKm", "far"));
        cases.put("radiusKm   ", Map.of("radiusKm", "10"));
        cases.put("near", Map.of("near", "1"));
        cases.put("near ", Map.of("near", "Berlin"));
        cases.put("near  ", Map.of("near", String.valueOf(BERLIN), "lat", "52.5", "lon", "13.4"));
        cases.put("lon", Map.of("lat", "52.5"));
        cases.put("lat", Map.of("lat", "91", "lon", "13"));
        cases.put("lon ", Map.of("lat", "52", "lon", "181"));
        cases.put("lat ", Map.of("lat", "NaN", "lon", "13"));
        cases.put("sort", Map.of("sort", "distance"));
        cases.put("includeOnline", Map.of("near", String.valueOf(BERLIN), "includeOnline", "yes"));
        cases.put("includeOnline ", Map.of("includeOnline", "true"));
        cases.put("country", Map.of("lat", "52.5", "lon", "13.4", "includeOnline", "true"));
        cases.forEach((field, params) -> TestUser.anonymous().queryParams(params).get("/api/specialists").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field.strip())));
    }

    @Test
    void a_profile_moved_to_another_place_is_found_there() {
        Map<String, Object> body = new HashMap<>(Profiles.complete("Mona Mover"));
        String ownCity = city + "-umgezogen"; // apart from the other tests' specialists
        body.put("city", ownCity);
        body.put("placeId", HAMBURG);
        body.put("sessionFormats", List.of("in_person")); // not an online specialist the other tests would include
        Specialists.Owned owned = Specialists.published(body);
        body.put("placeId", PARIS);
        body.put("country", "FR");
        owned.owner().request().body(body).put("/api/specialists/" + owned.id()).then().statusCode(204);
        index.catchUp();
        TestUser.anonymous().queryParam("city", ownCity).queryParam("near", PARIS).get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Mona Mover")).body("items[0].distanceKm", equalTo(0));
        TestUser.anonymous().queryParam("city", ownCity).queryParam("near", HAMBURG).get("/api/specialists").then().statusCode(200)
                .body("total", equalTo(0));
    }
}
