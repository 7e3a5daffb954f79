package org.firstsession.shared;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.firstsession.testsupport.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Problem details and field messages written by the features come in the reader's language: the API's in
 * {@code Accept-Language}, a page's in the visitor's language; English stays word for word what it was.
 * A sample of each area, each one a text only the bundle could have produced.
 */
@QuarkusTest
class ProblemDetailLanguageTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Instant inDays(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    private static Specialists.Owned specialist() {
        return Specialists.published(Profiles.complete("Dr. Sprachen"));
    }

    private static Map<String, Object> bookingOf(String slot) {
        return Map.of("slotId", slot, "consentVersion", "2026-11");
    }

    // ---- booking, slots, waitlist --------------------------------------------------------------------------

    @Test
    void booking_refusals_follow_accept_language_with_their_numbers() {
        String tooSoon = Slots.offer(specialist(), Instant.now().plus(Duration.ofMinutes(115)));
        TestUser client = TestUser.client();
        client.request().header("Accept-Language", "de").body(bookingOf(tooSoon)).post("/api/bookings").then()
                .statusCode(422).header("Content-Language", "de").body("type", endsWith("/too-short-notice"))
                .body("detail", equalTo("Kostenlose Erstgespräche müssen mindestens 2 Stunden im Voraus gebucht werden."));
        client.request().header("Accept-Language", "fr-FR,fr;q=0.9").body(bookingOf(tooSoon)).post("/api/bookings").then()
                .statusCode(422).body("detail", equalTo("Les consultations gratuites doivent être réservées au moins 2 heures à l’avance."));
        client.request().body(bookingOf(tooSoon)).post("/api/bookings").then()
                .statusCode(422).body("detail", equalTo("Free consultations must be booked at least 2 hours ahead."));
    }

    @Test
    void a_taken_slot_and_an_unknown_booking_in_german_and_french() {
        String slot = Slots.offer(specialist(), inDays(3, 9));
        TestUser.client().request().body(bookingOf(slot)).post("/api/bookings").then().statusCode(201);
        TestUser.client().request().header("Accept-Language", "de").body(bookingOf(slot)).post("/api/bookings").then()
                .statusCode(409).body("title", equalTo("Termin bereits vergeben"))
                .body("detail", equalTo("Jemand anderes hat diesen Termin gerade gebucht."));
        TestUser.client().request().header("Accept-Language", "fr").get("/api/bookings/" + UUID.randomUUID()).then()
                .statusCode(404).body("detail", equalTo("La réservation est introuvable."));
        TestUser.client().request().get("/api/bookings/" + UUID.randomUUID()).then()
                .statusCode(404).body("detail", equalTo("The booking was not found."));
    }

    @Test
    void field_messages_of_a_weekly_rule_and_of_query_parameters_are_translated() {
        Specialists.Owned s = specialist();
        String tomorrow = Instant.now().plus(Duration.ofDays(1)).toString().substring(0, 10);
        Map<String, Object> rule = Map.of("rule", Map.of("days", java.util.List.of("MONDAY"), "startTime", "10:00",
                "endTime", "09:00", "fromDate", tomorrow, "toDate", tomorrow));
        s.owner().request().header("Accept-Language", "fr").body(rule).post("/api/specialists/" + s.id() + "/slots").then()
                .statusCode(400).body("detail", equalTo("La requête contient des champs invalides."))
                .body("errors[0].field", equalTo("rule.endTime"))
                .body("errors[0].message", equalTo("doit être postérieur à startTime"));
        TestUser.client().request().header("Accept-Language", "de").queryParam("as", "someone").get("/api/bookings").then()
                .statusCode(400).body("errors[0].field", equalTo("as"))
                .body("errors[0].message", equalTo("muss client oder specialist sein"));
        TestUser.client().request().queryParam("as", "someone").get("/api/bookings").then()
                .statusCode(400).body("errors[0].message", equalTo("must be client or specialist"));
    }

    @Test
    void a_login_detail_and_a_json_field_message_are_translated() {
        TestUser.anonymous().header("Accept-Language", "de").body(Map.of("title", "Eine Frage", "body", "Was nun?"))
                .post("/api/questions").then().statusCode(401)
                .body("detail", equalTo("Um eine neue Frage zu stellen, melden Sie sich bitte an oder erstellen Sie ein Konto"));
        TestUser.client().request().header("Accept-Language", "fr").body("{\"slotId\": \"" + UUID.randomUUID()
                + "\", \"consentVersion\": \"2026-11\", \"colour\": \"blue\"}").post("/api/bookings").then()
                .statusCode(400).body("errors[0].field", equalTo("colour")).body("errors[0].message", equalTo("champ inconnu"));
    }

    // ---- profiles, directory, places, privacy ------------------------------------------------------------

    @Test
    void directory_and_place_field_messages_are_translated() {
        TestUser.anonymous().header("Accept-Language", "de").queryParam("maxFee", "lots").queryParam("language", "xx")
                .get("/api/specialists").then().statusCode(400)
                .body("errors.find { it.field == 'maxFee' }.message", equalTo("muss eine Zahl sein"))
                .body("errors.find { it.field == 'language' }.message",
                        equalTo("muss ein Sprachcode nach ISO 639-1 wie en oder de sein"));
        TestUser.anonymous().header("Accept-Language", "fr").queryParam("q", "Ber").queryParam("country", "XX")
                .get("/api/places").then().statusCode(400)
                .body("errors[0].field", equalTo("country"))
                .body("errors[0].message", equalTo("doit être un code pays ISO 3166-1 alpha-2, par exemple DE"));
        TestUser.anonymous().queryParam("maxFee", "lots").get("/api/specialists").then().statusCode(400)
                .body("errors.find { it.field == 'maxFee' }.message", equalTo("must be a number"));
    }

    @Test
    void publishing_an_incomplete_profile_names_the_missing_fields_in_french() {
        Specialists.Owned draft = Specialists.draft(Map.of("displayName", "Dr. Brouillon"));
        draft.owner().request().header("Accept-Language", "fr").post("/api/specialists/" + draft.id() + "/publish").then()
                .statusCode(422).body("detail", equalTo("Il manque au profil des informations dont un client a besoin pour choisir."))
                .body("errors.find { it.field == 'bio' }.message", equalTo("est obligatoire pour publier le profil"))
                .body("errors.find { it.field == 'specialties' }.message",
                        equalTo("au moins une valeur est obligatoire pour publier le profil"));
    }

    @Test
    void a_missing_consent_is_explained_in_german_with_its_field() {
        String slot = Slots.offer(specialist(), inDays(3, 11));
        TestUser.client().request().header("Accept-Language", "de").body(Map.of("slotId", slot)).post("/api/bookings").then()
                .statusCode(422).body("type", endsWith("/consent-required"))
                .body("detail", equalTo("Bei einer Buchung werden die Buchung und Ihre Notiz mit der Fachperson geteilt; "
                        + "stimmen Sie dem zu, indem Sie consentVersion aus GET /api/consents/booking mitsenden."))
                .body("errors[0].field", equalTo("consentVersion")).body("errors[0].message", equalTo("ist erforderlich"));
    }

    // ---- articles, questions, messaging, admin -----------------------------------------------------------

    @Test
    void community_and_article_refusals_are_translated() {
        TestUser client = TestUser.client();
        client.request().header("Accept-Language", "fr").body(Map.of("title", "Hm", "body", "Un texte", "topic", "nowhere"))
                .post("/api/questions").then().statusCode(400)
                .body("errors.find { it.field == 'topic' }.message",
                        equalTo("doit être general ou un code de spécialité issu de GET /api/taxonomy"))
                .body("errors.find { it.field == 'title' }.message", equalTo("doit comporter au moins 5 caractères"));
        client.request().header("Accept-Language", "de").body(Map.of("title", "Ein Artikel über den Schlaf"))
                .post("/api/articles").then().statusCode(403)
                .body("detail", equalTo("Nur Fachpersonen mit veröffentlichtem Profil können Artikel schreiben."));
        client.request().header("Accept-Language", "de").queryParam("topic", "nowhere").get("/api/articles").then()
                .statusCode(400).body("errors[0].message", equalTo("muss ein Fachgebietscode aus GET /api/taxonomy sein"));
    }

    @Test
    void messaging_and_admin_refusals_are_translated() {
        Specialists.Owned s = specialist();
        s.owner().request().header("Accept-Language", "fr").body(Map.of("specialistId", s.id(), "text", "Bonjour"))
                .post("/api/conversations").then().statusCode(422)
                .body("detail", equalTo("Vous ne pouvez pas envoyer de message à votre propre profil."));
        TestUser.admin().request().header("Accept-Language", "de").queryParam("status", "MAYBE")
                .get("/api/admin/specialists").then().statusCode(400)
                .body("errors[0].message", equalTo("muss einer dieser Werte sein: DRAFT, PUBLISHED, UNPUBLISHED, SUSPENDED"));
    }

    // ---- pages -------------------------------------------------------------------------------------------

    @Test
    void the_404_page_gives_the_detail_in_the_visitors_language() {
        Response german = WebSession.visitor().cookie("lang", "de").get("/waitlist/offers/no-such-offer");
        assertEquals(404, german.statusCode());
        String text = Jsoup.parse(german.asString()).text();
        assertTrue(text.contains("Das Angebot wurde nicht gefunden."), text);
        Response english = WebSession.visitor().get("/waitlist/offers/no-such-offer");
        assertTrue(Jsoup.parse(english.asString()).text().contains("The offer was not found."));
    }

    @Test
    void the_directory_page_shows_field_messages_in_the_visitors_language() {
        Response bad = WebSession.visitor().cookie("lang", "de").get("/specialists?maxFee=lots");
        assertEquals(400, bad.statusCode());
        Document page = Jsoup.parse(bad.asString());
        assertTrue(page.selectFirst("#maxFee-error").text().endsWith(" muss eine Zahl sein"), page.selectFirst("#maxFee-error").text());
        Document english = Jsoup.parse(WebSession.visitor().get("/specialists?maxFee=lots").asString());
        assertTrue(english.selectFirst("#maxFee-error").text().endsWith(" must be a number"));
    }

    @Test
    void a_refused_form_is_explained_in_the_visitors_language() {
        WebSession french = WebSession.visitor().cookie("lang", "fr");
        Response forged = french.postRaw("/language", Map.of("lang", "de", "next", "/"), french.origin());
        assertEquals(403, forged.statusCode());
        String text = Jsoup.parse(forged.asString()).text();
        assertTrue(text.contains("Ce formulaire a expiré ou n’a pas été envoyé depuis ce site"), text);
        WebSession english = WebSession.visitor();
        String englishText = Jsoup.parse(english.postRaw("/language", Map.of("lang", "de", "next", "/"), english.origin())
                .asString()).text();
        assertTrue(englishText.contains("This form has expired or was not sent from this site, so we did not act on it."), englishText);
    }

    @Test
    void a_booking_page_shows_the_refusal_in_the_visitors_language() {
        String slot = Slots.offer(specialist(), inDays(3, 10));
        TestUser client = TestUser.client();
        String id = client.request().body(bookingOf(slot)).post("/api/bookings").then().statusCode(201).extract().path("id");
        WebSession french = WebSession.as(client).cookie("lang", "fr");
        Response refused = french.post("/bookings/" + id + "/reschedule", Map.of("slotId", slot));
        assertEquals(422, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertTrue(page.text().contains("La réservation est déjà sur ce créneau."), page.text());
        assertEquals("fr", page.selectFirst("html").attr("lang"));
    }
}
