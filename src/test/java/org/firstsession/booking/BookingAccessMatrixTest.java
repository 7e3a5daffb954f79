package org.firstsession.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Stream;

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
 * Who may call the slot and booking endpoints. Callers: anonymous, a stranger (logged-in client with no
 * part in it), the booking's client, the specialist (owner of the profile, slot and booking), another
 * specialist, and an admin. Fresh data per row.
 */
@QuarkusTest
class BookingAccessMatrixTest {

    enum Caller { ANONYMOUS, STRANGER, CLIENT, SPECIALIST, OTHER_SPECIALIST, ADMIN }

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Stream<Arguments> rows() {
        return AccessMatrix.cells(Caller.values(),
                new Row("GET", "/api/specialists/{specialist}/slots", null, 200, 200, 200, 200, 200, 200),
                new Row("POST", "/api/specialists/{specialist}/slots", "{\"startsAt\":\"{free}\"}", 401, 403, 403, 201, 403, 403),
                new Row("GET", "/api/me/slots", null, 401, 404, 404, 200, 200, 404),
                new Row("DELETE", "/api/slots/{openSlot}", null, 401, 404, 404, 204, 404, 404),
                new Row("DELETE", "/api/slots/{bookedSlot}", null, 401, 404, 404, 409, 404, 404),
                // The booking's client already holds one upcoming consultation with this specialist: 409.
                new Row("POST", "/api/bookings", "{\"slotId\":\"{openSlot}\",\"consentVersion\":\"2026-11\"}", 401, 201, 409, 422, 201, 201),
                new Row("GET", "/api/bookings", null, 401, 200, 200, 200, 200, 200),
                new Row("GET", "/api/bookings/{booking}", null, 401, 404, 200, 200, 404, 404),
                new Row("GET", "/api/bookings/{booking}/calendar.ics", null, "text/calendar", 401, 404, 200, 200, 404, 404),
                new Row("POST", "/api/bookings/{booking}/cancel", "{\"reason\":\"r\"}", 401, 404, 200, 200, 404, 404),
                new Row("POST", "/api/bookings/{booking}/reschedule", "{\"slotId\":\"{openSlot}\"}", 401, 404, 200, 403, 404, 404),
                new Row("POST", "/api/bookings/{booking}/complete", null, 401, 404, 403, 409, 404, 404),
                new Row("POST", "/api/bookings/{booking}/no-show", null, 401, 404, 403, 409, 404, 404));
    }

    private static Instant inDays(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rows")
    void access_rule(Row row, Caller caller) {
        Specialists.Owned specialist = Specialists.published(Profiles.complete("Matrix Specialist"));
        TestUser client = TestUser.client();
        String bookedSlot = Slots.offer(specialist, inDays(3, 9));
        String booking = client.request().body(Map.of("slotId", bookedSlot, "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201).extract().path("id");
        String openSlot = Slots.offer(specialist, inDays(4, 9));
        TestUser other = Specialists.published(Profiles.complete("Other Specialist")).owner();

        TestUser user = switch (caller) {
            case ANONYMOUS -> null;
            case STRANGER -> TestUser.client();
            case CLIENT -> client;
            case SPECIALIST -> specialist.owner();
            case OTHER_SPECIALIST -> other;
            case ADMIN -> TestUser.admin();
        };
        AccessMatrix.call(row, caller, user, Map.of("specialist", specialist.id(), "openSlot", openSlot,
                "bookedSlot", bookedSlot, "booking", booking, "free", inDays(5, 9).toString()));
    }
}
