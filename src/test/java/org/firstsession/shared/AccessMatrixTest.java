package org.firstsession.shared;

import static io.restassured.RestAssured.given;

import java.util.stream.Stream;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Who may call what: every endpoint of the foundation, called by an anonymous visitor, a client, the
 * owner of the profile in question, another specialist and an admin. Each cell is the status that
 * caller must get. Profiles are made fresh per row so that one row's writes cannot change another's.
 */
@QuarkusTest
class AccessMatrixTest {

    enum Caller { ANONYMOUS, CLIENT, OWNER, OTHER_SPECIALIST, ADMIN }

    /** Expected statuses in Caller order. */
    record Row(String method, String path, String body, int... expected) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }


    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                new Row("GET", "/api/me", null, 401, 200, 200, 200, 200),
                new Row("PUT", "/api/me", "{\"timeZone\":\"Europe/Vienna\"}", 401, 204, 204, 204, 204),
                new Row("GET", "/api/taxonomy", null, 200, 200, 200, 200, 200),
                new Row("GET", "/api/specialists", null, 200, 200, 200, 200, 200),
                // The owner and the other specialist already have a profile: one per account.
                new Row("POST", "/api/specialists", "profile", 401, 201, 409, 409, 201),
                new Row("GET", "/api/specialists/{draft}", null, 404, 404, 200, 404, 404),
                new Row("GET", "/api/specialists/{published}", null, 200, 200, 200, 200, 200),
                new Row("PUT", "/api/specialists/{draft}", "profile", 401, 404, 204, 404, 404),
                new Row("PUT", "/api/specialists/{published}", "profile", 401, 403, 204, 403, 403),
                new Row("POST", "/api/specialists/{draft}/publish", null, 401, 404, 200, 404, 404),
                new Row("POST", "/api/specialists/{published}/publish", null, 401, 403, 200, 403, 403),
                new Row("POST", "/api/specialists/{published}/unpublish", null, 401, 403, 200, 403, 403),
                new Row("POST", "/api/specialists/{draft}/unpublish", null, 401, 404, 409, 404, 404))
                .flatMap(row -> Stream.of(Caller.values()).map(caller -> Arguments.of(row, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rows")
    void access_rule(Row row, Caller caller) {
        Specialists.Owned draft = Specialists.draft(Profiles.complete("Matrix Draft"));
        Specialists.Owned published = Specialists.published(Profiles.complete("Matrix Published"));
        Specialists.Owned owned = row.path().contains("{draft}") ? draft : published;
        TestUser other = Specialists.draft(Profiles.complete("Other Specialist")).owner();

        RequestSpecification request = switch (caller) {
            case ANONYMOUS -> given();
            case CLIENT -> given().auth().oauth2(TestUser.client().token());
            case OWNER -> given().auth().oauth2(owned.owner().token());
            case OTHER_SPECIALIST -> given().auth().oauth2(other.token());
            case ADMIN -> given().auth().oauth2(TestUser.admin().token());
        };
        request.contentType(ContentType.JSON).accept(ContentType.JSON);
        if (row.body() != null) {
            request.body(row.body().equals("profile") ? Profiles.complete("Matrix Edit") : row.body());
        }
        String path = row.path().replace("{draft}", draft.id()).replace("{published}", published.id());
        request.request(row.method(), path).then().statusCode(row.expected()[caller.ordinal()]);
    }

}
