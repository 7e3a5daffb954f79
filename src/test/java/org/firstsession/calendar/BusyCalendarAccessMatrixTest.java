package org.firstsession.calendar;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.firstsession.testsupport.AccessMatrix;
import org.firstsession.testsupport.AccessMatrix.Row;
import org.firstsession.testsupport.IcsTestServer;
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
 * Who may use busy calendars: an anonymous visitor (401), a client without a specialist profile (403
 * {@code not-a-specialist}), the owner, another specialist (sees only their own list; someone else's
 * calendar is 404) and an admin without a profile (403). Fresh data per cell.
 */
@QuarkusTest
class BusyCalendarAccessMatrixTest {

    enum Caller { ANONYMOUS, CLIENT, OWNER, OTHER_SPECIALIST, ADMIN }

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Stream<Arguments> rows() {
        return AccessMatrix.cells(Caller.values(),
                new Row("GET", "/api/me/busy-calendars", null, 401, 403, 200, 200, 403),
                new Row("POST", "/api/me/busy-calendars", "{\"url\":\"{url}\",\"label\":\"Work\"}", 401, 403, 201, 201, 403),
                new Row("DELETE", "/api/me/busy-calendars/{calendar}", null, 401, 403, 204, 404, 403));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rows")
    void access_rule(Row row, Caller caller) {
        Specialists.Owned owner = Specialists.published(Profiles.complete("Matrix Busy Owner"));
        String calendar = owner.owner().request()
                .body(Map.of("url", IcsTestServer.url("/cal/matrix-" + UUID.randomUUID() + ".ics"), "label", "Mine"))
                .post("/api/me/busy-calendars").then().statusCode(201).extract().path("id");
        TestUser user = switch (caller) {
            case ANONYMOUS -> null;
            case CLIENT -> TestUser.client();
            case OWNER -> owner.owner();
            case OTHER_SPECIALIST -> Specialists.published(Profiles.complete("Matrix Busy Other")).owner();
            case ADMIN -> TestUser.admin();
        };
        AccessMatrix.call(row, caller, user, Map.of("calendar", calendar,
                "url", IcsTestServer.url("/cal/matrix-" + UUID.randomUUID() + ".ics")));
    }
}
