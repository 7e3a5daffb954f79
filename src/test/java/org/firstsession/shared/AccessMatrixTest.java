package org.firstsession.shared;

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
 * Who may call what: every endpoint of the foundation, called by an anonymous visitor, a client, the
 * owner of the profile in question, another specialist and an admin. Each cell is the status that
 * caller must get. Profiles are made fresh per row so that one row's writes cannot change another's.
 */
@QuarkusTest
class AccessMatrixTest {

    enum Caller { ANONYMOUS, CLIENT, OWNER, OTHER_SPECIALIST, ADMIN }

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Stream<Arguments> rows() {
        Map<String, Object> profile = Profiles.complete("Matrix Edit");
        return AccessMatrix.cells(Caller.values(),
                new Row("GET", "/api/me", null, 401, 200, 200, 200, 200),
                new Row("PUT", "/api/me", "{\"timeZone\":\"Europe/Vienna\"}", 401, 204, 204, 204, 204),
                new Row("GET", "/api/taxonomy", null, 200, 200, 200, 200, 200),
                new Row("GET", "/api/specialists", null, 200, 200, 200, 200, 200),
                // The owner and the other specialist already have a profile: one per account.
                new Row("POST", "/api/specialists", profile, 401, 201, 409, 409, 201),
                new Row("GET", "/api/specialists/{draft}", null, 404, 404, 200, 404, 404),
                new Row("GET", "/api/specialists/{published}", null, 200, 200, 200, 200, 200),
                new Row("PUT", "/api/specialists/{draft}", profile, 401, 404, 204, 404, 404),
                new Row("PUT", "/api/specialists/{published}", profile, 401, 403, 204, 403, 403),
                new Row("POST", "/api/specialists/{draft}/publish", null, 401, 404, 200, 404, 404),
                new Row("POST", "/api/specialists/{published}/publish", null, 401, 403, 200, 403, 403),
                new Row("POST", "/api/specialists/{published}/unpublish", null, 401, 403, 200, 403, 403),
                new Row("POST", "/api/specialists/{draft}/unpublish", null, 401, 404, 409, 404, 404));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rows")
    void access_rule(Row row, Caller caller) {
        Specialists.Owned draft = Specialists.draft(Profiles.complete("Matrix Draft"));
        Specialists.Owned published = Specialists.published(Profiles.complete("Matrix Published"));
        Specialists.Owned owned = row.path().contains("{draft}") ? draft : published;
        TestUser other = Specialists.draft(Profiles.complete("Other Specialist")).owner();

        TestUser user = switch (caller) {
            case ANONYMOUS -> null;
            case CLIENT -> TestUser.client();
            case OWNER -> owned.owner();
            case OTHER_SPECIALIST -> other;
            case ADMIN -> TestUser.admin();
        };
        AccessMatrix.call(row, caller, user, Map.of("draft", draft.id(), "published", published.id()));
    }
}
