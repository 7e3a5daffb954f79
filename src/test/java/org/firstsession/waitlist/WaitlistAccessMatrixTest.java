package org.firstsession.waitlist;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.firstsession.testsupport.AccessMatrix;
import org.firstsession.testsupport.AccessMatrix.Row;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Who may call the waitlist and time-off endpoints. Callers: anonymous, the waiting client (owner of the
 * entry and the offer), another client, the specialist (owner of the profile), an admin. Fresh data per cell.
 */
@QuarkusTest
class WaitlistAccessMatrixTest {

    enum Caller { ANONYMOUS, CLIENT, OTHER_CLIENT, SPECIALIST, ADMIN }

    @Inject
    WaitlistOffers offers;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Stream<Arguments> rows() {
        return AccessMatrix.cells(Caller.values(),
                // The client is already on this waitlist (409); the specialist cannot join their own (422).
                new Row("POST", "/api/specialists/{specialist}/waitlist", "{}", 401, 409, 201, 422, 201),
                new Row("GET", "/api/me/waitlist", null, 401, 200, 200, 200, 200),
                new Row("GET", "/api/waitlist/{entry}", null, 401, 200, 404, 404, 404),
                new Row("DELETE", "/api/waitlist/{entry}", null, 401, 204, 404, 404, 404),
                new Row("GET", "/api/me/waitlist/offers", null, 401, 200, 200, 200, 200),
                new Row("POST", "/api/waitlist/offers/{offer}/accept", "{\"consentVersion\":\"2026-11\"}", 401, 201, 404, 404, 404),
                new Row("POST", "/api/waitlist/offers/{offer}/decline", null, 401, 200, 404, 404, 404),
                // Time off is the caller's own: without a profile there is none (404).
                new Row("POST", "/api/me/time-off", "{\"from\":\"{day}\",\"to\":\"{day}\"}", 401, 404, 404, 201, 404),
                new Row("GET", "/api/me/time-off", null, 401, 404, 404, 200, 404),
                new Row("GET", "/api/me/time-off/{timeOff}", null, 401, 404, 404, 200, 404),
                new Row("DELETE", "/api/me/time-off/{timeOff}", null, 401, 404, 404, 204, 404));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rows")
    void access_rule(Row row, Caller caller) {
        Specialists.Owned specialist = Specialists.published(Profiles.complete("Matrix Waitlist"));
        TestUser client = TestUser.client();
        String entry = Waitlists.join(specialist, client);
        Slots.offer(specialist, Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(4)).plus(Duration.ofHours(9)));
        offers.run();
        List<String> open = Waitlists.openOffers(client);
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).plusDays(20).toString();
        String timeOff = specialist.owner().request().body(Map.of("from", day, "to", day)).post("/api/me/time-off")
                .then().statusCode(201).extract().path("id");
        TestUser user = switch (caller) {
            case ANONYMOUS -> null;
            case CLIENT -> client;
            case OTHER_CLIENT -> TestUser.client();
            case SPECIALIST -> specialist.owner();
            case ADMIN -> TestUser.admin();
        };
        AccessMatrix.call(row, caller, user, Map.of("specialist", specialist.id(), "entry", entry, "offer", open.get(0),
                "timeOff", timeOff, "day", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).plusDays(30).toString()));
    }
}
