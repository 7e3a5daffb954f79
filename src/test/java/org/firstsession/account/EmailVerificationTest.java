package org.firstsession.account;

import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/**
 * Anything that emails other people needs a verified address ({@code email_verified: true}): booking, messaging,
 * contact, asking a question. Reading, searching and one's own profile stay open to everyone logged in.
 */
@QuarkusTest
class EmailVerificationTest {

    private static final String TYPE = "https://firstsession.org/problems/email-not-verified";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Instant inDays(int days) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(10));
    }

    private static void refusedAsUnverified(ValidatableResponse response) {
        response.statusCode(403).contentType("application/problem+json").body("type", equalTo(TYPE))
                .body("status", equalTo(403));
    }

    @Test
    void an_unverified_person_cannot_book_and_nothing_is_booked() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Verify Booking Specialist"));
        String slot = Slots.offer(s, inDays(4));
        TestUser unverified = TestUser.unverifiedClient();
        refusedAsUnverified(unverified.request().body(Map.of("slotId", slot, "consentVersion", "2026-11"))
                .post("/api/bookings").then());
        unverified.request().get("/api/bookings?as=client").then().statusCode(200).body("total", equalTo(0));
        // The slot is still open: a verified client books it.
        TestUser.client().request().body(Map.of("slotId", slot, "consentVersion", "2026-11")).post("/api/bookings")
                .then().statusCode(201);
    }

    @Test
    void an_unverified_person_cannot_start_or_continue_a_conversation() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Verify Messaging Specialist"));
        TestUser unverified = TestUser.unverifiedClient();
        refusedAsUnverified(unverified.request().body(Map.of("specialistId", s.id(), "text", "Hello, are you available?"))
                .post("/api/conversations").then());
        unverified.request().get("/api/conversations").then().statusCode(200).body("total", equalTo(0));

        // A specialist whose address is unverified cannot reply in a conversation a client opened either.
        TestUser client = TestUser.client();
        String conversation = client.request().body(Map.of("specialistId", s.id(), "text", "Hello there"))
                .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
        TestUser unverifiedOwner = new TestUser(s.owner().subject(), s.owner().name(), s.owner().email(),
                org.firstsession.testsupport.Tokens.forSubject(s.owner().subject()).name(s.owner().name())
                        .email(s.owner().email()).emailVerified(false).sign());
        refusedAsUnverified(unverifiedOwner.request().body(Map.of("text", "Happy to help"))
                .post("/api/conversations/" + conversation + "/messages").then());
        unverifiedOwner.request().get("/api/conversations/" + conversation + "/messages").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void an_unverified_person_cannot_contact_the_staff_or_ask_a_question() {
        TestUser unverified = TestUser.unverifiedClient();
        refusedAsUnverified(unverified.request().body(Map.of("subject", "Hello", "message", "A question for the staff"))
                .post("/api/contact").then());
        refusedAsUnverified(unverified.request()
                .body(Map.of("title", "How do I start therapy?", "body", "Where do I begin?", "topic", "general"))
                .post("/api/questions").then());
        unverified.request().get("/api/me/export").then().statusCode(200)
                .body("contactRequests.size()", equalTo(0)).body("questions.size()", equalTo(0));
    }

    @Test
    void reading_searching_and_ones_own_profile_stay_open() {
        TestUser unverified = TestUser.unverifiedClient();
        unverified.request().get("/api/me").then().statusCode(200).body("email", equalTo(unverified.email()));
        unverified.request().body(Map.of("timeZone", "Europe/Berlin")).put("/api/me").then().statusCode(204);
        unverified.request().get("/api/specialists?q=anxiety").then().statusCode(200);
        unverified.request().get("/api/questions").then().statusCode(200);
        String id = unverified.request().body(Profiles.complete("Unverified Own Profile")).post("/api/specialists")
                .then().statusCode(201).extract().path("id");
        unverified.request().body(Profiles.complete("Unverified Own Profile Edited")).put("/api/specialists/" + id)
                .then().statusCode(204);
        unverified.request().get("/api/specialists/" + id).then().statusCode(200)
                .body("displayName", equalTo("Unverified Own Profile Edited"));
    }

    @Test
    void anonymous_callers_still_get_401_before_the_verification_rule() {
        TestUser.anonymous().body(Map.of("subject", "Hello", "message", "Hi")).post("/api/contact").then().statusCode(401);
        TestUser.anonymous().body(Map.of("specialistId", "00000000-0000-4000-8000-000000000001", "text", "Hi"))
                .post("/api/conversations").then().statusCode(401);
    }
}
