package org.firstsession.admin;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
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

/** Every admin endpoint: anonymous 401, client and specialist 403, admin allowed. */
@QuarkusTest
class AdminAccessMatrixTest {

    enum Caller { ANONYMOUS, CLIENT, SPECIALIST, ADMIN }

    record Row(String method, String path, String body, int adminStatus) {
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
        String today = LocalDate.now().toString();
        return Stream.of(
                new Row("GET", "/api/admin/specialists", null, 200),
                new Row("PUT", "/api/admin/specialists/{id}/featured", "{\"featured\":false}", 200),
                new Row("PUT", "/api/admin/specialists/{id}/verification",
                        "{\"status\":\"REJECTED\",\"checkedOn\":\"" + today + "\"}", 200),
                new Row("POST", "/api/admin/specialists/{id}/suspend", "{\"reason\":\"test\"}", 200),
                new Row("POST", "/api/admin/specialists/{id}/reinstate", null, 409),
                new Row("GET", "/api/admin/reports", null, 200),
                new Row("GET", "/api/admin/reports/00000000-0000-4000-8000-000000000000", null, 404),
                new Row("POST", "/api/admin/reports/00000000-0000-4000-8000-000000000000/resolve", "{}", 404),
                new Row("GET", "/api/admin/audit", null, 200),
                new Row("GET", "/api/admin/stats", null, 200),
                new Row("GET", "/api/admin/emails?status=PENDING", null, 200),
                new Row("POST", "/api/admin/emails/00000000-0000-4000-8000-000000000000/retry", null, 404),
                new Row("POST", "/api/admin/emails/retry", null, 200))
                .flatMap(row -> Stream.of(Caller.values()).map(caller -> Arguments.of(row, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rows")
    void access_rule(Row row, Caller caller) {
        Specialists.Owned target = Specialists.published(Profiles.complete("Admin Target"));
        RequestSpecification request = switch (caller) {
            case ANONYMOUS -> given();
            case CLIENT -> given().auth().oauth2(TestUser.client().token());
            case SPECIALIST -> given().auth().oauth2(target.owner().token());
            case ADMIN -> given().auth().oauth2(TestUser.admin().token());
        };
        request.contentType(ContentType.JSON).accept(ContentType.JSON);
        if (row.body() != null) {
            request.body(row.body());
        }
        int expected = switch (caller) {
            case ANONYMOUS -> 401;
            case CLIENT, SPECIALIST -> 403;
            case ADMIN -> row.adminStatus();
        };
        request.request(row.method(), row.path().replace("{id}", target.id())).then().statusCode(expected)
                .contentType(expected >= 400 ? "application/problem+json" : "application/json");
    }
}
