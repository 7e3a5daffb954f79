package org.firstsession.account;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Race;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.firstsession.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class MeTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void first_request_creates_the_account_from_the_token_claims() {
        TestUser user = TestUser.client();
        String id = user.request().get("/api/me").then().statusCode(200)
                .body("id", notNullValue())
                .body("displayName", equalTo(user.name()))
                .body("email", equalTo(user.email()))
                .body("roles", contains("client"))
                .body("specialistId", nullValue())
                .extract().path("id");
        // The same person again is the same account.
        user.request().get("/api/me").then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void a_person_is_identified_by_subject_not_by_email() {
        String email = "shared-" + UUID.randomUUID() + "@example.org";
        String first = RestAssured.given().auth().oauth2(Tokens.forSubject("a-" + UUID.randomUUID()).email(email).sign())
                .get("/api/me").then().statusCode(200).extract().path("id");
        String second = RestAssured.given().auth().oauth2(Tokens.forSubject("b-" + UUID.randomUUID()).email(email).sign())
                .get("/api/me").then().statusCode(200).extract().path("id");
        org.junit.jupiter.api.Assertions.assertNotEquals(first, second);
    }

    @Test
    void concurrent_first_requests_create_one_account() throws Exception {
        TestUser user = TestUser.client();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> user.request().get("/api/me").then().statusCode(200).extract().<String>path("id")));
            }
            var ids = new java.util.HashSet<String>();
            for (var f : futures) {
                ids.add(f.get());
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallel_requests_with_a_new_name_from_the_provider_all_succeed() throws Exception {
        String subject = "renamed-" + UUID.randomUUID();
        RestAssured.given().auth().oauth2(Tokens.forSubject(subject).name("Old Name").sign()).get("/api/me")
                .then().statusCode(200);
        String renamed = Tokens.forSubject(subject).name("New Name").email(subject + "@example.org").sign();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(() -> RestAssured.given().auth().oauth2(renamed).get("/api/me").statusCode());
        }
        assertEquals(Collections.nCopies(12, 200), Race.all(calls));
        RestAssured.given().auth().oauth2(renamed).get("/api/me").then().statusCode(200)
                .body("displayName", equalTo("New Name")).body("email", equalTo(subject + "@example.org"));
    }

    @Test
    void admin_role_comes_from_the_token() {
        TestUser.admin().request().get("/api/me").then().statusCode(200).body("roles", contains("client", "admin"));
    }

    @Test
    void owning_a_profile_makes_a_specialist() {
        Specialists.Owned owned = Specialists.draft(Profiles.complete("Dr. Me"));
        owned.owner().request().get("/api/me").then().statusCode(200)
                .body("roles", contains("client", "specialist"))
                .body("specialistId", equalTo(owned.id()));
    }

    @Test
    void time_zone_can_be_set_to_an_iana_zone() {
        TestUser user = TestUser.client();
        user.request().body(Map.of("timeZone", "Asia/Tokyo")).put("/api/me").then().statusCode(204);
        user.request().get("/api/me").then().body("timeZone", equalTo("Asia/Tokyo"));
    }

    @Test
    void invalid_time_zone_is_400_naming_the_field() {
        TestUser user = TestUser.client();
        for (String zone : new String[] { "Mars/Olympus", "+02:00", "EST", "" }) {
            user.request().body(Map.of("timeZone", zone)).put("/api/me").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("timeZone"));
        }
        user.request().get("/api/me").then().body("timeZone", nullValue());
    }

    @Test
    void anonymous_cannot_change_me() {
        TestUser.anonymous().body(Map.of("timeZone", "Europe/Berlin")).put("/api/me").then().statusCode(401);
    }
}
