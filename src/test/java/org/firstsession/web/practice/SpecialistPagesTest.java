package org.firstsession.web.practice;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.firstsession.testsupport.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** The specialist's own pages: profile, slots (with the weekly-rule preview) and consultations. */
@QuarkusTest
class SpecialistPagesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** How the English pages write a slot's time (in the profile's zone, with the year). */
    private static final DateTimeFormatter ENGLISH_SLOT_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    EntityManager em;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    private static Instant inDays(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    private static Map<String, String> fullForm(String name) {
        Map<String, String> form = new HashMap<>();
        form.put("displayName", name);
        form.put("professionalTitle", "Counsellor");
        form.put("headline", "Warm, practical support");
        form.put("bio", "I help adults through change.");
        form.put("specialties", "anxiety");
        form.put("approaches", "cbt");
        form.put("languages", "en, de");
        form.put("sessionFormats", "online");
        form.put("city", "Berlin");
        form.put("country", "DE");
        form.put("timeZone", "Europe/Berlin");
        form.put("feeAmount", "85.50");
        form.put("feeCurrency", "eur");
        form.put("yearsOfPractice", "6");
        form.put("licenceNumber", "LIC-1");
        form.put("licensingBody", "Kammer");
        form.put("licenceCountry", "DE");
        form.put("meetingUrl", "https://meet.example.org/x");
        return form;
    }

    @Test
    void a_user_creates_a_profile_sees_errors_next_to_the_fields_and_publishes() {
        TestUser user = TestUser.client();
        WebSession web = WebSession.as(user);
        assertNotNull(web.page("/specialist").selectFirst("a[href='/specialist/profile']"));
        assertEquals(303, web.get("/specialist/slots").statusCode(), "no profile yet: to the form");

        Map<String, String> unreadable = fullForm("Fee Typo Person");
        unreadable.put("feeAmount", "lots");
        Response typo = web.post("/specialist/profile", unreadable);
        assertEquals(400, typo.statusCode());
        Document page = html(typo);
        assertNotNull(page.selectFirst("#feeAmount-error"));
        assertEquals("true", page.selectFirst("#p-feeAmount").attr("aria-invalid"));
        assertEquals("lots", page.selectFirst("#p-feeAmount").attr("value"), "the input is kept");
        assertEquals("I help adults through change.", page.selectFirst("#p-bio").text());

        Map<String, String> invalid = fullForm("");
        invalid.put("meetingUrl", "ftp://example.org/room");
        invalid.put("languages", "en, xx");
        Response bad = web.post("/specialist/profile", invalid);
        assertEquals(400, bad.statusCode());
        page = html(bad);
        assertNotNull(page.selectFirst("#displayName-error"));
        assertNotNull(page.selectFirst("#meetingUrl-error"));
        assertNotNull(page.selectFirst("#languages-error"));
        assertNotNull(page.selectFirst("#p-specialties input[value=anxiety][checked]"), "checked boxes stay checked");
        assertNull(specialistOf(user), "nothing stored");

        Response draft = web.post("/specialist/profile", Map.of("displayName", "Draft Web Person", "sessionFormats", "online"));
        assertEquals(303, draft.statusCode(), draft.asString());
        Response incomplete = web.post("/specialist/profile/publish", Map.of());
        assertEquals(422, incomplete.statusCode());
        page = html(incomplete);
        assertTrue(page.selectFirst("#profile-notice").text().contains("About you"), page.selectFirst("#profile-notice").text());
        for (String field : List.of("professionalTitle", "bio", "specialties", "languages", "timeZone")) {
            assertNotNull(page.selectFirst("#" + field + "-error"), field);
        }

        assertEquals(303, web.post("/specialist/profile", fullForm("Draft Web Person")).statusCode());
        assertEquals(303, web.post("/specialist/profile/publish", Map.of()).statusCode());
        Document published = web.page("/specialist/profile?done=published");
        assertEquals("Published", published.selectFirst("#profile-status").text());
        assertEquals("85.50", published.selectFirst("#p-feeAmount").attr("value"));
        assertEquals("EUR", published.selectFirst("#p-feeCurrency").attr("value"));
        String id = specialistOf(user);
        user.request().get("/api/specialists/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("licence.number", equalTo("LIC-1")).body("languages.size()", equalTo(2));
        assertNotNull(web.page("/").selectFirst("header a[href='/specialist']"), "the nav links to the practice pages");
        assertTrue(web.page("/specialist").selectFirst("#profile-status").text().startsWith("Published"));

        Map<String, String> emptied = fullForm("Draft Web Person");
        emptied.remove("bio");
        Response kept = web.post("/specialist/profile", emptied);
        assertEquals(422, kept.statusCode());
        assertNotNull(html(kept).selectFirst("#bio-error"));
        user.request().get("/api/specialists/" + id).then().body("bio", equalTo("I help adults through change."));
        assertEquals(303, web.post("/specialist/profile/unpublish", Map.of()).statusCode());
    }

    @Test
    void csrf_missing_stores_no_profile() {
        TestUser user = TestUser.client();
        WebSession web = WebSession.as(user);
        web.get("/specialist/profile");
        Response forged = web.postRaw("/specialist/profile", fullForm("Forged Person"), web.origin());
        assertEquals(403, forged.statusCode());
        assertNull(specialistOf(user));
    }

    @Test
    void the_weekly_rule_preview_lists_the_slots_and_saves_nothing_until_created() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Rule Preview Person"));
        WebSession web = WebSession.as(s.owner());
        LocalDate from = LocalDate.now(BERLIN).plusDays(1);
        LocalDate to = from.plusDays(13);
        Map<String, String> rule = new HashMap<>(Map.of("days", "MONDAY", "startTime", "09:00", "endTime", "10:00",
                "fromDate", from.toString(), "toDate", to.toString(), "action", "preview"));
        Response preview = web.post("/specialist/slots/rule", rule);
        assertEquals(200, preview.statusCode(), preview.asString());
        Document page = html(preview);
        List<String> shown = page.select("#preview li").eachText();
        assertEquals(4, shown.size(), shown.toString()); // 2 Mondays x 09:00 and 09:30
        int mondays = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                String label = ENGLISH_SLOT_TIME.format(day.atTime(9, 30));
                assertTrue(shown.contains(label), label + " in " + shown);
                mondays++;
            }
        }
        assertEquals(2, mondays);
        assertNotNull(page.selectFirst("#rule-create"));
        assertEquals(from.toString(), page.selectFirst("#r-from").attr("value"), "the rule is kept for Create");
        s.owner().request().get("/api/me/slots").then().body("items.size()", equalTo(0));

        Response bad = web.post("/specialist/slots/rule", Map.of("days", "MONDAY", "startTime", "10:00",
                "endTime", "09:00", "fromDate", from.toString(), "toDate", to.toString(), "action", "create"));
        assertEquals(400, bad.statusCode());
        assertNotNull(html(bad).selectFirst("#endTime-error"));
        s.owner().request().get("/api/me/slots").then().body("items.size()", equalTo(0));

        String key = page.selectFirst("#rule-form input[name=idempotencyKey]").attr("value");
        Map<String, String> create = new HashMap<>(rule);
        create.put("action", "create");
        create.put("idempotencyKey", key);
        Response created = web.post("/specialist/slots/rule", create);
        assertEquals(200, created.statusCode());
        assertTrue(html(created).selectFirst("#slots-notice").text().contains("4 slots are now offered"));
        assertEquals(200, web.post("/specialist/slots/rule", create).statusCode(), "a double submit");
        s.owner().request().get("/api/me/slots?to=" + to.plusDays(1)).then().body("items.size()", equalTo(4));
        assertEquals(4, web.page("/specialist/slots").select("#my-slots li").size());

        Response again = web.post("/specialist/slots/rule", rule);
        Document overlapping = html(again);
        assertTrue(overlapping.select("#skipped li").text().contains("overlaps an existing slot"), overlapping.text());
        assertNull(overlapping.selectFirst("#rule-create"), "nothing new to create");
    }

    @Test
    void a_single_slot_is_offered_and_withdrawn_and_a_booked_one_only_with_its_booking() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Single Slot Person"));
        WebSession web = WebSession.as(s.owner());
        LocalDate day = LocalDate.now(BERLIN).plusDays(5);
        Response missing = web.post("/specialist/slots", Map.of("slotDate", day.toString(), "slotTime", ""));
        assertEquals(400, missing.statusCode());
        assertNotNull(html(missing).selectFirst("#slotTime-error"));
        assertEquals(303, web.post("/specialist/slots", Map.of("slotDate", day.toString(), "slotTime", "14:00")).statusCode());
        Response overlap = web.post("/specialist/slots", Map.of("slotDate", day.toString(), "slotTime", "14:15"));
        assertEquals(400, overlap.statusCode());
        assertTrue(html(overlap).selectFirst("#slotTime-error").text().contains("overlaps"));
        String slotId = s.owner().request().get("/api/me/slots?to=" + day.plusDays(1)).then()
                .body("items[0].startsAt", equalTo(day.atTime(14, 0).atZone(BERLIN).toInstant().toString()))
                .extract().path("items[0].id");

        Specialists.Owned other = Specialists.published(Profiles.complete("Other Slot Person"));
        Response foreign = WebSession.as(other.owner()).post("/specialist/slots/" + slotId + "/withdraw", Map.of());
        assertEquals(404, foreign.statusCode());
        assertTrue(foreign.asString().contains("find that page"));
        assertEquals(403, WebSession.as(other.owner()).postRaw("/specialist/slots/" + slotId + "/withdraw", Map.of(),
                web.origin()).statusCode(), "no CSRF token");
        s.owner().request().get("/api/me/slots?to=" + day.plusDays(1)).then().body("items[0].state", equalTo("OPEN"));

        TestUser client = TestUser.client();
        book(client, slotId);
        Response refused = web.post("/specialist/slots/" + slotId + "/withdraw", Map.of());
        assertEquals(409, refused.statusCode());
        assertTrue(html(refused).selectFirst("#slots-notice").text().contains("Withdraw and cancel the booking"));
        assertEquals(303, web.post("/specialist/slots/" + slotId + "/withdraw", Map.of("cancelBooking", "true")).statusCode());
        client.request().get("/api/bookings?when=upcoming").then().body("items[0].status", equalTo("CANCELLED"));
    }

    @Test
    void the_specialist_sees_bookings_with_the_clients_name_and_marks_them_after_the_start() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Outcome Person"));
        TestUser client = TestUser.client();
        String past = book(client, Slots.offer(s, inDays(3, 9)));
        String future = book(TestUser.client(), Slots.offer(s, inDays(4, 9)));
        WebSession web = WebSession.as(s.owner());

        Response early = web.post("/specialist/bookings/" + past + "/complete", Map.of());
        assertEquals(409, early.statusCode());
        assertTrue(html(early).selectFirst("#bookings-notice").text().contains("once it has started"));

        moveIntoThePast(UUID.fromString(past));
        Document page = web.page("/specialist/bookings");
        assertTrue(page.selectFirst("#booking-" + past).text().contains(client.name()), page.text());
        assertTrue(page.text().contains("(UTC)"), "times name the zone");
        assertEquals(303, web.post("/specialist/bookings/" + past + "/complete", Map.of()).statusCode());
        assertTrue(web.page("/specialist/bookings").selectFirst("#booking-" + past + " .booking-status").text()
                .contains("Completed"));
        client.request().get("/api/bookings/" + past).then().body("status", equalTo("COMPLETED"));

        WebSession clientWeb = WebSession.as(client);
        assertEquals(404, clientWeb.post("/specialist/bookings/" + future + "/cancel", Map.of()).statusCode(),
                "not their practice");
        Response tooLong = web.post("/specialist/bookings/" + future + "/cancel", Map.of("reason", "x".repeat(501)));
        assertEquals(400, tooLong.statusCode());
        assertNotNull(html(tooLong).selectFirst("#reason-error"));
        assertEquals(303, web.post("/specialist/bookings/" + future + "/cancel", Map.of("reason", "Ill, sorry")).statusCode());
        s.owner().request().get("/api/bookings/" + future).then().body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("Ill, sorry"));
        assertNotNull(web.page("/specialist").selectFirst("#profile-status"));
    }

    @Test
    void the_specialist_uploads_their_photo_on_the_profile_page_and_it_is_served_by_us() throws Exception {
        Specialists.Owned s = Specialists.draft(Profiles.complete("Photo Page Person"));
        WebSession web = WebSession.as(s.owner());
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);

        Response refused = web.postFile("/specialist/profile/photo", "photo", "notes.png",
                "not an image".getBytes(StandardCharsets.UTF_8), "image/png");
        assertEquals(422, refused.statusCode());
        assertNotNull(html(refused).selectFirst("#photo-error"), "the reason is next to the field");

        Response saved = web.postFile("/specialist/profile/photo", "photo", "me.png", png.toByteArray(), "image/png");
        assertEquals(303, saved.statusCode(), saved.asString());
        Document page = web.page("/specialist/profile");
        String src = page.selectFirst("#current-photo").attr("src");
        assertTrue(src.startsWith("/photos/"), src);
        // A draft's photo: its owner sees it (website session), nobody else yet.
        assertEquals(200, web.get(src).statusCode());
        assertEquals(404, WebSession.visitor().get(src).statusCode());
        assertNull(page.selectFirst("#p-photoUrl"), "no address field: photos come only from us");

        assertEquals(303, web.post("/specialist/profile/photo/remove", Map.of()).statusCode());
        assertNull(web.page("/specialist/profile").selectFirst("#current-photo"));
        assertEquals(404, web.get(src).statusCode());
        // Without the form's token nothing happens.
        assertEquals(403, WebSession.as(s.owner()).postRaw("/specialist/profile/photo/remove", Map.of(), null).statusCode());
    }

    @Test
    void a_german_specialist_reads_slots_days_reasons_and_notices_in_german_and_a_french_one_in_french() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Deutsche Praxis Person"));
        s.owner().request().body(Map.of("language", "de")).put("/api/me").then().statusCode(204);
        WebSession web = WebSession.as(s.owner());
        LocalDate from = LocalDate.now(BERLIN).plusDays(1);
        LocalDate to = from.plusDays(13);
        Map<String, String> rule = new HashMap<>(Map.of("days", "MONDAY", "startTime", "09:00", "endTime", "10:00",
                "fromDate", from.toString(), "toDate", to.toString(), "action", "create",
                "idempotencyKey", UUID.randomUUID().toString()));
        Document created = html(web.post("/specialist/slots/rule", rule));
        assertTrue(created.selectFirst("#slots-notice").text().contains("4 Termine werden jetzt angeboten"),
                created.selectFirst("#slots-notice").text());
        rule.put("action", "preview");
        Document again = html(web.post("/specialist/slots/rule", rule));
        assertTrue(again.select("#skipped li").text().contains("überschneidet sich mit einem vorhandenen Termin"),
                again.select("#skipped").text());
        LocalDate monday = from;
        while (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            monday = monday.plusDays(1);
        }
        String german = DateTimeFormatter.ofPattern("EEE, d. MMM yyyy, HH:mm", Locale.GERMAN).format(monday.atTime(9, 30));
        List<String> mine = web.page("/specialist/slots").select("#my-slots .slot-when").eachText();
        assertTrue(mine.contains(german), german + " in " + mine);
        assertTrue(german.startsWith("Mo., "), german);
        Document slots = web.page("/specialist/slots?done=buffer");
        assertEquals("Der Puffer ist gespeichert.", slots.selectFirst("#slots-notice").text());
        assertEquals("Montag", slots.selectFirst("#r-days input[value=MONDAY]").parent().text());
        assertEquals("Freie Termine", slots.selectFirst("nav.subnav a[href='/specialist/slots']").text());
        Response unreadable = web.post("/specialist/slots", Map.of("slotDate", "morgen", "slotTime", "09:00"));
        assertEquals(400, unreadable.statusCode());
        String dateError = html(unreadable).selectFirst("#slotDate-error").text();
        assertTrue(dateError.endsWith("Schreiben Sie das Datum als Jahr-Monat-Tag, z. B. 2026-12-01."), dateError);

        Specialists.Owned f = Specialists.draft(Profiles.complete("Praticienne Française"));
        f.owner().request().body(Map.of("language", "fr")).put("/api/me").then().statusCode(204);
        WebSession french = WebSession.as(f.owner());
        Document profile = french.page("/specialist/profile?done=saved");
        assertEquals("Votre profil est enregistré.", profile.selectFirst("#profile-notice").text());
        assertEquals("Brouillon", profile.selectFirst("#profile-status").text());
        assertEquals("Allemagne", profile.selectFirst("#p-country option[value=DE]").text(), "countries in French");
        Response incomplete = french.post("/specialist/profile", Map.of("displayName", "Praticienne Française",
                "sessionFormats", "in_person"));
        assertEquals(400, incomplete.statusCode());
        String cityError = html(incomplete).selectFirst("#city-error").text();
        assertTrue(cityError.endsWith("Ville : est obligatoire pour les séances en présentiel."), cityError);
        Response unknownLanguage = french.post("/specialist/profile", Map.of("displayName", "Praticienne Française",
                "sessionFormats", "online", "languages", "fr, xx"));
        assertEquals(400, unknownLanguage.statusCode());
        String languageError = html(unknownLanguage).selectFirst("#languages-error").text();
        assertTrue(languageError.contains("Langues : doit être un code de langue de deux lettres"), languageError);
        assertEquals("lundi", french.page("/specialist/slots").selectFirst("#r-days input[value=MONDAY]").parent().text());
    }

    @Test
    void visitors_are_sent_to_login() {
        for (String path : List.of("/specialist", "/specialist/profile", "/specialist/slots", "/specialist/bookings")) {
            Response response = WebSession.visitor().get(path);
            assertEquals(303, response.statusCode(), path);
            assertTrue(response.header("Location").contains("/login?next="), path);
        }
    }

    private static String book(TestUser client, String slotId) {
        String consent = TestUser.anonymous().get("/api/consents/booking").then().extract().path("version");
        return client.request().body(Map.of("slotId", slotId, "consentVersion", consent)).post("/api/bookings")
                .then().statusCode(201).extract().path("id");
    }

    private static String specialistOf(TestUser user) {
        return user.request().get("/api/me").then().statusCode(200).extract().path("specialistId");
    }

    private void moveIntoThePast(UUID bookingId) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE slot SET starts_at = now() - interval '2 hours', ends_at = now() - interval '90 minutes'"
                    + " WHERE id = (SELECT slot_id FROM booking WHERE id = ?1)").setParameter(1, bookingId).executeUpdate();
            em.createNativeQuery("UPDATE booking SET starts_at = now() - interval '2 hours', ends_at = now() - interval '90 minutes'"
                    + " WHERE id = ?1").setParameter(1, bookingId).executeUpdate();
        });
    }
}
