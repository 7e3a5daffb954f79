package org.firstsession.specialist;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Every bad write is a 400 problem naming the field, and nothing stored changes. */
@QuarkusTest
class SpecialistValidationTest {

    private static Specialists.Owned existing;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("displayName", null, "displayName"),
                Arguments.of("displayName", "   ", "displayName"),
                Arguments.of("displayName", "x".repeat(121), "displayName"),
                Arguments.of("headline", "x".repeat(201), "headline"),
                Arguments.of("bio", "x".repeat(5001), "bio"),
                Arguments.of("photoUrl", "javascript:alert(1)", "photoUrl"),
                Arguments.of("photoUrl", "ftp://example.org/p.jpg", "photoUrl"),
                // Photos are uploaded and served by us: an address on another host is refused (issue #14).
                Arguments.of("photoUrl", "https://images.example.org/p.jpg", "photoUrl"),
                Arguments.of("meetingUrl", "data:text/html,hi", "meetingUrl"),
                Arguments.of("specialties", List.of("astrology"), "specialties[0]"),
                Arguments.of("specialties", Collections.nCopies(11, "anxiety"), "specialties"),
                Arguments.of("approaches", List.of("hypnosis-ish"), "approaches[0]"),
                Arguments.of("languages", List.of("english"), "languages[0]"),
                Arguments.of("sessionFormats", List.of("telepathy"), "sessionFormats[0]"),
                Arguments.of("sessionFormats", "online", "sessionFormats"),
                Arguments.of("country", "Germany", "country"),
                Arguments.of("timeZone", "Europe/Atlantis", "timeZone"),
                Arguments.of("fee", Map.of("amount", -1, "currency", "EUR"), "fee.amount"),
                Arguments.of("fee", Map.of("amount", 10, "currency", "EURO"), "fee.currency"),
                Arguments.of("fee", Map.of("amount", "ten", "currency", "EUR"), "fee.amount"),
                Arguments.of("fee", Map.of("amount", 10.123, "currency", "EUR"), "fee.amount"),
                Arguments.of("yearsOfPractice", 81, "yearsOfPractice"),
                Arguments.of("yearsOfPractice", "many", "yearsOfPractice"),
                Arguments.of("licence", Map.of("number", "x".repeat(65)), "licence.number"),
                Arguments.of("status", "PUBLISHED", "status"),
                Arguments.of("id", "00000000-0000-4000-8000-000000000001", "id"),
                Arguments.of("accountId", "00000000-0000-4000-8000-000000000001", "accountId"));
    }

    @ParameterizedTest(name = "{0}={1} -> 400 naming {2}")
    @MethodSource("badFields")
    void bad_field_on_create_is_400_naming_it(String field, Object value, String reported) {
        Map<String, Object> body = Profiles.with(Profiles.complete("Dr. Valid"), field, value);
        TestUser.client().request().body(body).post("/api/specialists")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", hasItem(reported));
    }

    @ParameterizedTest(name = "{0}={1} -> 400 naming {2}")
    @MethodSource("badFields")
    void bad_field_on_update_is_400_and_changes_nothing(String field, Object value, String reported) {
        Specialists.Owned owned = owned();
        Map<String, Object> body = Profiles.with(Profiles.complete("Dr. Changed"), field, value);
        owned.owner().request().body(body).put("/api/specialists/" + owned.id())
                .then().statusCode(400).body("errors.field", hasItem(reported));
        owned.owner().request().get("/api/specialists/" + owned.id()).then().body("displayName", equalTo("Dr. Valid"));
    }

    @Test
    void in_person_sessions_need_a_city() {
        Map<String, Object> body = Profiles.with(Profiles.complete("Dr. Nowhere"), "city", null);
        TestUser.client().request().body(body).post("/api/specialists")
                .then().statusCode(400).body("errors.field", hasItem("city"));
    }

    @Test
    void malformed_json_is_400_without_internals() {
        TestUser.client().request().body("{\"displayName\": ").post("/api/specialists")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/malformed-json"))
                .body(not(containsString("jackson")))
                .body(not(containsString("Exception")));
    }

    @Test
    void missing_body_is_400() {
        TestUser.client().request().post("/api/specialists").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void wrong_content_type_is_415() {
        TestUser.client().request().contentType(ContentType.TEXT).body("displayName=x").post("/api/specialists")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void body_over_the_limit_is_413() {
        Map<String, Object> body = Profiles.with(Profiles.complete("Dr. Huge"), "bio", "x".repeat(70_000));
        TestUser.client().request().body(body).post("/api/specialists").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void unknown_enum_in_query_and_wrong_method_are_problems() {
        TestUser.anonymous().delete("/api/taxonomy").then().statusCode(405).contentType("application/problem+json");
    }

    private static Specialists.Owned owned() {
        if (existing == null) {
            existing = Specialists.draft(Profiles.complete("Dr. Valid"));
        }
        return existing;
    }
}
