package org.firstsession.shared;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

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

/**
 * The API's own texts besides problems follow Accept-Language: the taxonomy's labels and the booking consent
 * (codes and versions never change), and a booking records the language its consent was read in.
 */
@QuarkusTest
class ApiLanguageTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void taxonomy_labels_come_in_the_callers_language_with_the_same_codes() {
        TestUser.anonymous().header("Accept-Language", "de-DE,de;q=0.9").get("/api/taxonomy").then().statusCode(200)
                .header("Content-Language", "de").header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"))
                .body("specialties.find { it.code == 'anxiety' }.label", equalTo("Angst"))
                .body("approaches.find { it.code == 'cbt' }.label", equalTo("Kognitive Verhaltenstherapie (KVT)"))
                .body("sessionFormats.find { it.code == 'in_person' }.label", equalTo("Vor Ort"));
        TestUser.anonymous().header("Accept-Language", "fr").get("/api/taxonomy").then().statusCode(200)
                .header("Content-Language", "fr")
                .body("specialties.find { it.code == 'sleep' }.label", equalTo("Troubles du sommeil"))
                .body("sessionFormats.find { it.code == 'online' }.label", equalTo("En ligne"));
        TestUser.anonymous().get("/api/taxonomy").then().statusCode(200).header("Content-Language", "en")
                .body("specialties.find { it.code == 'anxiety' }.label", equalTo("Anxiety"))
                .body("approaches.find { it.code == 'cbt' }.label", equalTo("Cognitive behavioural therapy (CBT)"))
                .body("sessionFormats.find { it.code == 'in_person' }.label", equalTo("In person"));
        TestUser.anonymous().header("Accept-Language", "es").get("/api/taxonomy").then().statusCode(200)
                .header("Content-Language", "en").body("specialties[0].label", equalTo("Anxiety"));
    }

    @Test
    void the_booking_consent_comes_in_the_callers_language_with_one_version() {
        String english = TestUser.anonymous().get("/api/consents/booking").then().statusCode(200)
                .body("language", equalTo("en")).body("text", startsWith("I agree that FirstSession shares this booking"))
                .extract().path("version");
        TestUser.anonymous().header("Accept-Language", "de").get("/api/consents/booking").then().statusCode(200)
                .header("Content-Language", "de").body("version", equalTo(english)).body("language", equalTo("de"))
                .body("text", startsWith("Ich bin damit einverstanden, dass FirstSession diese Buchung"));
        TestUser.anonymous().header("Accept-Language", "fr").get("/api/consents/booking").then().statusCode(200)
                .body("version", equalTo(english)).body("language", equalTo("fr"))
                .body("text", startsWith("J’accepte que FirstSession communique cette réservation"));
    }

    @Test
    void a_booking_records_the_language_the_consent_was_read_in() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Einwilligung"));
        String slot = Slots.offer(s, Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofHours(9)));
        TestUser client = TestUser.client();
        String version = TestUser.anonymous().header("Accept-Language", "fr").get("/api/consents/booking").then()
                .extract().path("version");
        client.request().header("Accept-Language", "fr").body(Map.of("slotId", slot, "consentVersion", version))
                .post("/api/bookings").then().statusCode(201);
        client.request().get("/api/me/export").then().statusCode(200)
                .body("consents", hasSize(1))
                .body("consents[0].wordingVersion", equalTo(version))
                .body("consents[0].language", equalTo("fr"));
    }
}
