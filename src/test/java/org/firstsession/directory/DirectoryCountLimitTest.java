package org.firstsession.directory;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.firstsession.directory.opensearch.SearchIndexer;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The directory stops counting at firstsession.directory.count-limit (1,000 in production; 3 here, so a
 * handful of profiles shows the behaviour): the total says "at least", and every page is still reachable.
 */
@QuarkusTest
@TestProfile(DirectoryCountLimitTest.SmallLimit.class)
class DirectoryCountLimitTest {

    @Inject
    SearchIndexer index;

    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("firstsession.directory.count-limit", "3");
        }
    }

    @Test
    void beyond_the_limit_the_total_is_a_lower_bound_and_later_pages_still_answer() {
        String city = "Countville-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Specialists.Owned> owned = new java.util.HashMap<>();
        for (String name : List.of("Count A", "Count B", "Count C", "Count D", "Count E")) {
            owned.put(name, Specialists.published(Profiles.with(Profiles.complete(name), "city", city)));
        }
        index.catchUp();
        TestUser.anonymous().queryParam("city", city).queryParam("size", 2).get("/api/specialists").then().statusCode(200)
                .body("total", equalTo(3)).body("totalExact", equalTo(false))
                .body("items.displayName", contains("Count A", "Count B"));
        // Page 2 lies past the counted 3: it is still served, so no profile becomes unreachable.
        TestUser.anonymous().queryParam("city", city).queryParam("size", 2).queryParam("page", 2).get("/api/specialists")
                .then().statusCode(200).body("items.displayName", contains("Count E")).body("totalExact", equalTo(false));
        TestUser.anonymous().queryParam("city", city).queryParam("size", 2).queryParam("page", 3).get("/api/specialists")
                .then().statusCode(200).body("items", hasSize(0));
        // The directory page says "3+" and keeps offering the next page while pages are full.
        String html = io.restassured.RestAssured.given().accept("text/html").queryParam("city", city).queryParam("size", 2).queryParam("page", 1)
                .get("/specialists").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("3+ specialists"), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("rel=\"next\""), "a next link past the count: " + html);
        // A text search counts the same way (it no longer ranks every match), and every page still answers.
        for (int page = 0; page < 4; page++) {
            TestUser.anonymous().queryParam("city", city).queryParam("q", "count").queryParam("size", 2)
                    .queryParam("page", page).get("/api/specialists").then().statusCode(200)
                    .body("total", equalTo(3)).body("totalExact", equalTo(false))
                    .body("items", hasSize(page < 2 ? 2 : page == 2 ? 1 : 0));
        }
        // sort=soonest past the limit walks open slots in time order: D's next free slot is sooner than B's
        // (whose sooner slot is booked), then everyone without a free slot by name; pages neither overlap
        // nor skip.
        java.time.Instant day = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        Slots.offer(owned.get("Count D"), day.plus(java.time.Duration.ofDays(3)).plus(java.time.Duration.ofHours(9)));
        String booked = Slots.offer(owned.get("Count B"), day.plus(java.time.Duration.ofDays(2)).plus(java.time.Duration.ofHours(9)));
        Slots.offer(owned.get("Count B"), day.plus(java.time.Duration.ofDays(4)).plus(java.time.Duration.ofHours(9)));
        TestUser.client().request().body(Map.of("slotId", booked, "consentVersion", "2026-11")).post("/api/bookings").then().statusCode(201);
        index.catchUp();
        List<String> soonest = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            soonest.addAll(TestUser.anonymous().queryParam("city", city).queryParam("sort", "soonest").queryParam("size", 2)
                    .queryParam("page", page).get("/api/specialists").then().statusCode(200)
                    .body("totalExact", equalTo(false)).extract().<List<String>>path("items.displayName"));
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Count D", "Count B", "Count A", "Count C", "Count E"), soonest);
        // Within the limit the total is exact.
        TestUser.anonymous().queryParam("city", city).queryParam("q", "Count E").get("/api/specialists").then()
                .body("total", equalTo(1)).body("totalExact", equalTo(true));
    }

    @Test
    void one_word_pages_past_the_limit_are_cut_from_the_postings_with_the_featured_first() {
        // A made-up word of letters only: it is one lexeme, so the PostgreSQL search walks its postings.
        StringBuilder word = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        Map<String, Specialists.Owned> owned = new java.util.HashMap<>();
        for (String name : List.of("Posting A", "Posting B", "Posting C", "Posting D", "Posting E")) {
            owned.put(name, Specialists.published(Profiles.with(Profiles.complete(name), "headline", "Sessions on " + word)));
        }
        java.time.Instant day = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        Slots.offer(owned.get("Posting D"), day.plus(java.time.Duration.ofDays(3)).plus(java.time.Duration.ofHours(9)));
        TestUser.admin().request().body(Map.of("featured", true)).put("/api/admin/specialists/" + owned.get("Posting D").id() + "/featured")
                .then().statusCode(200);
        index.catchUp();
        List<String> pages = new java.util.ArrayList<>();
        for (int page = 0; page < 4; page++) {
            pages.addAll(TestUser.anonymous().queryParam("q", word.toString()).queryParam("size", 2).queryParam("page", page)
                    .get("/api/specialists").then().statusCode(200)
                    .body("total", equalTo(3)).body("totalExact", equalTo(false))
                    .extract().<List<String>>path("items.displayName"));
        }
        // Featured first, then the same rank by name; pages neither overlap nor skip.
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Posting D", "Posting A", "Posting B", "Posting C", "Posting E"), pages);
    }
}
