package org.firstsession.specialist;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class SpecialistProfileTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void create_returns_201_with_location_and_a_draft() {
        TestUser owner = TestUser.client();
        String location = owner.request().body(Profiles.complete("Dr. Ada Draft")).post("/api/specialists")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("displayName", equalTo("Dr. Ada Draft"))
                .body("licence.number", equalTo("PSY-12345"))
                .body("fee.amount", equalTo(90.0f))
                .body("sessionFormats", containsInAnyOrder("online", "in_person"))
                .extract().header("Location");
        String id = owner.request().get(location).then().statusCode(200).extract().path("id");
        org.junit.jupiter.api.Assertions.assertTrue(location.endsWith("/api/specialists/" + id));
    }

    @Test
    void a_second_profile_for_the_same_account_is_409() {
        Specialists.Owned owned = Specialists.draft(Profiles.complete("Dr. Once"));
        owned.owner().request().body(Profiles.complete("Dr. Twice")).post("/api/specialists")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/profile-exists"));
    }

    @Test
    void create_with_the_same_idempotency_key_returns_the_first_profile() {
        TestUser owner = TestUser.client();
        String key = java.util.UUID.randomUUID().toString();
        String first = owner.request().header("Idempotency-Key", key).body(Profiles.complete("Dr. Retry"))
                .post("/api/specialists").then().statusCode(201).extract().path("id");
        String replay = owner.request().header("Idempotency-Key", key).body(Profiles.complete("Dr. Retry"))
                .post("/api/specialists").then().statusCode(201).extract().path("id");
        org.junit.jupiter.api.Assertions.assertEquals(first, replay);
        owner.request().header("Idempotency-Key", key).body(Profiles.complete("Dr. Other"))
                .post("/api/specialists").then().statusCode(422);
    }

    @Test
    void a_draft_is_visible_to_its_owner_only() {
        Specialists.Owned owned = Specialists.draft(Profiles.complete("Dr. Hidden"));
        owned.owner().request().get("/api/specialists/" + owned.id()).then().statusCode(200).body("status", equalTo("DRAFT"));
        TestUser.anonymous().get("/api/specialists/" + owned.id()).then().statusCode(404).contentType("application/problem+json");
        TestUser.client().request().get("/api/specialists/" + owned.id()).then().statusCode(404);
        TestUser.admin().request().get("/api/specialists/" + owned.id()).then().statusCode(404);
    }

    @Test
    void publishing_needs_the_fields_a_client_needs() {
        Specialists.Owned owned = Specialists.draft(Map.of("displayName", "Dr. Sparse"));
        owned.owner().request().post("/api/specialists/" + owned.id() + "/publish")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/profile-incomplete"))
                .body("errors.field", containsInAnyOrder("professionalTitle", "bio", "specialties", "languages",
                        "sessionFormats", "timeZone"));
        owned.owner().request().get("/api/specialists/" + owned.id()).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void published_profile_is_public_without_private_fields() {
        Specialists.Owned owned = Specialists.published(Profiles.complete("Dr. Public"));
        TestUser.anonymous().get("/api/specialists/" + owned.id()).then().statusCode(200)
                .body("displayName", equalTo("Dr. Public"))
                .body("licence.licensingBody", equalTo("Psychotherapeutenkammer Berlin"))
                .body("licence", not(hasKey("number")))
                .body("$", not(hasKey("meetingUrl")))
                .body("$", not(hasKey("status")))
                .body("$", not(hasKey("email")))
                .body("shareUrl", equalTo("http://localhost:8080/specialists/" + owned.id()));
        owned.owner().request().get("/api/specialists/" + owned.id()).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue())
                .body("licence.number", equalTo("PSY-12345"));
    }

    @Test
    void owner_updates_with_put_and_others_cannot() {
        Specialists.Owned owned = Specialists.published(Profiles.complete("Dr. Before"));
        owned.owner().request().body(Profiles.complete("Dr. After")).put("/api/specialists/" + owned.id())
                .then().statusCode(204);
        TestUser.anonymous().get("/api/specialists/" + owned.id()).then().body("displayName", equalTo("Dr. After"));

        TestUser.client().request().body(Profiles.complete("Dr. Hijack")).put("/api/specialists/" + owned.id())
                .then().statusCode(403).contentType("application/problem+json");
        TestUser.admin().request().body(Profiles.complete("Dr. Hijack")).put("/api/specialists/" + owned.id())
                .then().statusCode(403);
        TestUser.anonymous().get("/api/specialists/" + owned.id()).then().body("displayName", equalTo("Dr. After"));
    }

    @Test
    void a_published_profile_cannot_be_emptied() {
        Specialists.Owned owned = Specialists.published(Profiles.complete("Dr. Complete"));
        owned.owner().request().body(Profiles.with(Profiles.complete("Dr. Complete"), "specialties", List.of()))
                .put("/api/specialists/" + owned.id())
                .then().statusCode(422).body("errors[0].field", equalTo("specialties"));
        TestUser.anonymous().get("/api/specialists/" + owned.id()).then().body("specialties", containsInAnyOrder("depression"));
    }

    @Test
    void unpublish_hides_and_publish_shows_again() {
        Specialists.Owned owned = Specialists.published(Profiles.complete("Dr. Toggle"));
        owned.owner().request().post("/api/specialists/" + owned.id() + "/unpublish")
                .then().statusCode(200).body("status", equalTo("UNPUBLISHED"));
        TestUser.anonymous().get("/api/specialists/" + owned.id()).then().statusCode(404);
        owned.owner().request().post("/api/specialists/" + owned.id() + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        TestUser.anonymous().get("/api/specialists/" + owned.id()).then().statusCode(200);
    }

    @Test
    void unpublishing_a_draft_is_409() {
        Specialists.Owned owned = Specialists.draft(Profiles.complete("Dr. Never"));
        owned.owner().request().post("/api/specialists/" + owned.id() + "/unpublish").then().statusCode(409);
    }

    @Test
    void duplicate_list_entries_are_stored_once() {
        Specialists.Owned owned = Specialists.draft(Profiles.with(Profiles.complete("Dr. Dup"), "languages",
                List.of("en", "en", "fr")));
        owned.owner().request().get("/api/specialists/" + owned.id()).then().body("languages", equalTo(List.of("en", "fr")));
    }

    @Test
    void unknown_profile_is_404_problem() {
        TestUser.anonymous().get("/api/specialists/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        TestUser.anonymous().get("/api/specialists/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void taxonomy_is_public() {
        TestUser.anonymous().get("/api/taxonomy").then().statusCode(200)
                .body("specialties.code", org.hamcrest.Matchers.hasItem("anxiety"))
                .body("approaches.code", org.hamcrest.Matchers.hasItem("cbt"))
                .body("sessionFormats.code", containsInAnyOrder("online", "in_person"));
    }
}
