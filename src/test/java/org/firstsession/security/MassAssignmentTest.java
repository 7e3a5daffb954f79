package org.firstsession.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Writes that try to set ids, owners, status, verification or featured flags are rejected (400 naming
 * the field), and the stored object is unchanged.
 */
@QuarkusTest
class MassAssignmentTest {

    static Stream<Arguments> profileFields() {
        return Stream.of(Arguments.of("id", "00000000-0000-4000-8000-000000000001"),
                Arguments.of("accountId", "00000000-0000-4000-8000-000000000001"),
                Arguments.of("status", "PUBLISHED"), Arguments.of("verified", true), Arguments.of("featured", true),
                Arguments.of("suspended", false), Arguments.of("verificationStatus", "VERIFIED"),
                Arguments.of("featuredUntil", "2030-01-01T00:00:00Z"), Arguments.of("publishedAt", "2020-01-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "profile {0}")
    @MethodSource("profileFields")
    void a_profile_write_cannot_set_protected_fields(String field, Object value) {
        Specialists.Owned draft = Specialists.draft(Profiles.complete("Dr. Mass"));
        Map<String, Object> body = new HashMap<>(Profiles.complete("Dr. Changed"));
        body.put(field, value);
        draft.owner().request().body(body).put("/api/specialists/" + draft.id()).then().statusCode(400)
                .body("errors.field", hasItem(field));
        draft.owner().request().get("/api/specialists/" + draft.id()).then().statusCode(200)
                .body("displayName", equalTo("Dr. Mass")).body("status", equalTo("DRAFT"))
                .body("verified", equalTo(false));
    }

    static Stream<Arguments> bookingFields() {
        return Stream.of(Arguments.of("status", "COMPLETED"), Arguments.of("clientId", "00000000-0000-4000-8000-000000000001"),
                Arguments.of("specialistId", "00000000-0000-4000-8000-000000000001"), Arguments.of("sequence", 7),
                Arguments.of("startsAt", "2030-01-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "booking {0}")
    @MethodSource("bookingFields")
    void a_booking_request_cannot_set_protected_fields(String field, Object value) {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Mass Booking"));
        String slot = Slots.offer(s, Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofHours(9)));
        Map<String, Object> body = new HashMap<>(Map.of("slotId", slot, "consentVersion", "2026-11"));
        body.put(field, value);
        TestUser client = TestUser.client();
        client.request().body(body).post("/api/bookings").then().statusCode(400).body("errors.field", hasItem(field));
        client.request().get("/api/bookings").then().body("total", equalTo(0));
    }
}
