package org.firstsession.contact;

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
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Who may call the contact endpoints: anyone logged in sends; only the admin role reads and closes.
 * Each cell is the status that caller must get; every refusal is problem+json. Fresh data per row.
 */
@QuarkusTest
class ContactAccessMatrixTest {

    enum Caller { ANONYMOUS, CLIENT, SPECIALIST, ADMIN }

    /** Expected statuses in Caller order. */
    record Row(String method, String path, String body, int... expected) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000001";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Stream<Arguments> rows() {
        String request = "{\"subject\":\"Matrix\",\"message\":\"Hello\"}";
        return Stream.of(
                new Row("POST", "/api/contact", request, 401, 201, 201, 201),
                new Row("GET", "/api/admin/contact", null, 401, 403, 403, 200),
                new Row("GET", "/api/admin/contact?status=OPEN", null, 401, 403, 403, 200),
                new Row("GET", "/api/admin/contact/{request}", null, 401, 403, 403, 200),
                new Row("GET", "/api/admin/contact/" + UNKNOWN, null, 401, 403, 403, 404),
                new Row("POST", "/api/admin/contact/{request}/close", null, 401, 403, 403, 200),
                new Row("POST", "/api/admin/contact/" + UNKNOWN + "/close", null, 401, 403, 403, 404))
                .flatMap(row -> Stream.of(Caller.values()).map(caller -> Arguments.of(row, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rows")
    void access_rule(Row row, Caller caller) {
        String contact = TestUser.client().request().body("{\"subject\":\"Seed\",\"message\":\"Seed\"}")
                .post("/api/contact").then().statusCode(201).extract().path("id");
        TestUser specialist = Specialists.draft(Profiles.complete("Contact Specialist")).owner();

        RequestSpecification request = switch (caller) {
            case ANONYMOUS -> given();
            case CLIENT -> given().auth().oauth2(TestUser.client().token());
            case SPECIALIST -> given().auth().oauth2(specialist.token());
            case ADMIN -> given().auth().oauth2(TestUser.admin().token());
        };
        request.contentType(ContentType.JSON).accept(ContentType.JSON);
        if (row.body() != null) {
            request.body(row.body());
        }
        int expected = row.expected()[caller.ordinal()];
        ValidatableResponse response = request.request(row.method(), row.path().replace("{request}", contact))
                .then().statusCode(expected);
        if (expected >= 400) {
            response.contentType("application/problem+json");
        }
    }
}
