package org.firstsession.contact;

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

/**
 * Who may call the contact endpoints: anyone logged in sends; only the admin role reads and closes.
 * Each cell is the status that caller must get; every refusal is problem+json. Fresh data per row.
 */
@QuarkusTest
class ContactAccessMatrixTest {

    enum Caller { ANONYMOUS, CLIENT, SPECIALIST, ADMIN }

    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000001";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Stream<Arguments> rows() {
        String request = "{\"subject\":\"Matrix\",\"message\":\"Hello\"}";
        return AccessMatrix.cells(Caller.values(),
                new Row("POST", "/api/contact", request, 401, 201, 201, 201),
                new Row("GET", "/api/admin/contact", null, 401, 403, 403, 200),
                new Row("GET", "/api/admin/contact?status=OPEN", null, 401, 403, 403, 200),
                new Row("GET", "/api/admin/contact/{request}", null, 401, 403, 403, 200),
                new Row("GET", "/api/admin/contact/" + UNKNOWN, null, 401, 403, 403, 404),
                new Row("POST", "/api/admin/contact/{request}/close", null, 401, 403, 403, 200),
                new Row("POST", "/api/admin/contact/" + UNKNOWN + "/close", null, 401, 403, 403, 404));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rows")
    void access_rule(Row row, Caller caller) {
        String contact = TestUser.client().request().body("{\"subject\":\"Seed\",\"message\":\"Seed\"}")
                .post("/api/contact").then().statusCode(201).extract().path("id");
        TestUser specialist = Specialists.draft(Profiles.complete("Contact Specialist")).owner();

        TestUser user = switch (caller) {
            case ANONYMOUS -> null;
            case CLIENT -> TestUser.client();
            case SPECIALIST -> specialist;
            case ADMIN -> TestUser.admin();
        };
        AccessMatrix.call(row, caller, user, Map.of("request", contact));
    }
}
