package org.firstsession.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

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

/** The pages: what visitors and logged-in users see, access rules, forms and their errors. */
@QuarkusTest
class WebPagesTest {

    private static final String UNKNOWN = "00000000-0000-4000-8000-00000000abcd";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Instant inDays(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    private static Specialists.Owned specialist(String name) {
        return Specialists.published(Profiles.complete(name));
    }

    private static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    @Test
    void public_pages_render_for_visitors() {
        Specialists.Owned s = specialist("Visitor Page Specialist");
        WebSession visitor = WebSession.visitor();
        for (String path : List.of("/", "/specialists", "/specialists/" + s.id(), "/questions", "/questions/ask",
                "/contact", "/privacy", "/timezone")) {
            Document page = visitor.page(path);
            assertNotNull(page.selectFirst("main h1"), path);
            assertNotNull(page.selectFirst("header a[href^='/login?next=']"), path);
        }
    }

    @Test
    void home_shows_featured_specialists_first_by_the_directorys_rule() {
        Specialists.Owned s = specialist("Featured Home Person");
        Slots.offer(s, inDays(3, 11));
        TestUser.admin().request().body(Map.of("featured", true)).put("/api/admin/specialists/" + s.id() + "/featured")
                .then().statusCode(200);
        Document home = WebSession.visitor().page("/");
        assertNotNull(home.selectFirst("#featured-heading ~ ul a[href='/specialists/" + s.id() + "']"), home.text());
        assertTrue(home.text().contains("free"), "the promise is explained");
        Document directory = WebSession.visitor().page("/specialists");
        assertNotNull(directory.selectFirst(".card .featured"), "featured specialists are marked in the directory");
    }

    @Test
    void a_visitor_posting_a_login_gated_form_goes_to_login_and_back_to_the_page() {
        Specialists.Owned s = specialist("Gated Form Person");
        WebSession visitor = WebSession.visitor();
        visitor.get("/specialists/" + s.id());
        Response response = visitor.postRaw("/messages", Map.of("specialistId", s.id(), "text", "hi",
                "_csrf", visitor.cookie("fs_csrf")), visitor.origin());
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith("/login?next=%2F"), "no Referer: home; "
                + response.header("Location"));
    }

    @Test
    void login_gated_pages_send_visitors_to_login_and_back() {
        WebSession visitor = WebSession.visitor();
        for (String path : List.of("/bookings", "/messages", "/account", "/bookings/" + UNKNOWN, "/messages/" + UNKNOWN)) {
            Response response = visitor.get(path);
            assertEquals(303, response.statusCode(), path);
            assertTrue(response.header("Location").endsWith("/login?next=" + path.replace("/", "%2F")), response.header("Location"));
        }
    }

    @Test
    void directory_shows_cards_keeps_filters_and_explains_bad_values() {
        specialist("Directory Card Specialist");
        Document page = WebSession.visitor().page("/specialists?q=Directory Card&size=1");
        assertNotNull(page.selectFirst(".card h3 a"));
        assertEquals("Directory Card", page.selectFirst("#f-q").attr("value"));
        Response bad = WebSession.visitor().get("/specialists?maxFee=lots&language=xx&q=kept");
        assertEquals(400, bad.statusCode());
        Document badPage = html(bad);
        assertNotNull(badPage.selectFirst("#maxFee-error"), "message next to the fee field");
        assertNotNull(badPage.selectFirst("#language-error"));
        assertEquals("true", badPage.selectFirst("#f-maxFee").attr("aria-invalid"));
        assertEquals("lots", badPage.selectFirst("#f-maxFee").attr("value"), "the input is kept");
        assertEquals("kept", badPage.selectFirst("#f-q").attr("value"));
    }

    @Test
    void directory_pagination_links_keep_the_filters() {
        specialist("Paging Person One");
        specialist("Paging Person Two");
        Document page = WebSession.visitor().page("/specialists?q=Paging Person&city=Berlin&size=1");
        String next = page.selectFirst("a[rel=next]").attr("href");
        assertTrue(next.contains("q=Paging+Person") && next.contains("city=Berlin") && next.contains("size=1")
                && next.contains("page=1"), next);
    }

    @Test
    void profile_for_visitors_shows_the_login_wording_share_links_and_og_tags() {
        Specialists.Owned s = specialist("Profile Shared Person");
        Slots.offer(s, inDays(3, 9));
        String photo = given().auth().oauth2(s.owner().token()).contentType("image/png").body(png(200, 200))
                .put("/api/me/specialist/photo").then().statusCode(200).extract().path("photoUrl");
        Document page = WebSession.visitor().page("/specialists/" + s.id());
        String text = page.text();
        assertTrue(text.contains("You need to be logged in to send messages"), text);
        assertTrue(text.contains("You need to be logged in to book a free consultation"), text);
        assertNotNull(page.selectFirst("a[href='/login?next=%2Fspecialists%2F" + s.id() + "']"));
        assertNull(page.selectFirst("#booking-form"), "no booking form for visitors");
        assertTrue(page.selectFirst("meta[property=og:url]").attr("content").endsWith("/specialists/" + s.id()));
        // Our own photo, as a full address (Open Graph needs one); the page shows it from our own path.
        String ogImage = page.selectFirst("meta[property=og:image]").attr("content");
        assertTrue(ogImage.startsWith("http") && ogImage.endsWith(photo), ogImage);
        assertEquals(photo, page.selectFirst("img.avatar-large").attr("src"));
        assertNotNull(page.selectFirst("a[href^='https://www.facebook.com/sharer/sharer.php?u=']"));
        assertNotNull(page.selectFirst("a[href^='https://wa.me/']"));
        assertNotNull(page.selectFirst("a[href^='mailto:?subject=']"));
    }

    @Test
    void client_books_sees_the_confirmation_my_bookings_and_the_invite() {
        Specialists.Owned s = specialist("Booked Web Specialist");
        String slot = Slots.offer(s, inDays(4, 10));
        TestUser clientUser = TestUser.client();
        WebSession client = WebSession.as(clientUser);
        Document profile = client.page("/specialists/" + s.id());
        String consent = profile.selectFirst("#booking-form input[name=consentVersion]").attr("value");
        String key = profile.selectFirst("#booking-form input[name=idempotencyKey]").attr("value");
        Response booked = client.post("/bookings", Map.of("specialistId", s.id(), "slotId", slot,
                "consentVersion", consent, "note", "Looking forward", "idempotencyKey", key));
        assertEquals(303, booked.statusCode(), booked.asString());
        String location = booked.header("Location");
        assertTrue(location.matches(".*/bookings/[0-9a-f-]{36}\\?booked=1"), location);
        String bookingPath = location.substring(location.indexOf("/bookings/"), location.indexOf('?'));

        Response again = client.post("/bookings", Map.of("specialistId", s.id(), "slotId", slot,
                "consentVersion", consent, "note", "Looking forward", "idempotencyKey", key));
        assertEquals(location, again.header("Location"), "a double submit books once");

        Document confirmation = client.page(bookingPath + "?booked=1");
        assertTrue(confirmation.text().contains("Booked Web Specialist"), confirmation.text());
        assertTrue(confirmation.text().contains("is booked"));
        // Calendars for clients (issue #19): Google and Outlook.com besides the .ics, with a neutral title only.
        String google = confirmation.selectFirst("a[href^='https://calendar.google.com/calendar/render?']").attr("href");
        String outlook = confirmation.selectFirst("a[href^='https://outlook.live.com/calendar/']").attr("href");
        for (String link : new String[] { google, outlook }) {
            assertTrue(link.contains("FirstSession%20consultation"), link);
            assertFalse(link.contains("Booked") || link.contains("Looking") || link.contains("Psycholog"), link);
        }
        assertNotNull(confirmation.selectFirst("a[href$='/calendar.ics']"));
        Document mine = client.page("/bookings");
        assertNotNull(mine.selectFirst("a[href='" + bookingPath + "']"));
        Response ics = client.get(bookingPath + "/calendar.ics");
        assertEquals(200, ics.statusCode());
        assertTrue(ics.asString().contains("BEGIN:VCALENDAR"));

        Response stranger = WebSession.loggedIn("stranger", false).get(bookingPath);
        assertEquals(404, stranger.statusCode());
        assertTrue(stranger.contentType().startsWith("text/html"));
        assertTrue(stranger.asString().contains("find that page"));
        clientUser.request().get("/api/bookings").then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void booking_without_consent_keeps_the_input_and_says_why_next_to_the_checkbox() {
        Specialists.Owned s = specialist("Consent Needed Person");
        String slot = Slots.offer(s, inDays(5, 10));
        TestUser clientUser = TestUser.client();
        WebSession client = WebSession.as(clientUser);
        Response response = client.post("/bookings", Map.of("specialistId", s.id(), "slotId", slot, "note", "My note"));
        assertEquals(400, response.statusCode());
        Document page = html(response);
        assertNotNull(page.selectFirst("#consentVersion-error"));
        assertEquals("My note", page.selectFirst("#book-note").text());
        assertNotNull(page.selectFirst("input[name=slotId][value=" + slot + "][checked]"));
        clientUser.request().get("/api/bookings").then().body("total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void a_slot_taken_meanwhile_is_a_friendly_message_on_the_profile() {
        Specialists.Owned s = specialist("Taken Slot Person");
        String slot = Slots.offer(s, inDays(6, 10));
        Slots.offer(s, inDays(6, 12));
        WebSession first = WebSession.loggedIn("first", false);
        WebSession second = WebSession.loggedIn("second", false);
        String consent = second.page("/specialists/" + s.id()).selectFirst("input[name=consentVersion]").attr("value");
        assertEquals(303, first.post("/bookings", Map.of("specialistId", s.id(), "slotId", slot, "consentVersion", consent)).statusCode());
        Response late = second.post("/bookings", Map.of("specialistId", s.id(), "slotId", slot, "consentVersion", consent));
        assertEquals(409, late.statusCode());
        Document page = html(late);
        assertTrue(page.selectFirst("#book-notice").text().contains("no longer available"), page.text());
        assertNotNull(page.selectFirst("#booking-form"), "the visitor can choose another time right there");
    }

    @Test
    void csrf_failure_stores_nothing() {
        Specialists.Owned s = specialist("Csrf Person");
        String slot = Slots.offer(s, inDays(7, 10));
        TestUser clientUser = TestUser.client();
        WebSession client = WebSession.as(clientUser);
        client.get("/specialists/" + s.id());
        Response forged = client.postRaw("/bookings", Map.of("specialistId", s.id(), "slotId", slot,
                "consentVersion", "2026-11"), client.origin());
        assertEquals(403, forged.statusCode());
        assertTrue(forged.contentType().startsWith("text/html"));
        Response crossSite = client.postRaw("/messages", Map.of("specialistId", s.id(), "text", "hello",
                "_csrf", client.cookie("fs_csrf")), "https://evil.example.org");
        assertEquals(403, crossSite.statusCode());
        clientUser.request().get("/api/bookings").then().body("total", org.hamcrest.Matchers.equalTo(0));
        clientUser.request().get("/api/conversations").then().body("total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void client_cancels_and_reschedules() {
        Specialists.Owned s = specialist("Reschedule Person");
        String slot = Slots.offer(s, inDays(8, 10));
        String other = Slots.offer(s, inDays(8, 12));
        WebSession client = WebSession.loggedIn("mover", false);
        String consent = client.page("/specialists/" + s.id()).selectFirst("input[name=consentVersion]").attr("value");
        String location = client.post("/bookings", Map.of("specialistId", s.id(), "slotId", slot, "consentVersion", consent))
                .header("Location");
        String path = location.substring(location.indexOf("/bookings/"), location.indexOf('?'));
        Document page = client.page(path);
        assertNotNull(page.selectFirst("#reschedule-slot option[value=" + other + "]"));
        assertEquals(400, client.post(path + "/reschedule", Map.of("slotId", "not-a-slot")).statusCode());
        assertEquals(303, client.post(path + "/reschedule", Map.of("slotId", other)).statusCode());
        assertTrue(client.page(path + "?done=rescheduled").text().contains("moved to the new time"));
        Response tooLong = client.post(path + "/cancel", Map.of("reason", "x".repeat(501)));
        assertEquals(400, tooLong.statusCode());
        assertNotNull(html(tooLong).selectFirst("#reason-error"));
        assertEquals(303, client.post(path + "/cancel", Map.of("reason", "Plans changed")).statusCode());
        assertTrue(client.page(path).text().contains("Cancelled"));
    }

    @Test
    void messages_both_ways_with_unread_badges_and_no_access_for_others() {
        Specialists.Owned s = specialist("Message Web Person");
        WebSession client = WebSession.loggedIn("writer", false);
        Response empty = client.post("/messages", Map.of("specialistId", s.id(), "text", "   "));
        assertEquals(400, empty.statusCode());
        assertNotNull(html(empty).selectFirst("#text-error"));
        Response started = client.post("/messages", Map.of("specialistId", s.id(), "text", "Hello, can we talk?"));
        assertEquals(303, started.statusCode());
        String location = started.header("Location");
        String thread = location.substring(location.indexOf("/messages/"), location.indexOf('#'));
        assertTrue(client.page(thread).text().contains("Hello, can we talk?"));

        WebSession specialistSession = WebSession.as(s.owner());
        Document inbox = specialistSession.page("/messages");
        assertEquals("1", inbox.selectFirst("header .badge").ownText().trim(), "unread badge in the header");
        assertNotNull(inbox.selectFirst("a[href='" + thread + "']"));
        assertTrue(specialistSession.page(thread).text().contains("Hello, can we talk?"));
        assertNull(specialistSession.page("/messages").selectFirst("header .badge"), "read now");
        assertEquals(303, specialistSession.post(thread, Map.of("text", "Of course. Book a time.")).statusCode());
        assertTrue(client.page("/").selectFirst("header .badge") != null);
        assertTrue(client.page(thread).text().contains("Of course. Book a time."));

        Response stranger = WebSession.loggedIn("nosy", false).get(thread);
        assertEquals(404, stranger.statusCode());
        assertTrue(stranger.asString().contains("find that page"));
        assertEquals(303, client.get(thread.replace("/messages/", "/conversations/")).statusCode());
    }

    @Test
    void questions_ask_list_show_and_report() {
        Document visitorAsk = WebSession.visitor().page("/questions/ask");
        assertTrue(visitorAsk.text().contains("To create a new Question, please log in or create an account"));
        WebSession asker = WebSession.loggedIn("asker", false);
        Response tooShort = asker.post("/questions", Map.of("title", "Hm", "body", "Body text", "topic", "general"));
        assertEquals(400, tooShort.statusCode());
        Document form = html(tooShort);
        assertNotNull(form.selectFirst("#title-error"));
        assertEquals("Body text", form.selectFirst("#ask-body").text());
        Response asked = asker.post("/questions", Map.of("title", "How do I start therapy?", "body",
                "I have never done this.", "topic", "general"));
        assertEquals(303, asked.statusCode());
        String location = asked.header("Location");
        String path = location.substring(location.indexOf("/questions/"), location.indexOf('?'));
        Document page = WebSession.visitor().page(path);
        assertEquals("How do I start therapy?", page.selectFirst("h1").text());
        assertNotNull(page.selectFirst("meta[property=og:title]"));
        assertNotNull(page.selectFirst("a[href^='https://www.facebook.com/sharer/sharer.php?u=']"), "share links");
        assertEquals("Link to this question", page.selectFirst("ul.share a").text());
        assertNull(page.selectFirst("#answer-body"), "only specialists answer");
        assertTrue(WebSession.visitor().page("/questions").text().contains("How do I start therapy?"));
        Response blank = asker.post(path + "/report", Map.of("reason", " "));
        assertEquals(400, blank.statusCode());
        assertNotNull(html(blank).selectFirst("#reason-error"));
        assertEquals(303, asker.post(path + "/report", Map.of("reason", "Spam")).statusCode());
        Response badTopic = WebSession.visitor().get("/questions?topic=nonsense");
        assertEquals(400, badTopic.statusCode());
        assertNotNull(html(badTopic).selectFirst("#topic-error"));
    }

    @Test
    void specialists_answer_questions_from_the_page() {
        Specialists.Owned s = specialist("Answering Person");
        WebSession asker = WebSession.loggedIn("asker", false);
        String location = asker.post("/questions", Map.of("title", "Is online therapy effective?", "body",
                "Curious.", "topic", "general")).header("Location");
        String path = location.substring(location.indexOf("/questions/"), location.indexOf('?'));
        WebSession specialistSession = WebSession.as(s.owner());
        assertNotNull(specialistSession.page(path).selectFirst("#answer-body"));
        assertEquals(303, specialistSession.post(path + "/answers", Map.of("body", "Yes, for many people.")).statusCode());
        assertTrue(WebSession.visitor().page(path).text().contains("Yes, for many people."));
    }

    @Test
    void contact_requires_login_and_shows_field_errors() {
        assertTrue(WebSession.visitor().page("/contact").text().contains("You need to be logged in to contact us"));
        WebSession user = WebSession.loggedIn("contact", false);
        Response blank = user.post("/contact", Map.of("subject", "", "message", "Kept text"));
        assertEquals(400, blank.statusCode());
        Document page = html(blank);
        assertNotNull(page.selectFirst("#subject-error"));
        assertEquals("Kept text", page.selectFirst("#contact-message").text());
        Response sent = user.post("/contact", Map.of("subject", "Hello", "message", "A question about data"));
        assertEquals(200, sent.statusCode());
        assertTrue(html(sent).text().contains("We have received your message"));
    }

    @Test
    void account_time_zone_export_and_delete() {
        WebSession user = WebSession.loggedIn("account", false);
        assertNotNull(user.page("/account").selectFirst("#account-tz"));
        Response bad = user.post("/account/timezone", Map.of("timeZone", "Moon/Base"));
        assertEquals(400, bad.statusCode());
        assertNotNull(html(bad).selectFirst("#timeZone-error"));
        assertEquals(303, user.post("/account/timezone", Map.of("timeZone", "America/New_York")).statusCode());
        assertTrue(user.page("/").select("footer").text().contains("America/New_York"));
        Response export = user.get("/account/export");
        assertEquals(200, export.statusCode());
        assertTrue(export.contentType().startsWith("application/json"));
        Response wrong = user.post("/account/delete", Map.of("confirm", "delete"));
        assertEquals(400, wrong.statusCode());
        assertNotNull(html(wrong).selectFirst("#confirm-error"));
        Response deleted = user.post("/account/delete", Map.of("confirm", "DELETE MY ACCOUNT"));
        assertEquals(303, deleted.statusCode());
        assertTrue(user.page("/account/deleted").text().contains("Your account is deleted"));
        assertNotNull(user.page("/").selectFirst("header a[href^='/login']"), "logged out");
    }

    @Test
    void times_are_shown_in_the_visitors_zone_with_the_zone_named() {
        Specialists.Owned s = specialist("Zone Person");
        Instant start = inDays(9, 13);
        Slots.offer(s, start);
        Map<String, String> none = new HashMap<>();
        assertFalse(none.containsKey("x"));
        Document tokyo = WebSession.visitor().cookie("tz", "Asia/Tokyo").page("/specialists/" + s.id());
        assertTrue(tokyo.select("#book").text().contains("22:00"), tokyo.select("#book").text());
        assertTrue(tokyo.select("#book").text().contains("Asia/Tokyo"));
        Document utc = WebSession.visitor().page("/specialists/" + s.id());
        assertTrue(utc.select("#book").text().contains("13:00"));
        assertTrue(utc.select("#book").text().contains("UTC"));
    }

    private static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
