package org.firstsession.booking;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Stream;

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
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Who may call the slot and booking endpoints. Callers: anonymous, a stranger (logged-in client with no
 * part in it), the booking's client, the specialist (owner of the profile, slot and booking), another
 * specialist, and an admin. Fresh data per row.
 */
@QuarkusTest
class BookingAccessMatrixTest {

    enum Caller { ANONYMOUS, STRANGER, CLIENT, SPECIALIST, OTHER_SPECIALIST, ADMIN }

    record Row(String method, String path, String body, String accept, int... expected) {
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
        String json = "application/json";
        return Stream.of(
                new Row("GET", "/api/specialists/{specialist}/slots", null, json, 200, 200, 200, 200, 200, 200),
                new Row("POST", "/api/specialists/{specialist}/slots", "{\"startsAt\":\"{free}\"}", json, 401, 403, 403, 201, 403, 403),
                new Row("GET", "/api/me/slots", null, json, 401, 404, 404, 200, 200, 404),
                new Row("DELETE", "/api/slots/{openSlot}", null, json, 401, 404, 404, 204, 404, 404),
                new Row("DELETE", "/api/slots/{bookedSlot}", null, json, 401, 404, 404, 409, 404, 404),
                // The booking's client already holds one upcoming consultation with this specialist: 409.
                new Row("POST", "/api/bookings", "{\"slotId\":\"{openSlot}\",\"consentVersion\":\"2026-11\"}", json, 401, 201, 409, 422, 201, 201),
                new Row("GET", "/api/bookings", null, json, 401, 200, 200, 200, 200, 200),
                new Row("GET", "/api/bookings/{booking}", null, json, 401, 404, 200, 200, 404, 404),
                new Row("GET", "/api/bookings/{booking}/calendar.ics", null, "text/calendar", 401, 404, 200, 200, 404, 404),
                new Row("POST", "/api/bookings/{booking}/cancel", "{\"reason\":\"r\"}", json, 401, 404, 200, 200, 404, 404),
                new Row("POST", "/api/bookings/{booking}/reschedule", "{\"slotId\":\"{openSlot}\"}", json, 401, 404, 200, 403, 404, 404),
                new Row("POST", "/api/bookings/{booking}/complete", null, json, 401, 404, 403, 409, 404, 404),
                new Row("POST", "/api/bookings/{booking}/no-show", null, json, 401, 404, 403, 409, 404, 404))
                .flatMap(row -> Stream.of(Caller.values()).map(caller -> Arguments.of(row, caller)));
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

        RequestSpecification request = switch (caller) {
            case ANONYMOUS -> given();
            case STRANGER -> given().auth().oauth2(TestUser.client().token());
            case CLIENT -> given().auth().oauth2(client.token());
            case SPECIALIST -> given().auth().oauth2(specialist.owner().token());
            case OTHER_SPECIALIST -> given().auth().oauth2(other.token());
            case ADMIN -> given().auth().oauth2(TestUser.admin().token());
        };
        request.contentType(ContentType.JSON).accept(row.accept());
        String free = inDays(5, 9).toString();
        if (row.body() != null) {
            request.body(row.body().replace("{openSlot}", openSlot).replace("{free}", free));
        }
        String path = row.path().replace("{specialist}", specialist.id()).replace("{openSlot}", openSlot)
                .replace("{bookedSlot}", bookedSlot).replace("{booking}", booking);
        request.request(row.method(), path).then().statusCode(row.expected()[caller.ordinal()]);
    }
}
