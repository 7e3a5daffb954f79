package org.firstsession.admin;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import org.firstsession.testsupport.AccessMatrix;
import org.firstsession.testsupport.AccessMatrix.Row;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/** Every admin endpoint: anonymous 401, client and specialist 403, admin allowed. */
@QuarkusTest
class AdminAccessMatrixTest {

    enum Caller { ANONYMOUS, CLIENT, SPECIALIST, ADMIN }

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Stream<Arguments> rows() {
        String today = LocalDate.now().toString();
        return AccessMatrix.cells(Caller.values(),
                new Row("GET", "/api/admin/specialists", null, 401, 403, 403, 200),
                new Row("PUT", "/api/admin/specialists/{id}/featured", "{\"featured\":false}", 401, 403, 403, 200),
                new Row("PUT", "/api/admin/specialists/{id}/verification",
                        "{\"status\":\"REJECTED\",\"checkedOn\":\"" + today + "\"}", 401, 403, 403, 200),
                new Row("POST", "/api/admin/specialists/{id}/suspend", "{\"reason\":\"test\"}", 401, 403, 403, 200),
                new Row("POST", "/api/admin/specialists/{id}/reinstate", null, 401, 403, 403, 409),
                new Row("GET", "/api/admin/reports", null, 401, 403, 403, 200),
                new Row("GET", "/api/admin/reports/00000000-0000-4000-8000-000000000000", null, 401, 403, 403, 404),
                new Row("POST", "/api/admin/reports/00000000-0000-4000-8000-000000000000/resolve", "{}", 401, 403, 403, 404),
                new Row("GET", "/api/admin/audit", null, 401, 403, 403, 200),
                new Row("GET", "/api/admin/stats", null, 401, 403, 403, 200),
                new Row("GET", "/api/admin/emails?status=PENDING", null, 401, 403, 403, 200),
                new Row("POST", "/api/admin/emails/00000000-0000-4000-8000-000000000000/retry", null, 401, 403, 403, 404),
                new Row("POST", "/api/admin/emails/retry", null, 401, 403, 403, 200));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rows")
    void access_rule(Row row, Caller caller) {
        Specialists.Owned target = Specialists.published(Profiles.complete("Admin Target"));
        TestUser user = switch (caller) {
            case ANONYMOUS -> null;
            case CLIENT -> TestUser.client();
            case SPECIALIST -> target.owner();
            case ADMIN -> TestUser.admin();
        };
        ValidatableResponse response = AccessMatrix.call(row, caller, user, Map.of("id", target.id()));
        if (row.expectedFor(caller) < 400) {
            response.contentType("application/json");
        }
    }
}
