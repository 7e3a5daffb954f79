package org.firstsession.directory;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.firstsession.directory.opensearch.SearchIndexer;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The directory knows about free consultations: filter, next free slot, soonest first. On PostgreSQL here,
 * on OpenSearch in {@link DirectoryAvailabilityOnOpenSearchTest} (the same tests).
 */
@QuarkusTest
class DirectoryAvailabilityTest {

    @Inject
    SearchIndexer index;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Instant inDays(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    @Test
    void free_consultation_filter_next_free_slot_and_soonest_order() {
        String city = "Slotville-" + UUID.randomUUID().toString().substring(0, 8);
        Specialists.Owned soon = Specialists.published(Profiles.with(Profiles.complete("Zoe Soon"), "city", city));
        Specialists.Owned later = Specialists.published(Profiles.with(Profiles.complete("Adam Later"), "city", city));
        Specialists.Owned far = Specialists.published(Profiles.with(Profiles.complete("Mia Far"), "city", city));
        Specialists.Owned booked = Specialists.published(Profiles.with(Profiles.complete("Ben Booked"), "city", city));
        Specialists.Owned none = Specialists.published(Profiles.with(Profiles.complete("Nora None"), "city", city));

        Instant soonStart = inDays(2, 9);
        Slots.offer(soon, soonStart);
        Slots.offer(soon, inDays(5, 9));
        Instant laterStart = inDays(6, 9);
        Slots.offer(later, laterStart);
        Instant farStart = inDays(20, 9); // beyond the 14-day window, within the booking horizon
        Slots.offer(far, farStart);
        String onlySlot = Slots.offer(booked, inDays(3, 9));
        TestUser.client().request().body(Map.of("slotId", onlySlot, "consentVersion", "2026-11")).post("/api/bookings").then().statusCode(201);
        // A slot too close to book (inside the 2-hour notice) does not count.
        Slots.offer(none, Instant.now().plus(Duration.ofMinutes(30)));
        index.catchUp();

        TestUser.anonymous().queryParam("city", city).queryParam("freeConsultation", true).get("/api/specialists")
                .then().statusCode(200)
                .body("items.displayName", contains("Adam Later", "Zoe Soon"));
        TestUser.anonymous().queryParam("city", city).queryParam("sort", "soonest").get("/api/specialists")
                .then().statusCode(200)
                .body("items.displayName", contains("Zoe Soon", "Adam Later", "Mia Far", "Ben Booked", "Nora None"))
                .body("items[0].nextFreeSlot", equalTo(soonStart.toString()))
                .body("items[1].nextFreeSlot", equalTo(laterStart.toString()))
                .body("items[2].nextFreeSlot", equalTo(farStart.toString()))
                .body("items[3].nextFreeSlot", nullValue())
                .body("items[4].nextFreeSlot", nullValue());
        TestUser.anonymous().queryParam("freeConsultation", "maybe").get("/api/specialists")
                .then().statusCode(400).body("errors.field", hasItem("freeConsultation"));
    }

    @Test
    void a_slot_held_for_the_waitlist_is_not_free_and_waitlist_open_lists_who_has_no_bookable_slot() {
        String city = "Holdville-" + UUID.randomUUID().toString().substring(0, 8);
        Specialists.Owned held = Specialists.published(Profiles.with(Profiles.complete("Hana Held"), "city", city));
        Specialists.Owned open = Specialists.published(Profiles.with(Profiles.complete("Olga Open"), "city", city));
        Specialists.Owned none = Specialists.published(Profiles.with(Profiles.complete("Fred Full"), "city", city));
        TestUser waiting = TestUser.client();
        waiting.request().body(Map.of()).post("/api/specialists/" + held.id() + "/waitlist").then().statusCode(201);
        Instant heldStart = inDays(2, 9);
        Slots.offer(held, heldStart); // offered to the waiting client at once, and held for them
        Instant farStart = inDays(20, 9); // beyond the 14-day window: bookable, but no free consultation soon
        Slots.offer(held, farStart); // the client already holds an offer: not held
        Slots.offer(open, inDays(3, 9));
        index.catchUp();

        TestUser.anonymous().queryParam("city", city).queryParam("freeConsultation", true).get("/api/specialists")
                .then().statusCode(200).body("items.displayName", contains("Olga Open"));
        TestUser.anonymous().queryParam("city", city).queryParam("waitlistOpen", true).get("/api/specialists")
                .then().statusCode(200).body("items.displayName", contains("Fred Full", "Hana Held"));
        TestUser.anonymous().queryParam("city", city).queryParam("sort", "soonest").get("/api/specialists")
                .then().statusCode(200).body("items.displayName", contains("Olga Open", "Hana Held", "Fred Full"))
                .body("items[1].nextFreeSlot", equalTo(farStart.toString()));

        // Declined: the hold ends and the slot is free for everyone again.
        String offer = waiting.request().get("/api/me/waitlist/offers").then().statusCode(200).extract().path("[0].id");
        waiting.request().post("/api/waitlist/offers/" + offer + "/decline").then().statusCode(200);
        index.catchUp();
        TestUser.anonymous().queryParam("city", city).queryParam("freeConsultation", true).get("/api/specialists")
                .then().statusCode(200).body("items.displayName", contains("Hana Held", "Olga Open"));
        TestUser.anonymous().queryParam("city", city).queryParam("waitlistOpen", true).get("/api/specialists")
                .then().statusCode(200).body("items.displayName", contains("Fred Full"));
        TestUser.anonymous().queryParam("city", city).queryParam("sort", "soonest").get("/api/specialists")
                .then().statusCode(200).body("items[0].displayName", equalTo("Hana Held"))
                .body("items[0].nextFreeSlot", equalTo(heldStart.toString()));
        TestUser.anonymous().queryParam("waitlistOpen", "soon").get("/api/specialists")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("waitlistOpen"));
    }
}
