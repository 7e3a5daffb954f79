package org.firstsession.web.admin;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

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

/** The admin pages: who may open them, the specialist actions and their audit records, reports, contact, audit. */
@QuarkusTest
class AdminPagesTest {

    private static final List<String> PAGES = List.of("/admin", "/admin/reports", "/admin/contact", "/admin/audit",
            "/admin/stats");

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

    @Test
    void admin_pages_render_for_admins_only() {
        WebSession admin = WebSession.loggedIn("admin", true);
        for (String path : PAGES) {
            Document page = admin.page(path);
            assertNotNull(page.selectFirst("main h1"), path);
            assertNotNull(page.selectFirst("nav[aria-label=Admin] a[aria-current=page]"), path);
        }
        assertNotNull(admin.page("/").selectFirst("header a[href='/admin']"));
        WebSession client = WebSession.loggedIn("client", false);
        for (String path : PAGES) {
            Response response = client.get(path);
            assertEquals(403, response.statusCode(), path);
            assertTrue(response.contentType().startsWith("text/html"), path + " " + response.contentType());
            assertTrue(response.asString().contains("You can&#39;t do that here")
                    || response.asString().contains("You can't do that here"), path + " " + response.asString());
        }
        for (String path : PAGES) {
            Response response = WebSession.visitor().get(path);
            assertEquals(303, response.statusCode(), path);
            assertTrue(response.header("Location").contains("/login?next="), path);
        }
        assertEquals(404, admin.get("/admin/specialists/00000000-0000-4000-8000-00000000abcd").statusCode());
    }

    @Test
    void a_group_called_admin_gives_no_admin_pages() {
        String subject = "grouped-" + java.util.UUID.randomUUID();
        WebSession grouped = WebSession.loggedIn(new org.firstsession.testsupport.OidcTestServer.LoginUser(subject,
                "Grouped Person", subject + "@example.org", List.of(), true, List.of("pwd", "otp"), Map.of("groups", List.of("admin"))));
        for (String path : PAGES) {
            assertEquals(403, grouped.get(path).statusCode(), path);
        }
        assertNull(grouped.page("/").selectFirst("header a[href='/admin']"));
    }

    @Test
    void admin_verifies_features_suspends_and_reinstates_and_each_is_audited() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Admin Page Person"));
        Slots.offer(s, inDays(3, 10));
        WebSession admin = WebSession.loggedIn("admin", true);
        String page = "/admin/specialists/" + s.id();
        Document list = admin.page("/admin?q=Admin Page Person");
        assertNotNull(list.selectFirst("a[href='" + page + "']"));

        Response noUntil = admin.post(page + "/verification", Map.of("status", "VERIFIED", "checkedOn",
                LocalDate.now().toString(), "validUntil", "", "note", "Register checked"));
        assertEquals(400, noUntil.statusCode());
        Document form = html(noUntil);
        assertNotNull(form.selectFirst("#validUntil-error"));
        assertEquals("Register checked", form.selectFirst("#v-note").text(), "the input is kept");
        assertEquals(303, admin.post(page + "/verification", Map.of("status", "VERIFIED", "checkedOn",
                LocalDate.now().toString(), "validUntil", LocalDate.now().plusYears(1).toString())).statusCode());

        WebSession client = WebSession.loggedIn("client", false);
        Response forbidden = client.post(page + "/featured", Map.of("featured", "true"));
        assertEquals(403, forbidden.statusCode());
        assertEquals(403, admin.postRaw(page + "/featured", Map.of("featured", "true"), admin.origin()).statusCode(),
                "no CSRF token");
        TestUser apiAdmin = TestUser.admin();
        apiAdmin.request().get("/api/admin/specialists?q=Admin Page Person").then().body("items[0].featured", equalTo(false));

        Response badUntil = admin.post(page + "/featured", Map.of("featured", "true", "until", "soon"));
        assertEquals(400, badUntil.statusCode());
        assertNotNull(html(badUntil).selectFirst("#until-error"));
        assertEquals(303, admin.post(page + "/featured", Map.of("featured", "true", "until", "2099-01-01T12:00")).statusCode());
        Document featured = admin.page(page + "?done=featured");
        assertTrue(featured.selectFirst("#admin-featured").text().startsWith("Yes, until"), featured.selectFirst("#admin-featured").text());
        assertTrue(WebSession.visitor().page("/").select("#featured-heading ~ ul a").eachAttr("href")
                .contains("/specialists/" + s.id()), "on the home page");

        Response blank = admin.post(page + "/suspend", Map.of("reason", " "));
        assertEquals(400, blank.statusCode());
        assertNotNull(html(blank).selectFirst("#reason-error"));
        assertEquals(303, admin.post(page + "/suspend", Map.of("reason", "Licence under review")).statusCode());
        assertTrue(admin.page(page).selectFirst("#admin-status").text().startsWith("Suspended: Licence under review"));
        assertEquals(404, WebSession.visitor().get("/specialists/" + s.id()).statusCode(), "hidden");
        assertEquals(303, admin.post(page + "/reinstate", Map.of()).statusCode());
        assertEquals(303, admin.post(page + "/featured", Map.of("featured", "false")).statusCode());

        apiAdmin.request().get("/api/admin/audit?actor=" + admin.subject()).then().statusCode(200)
                .body("items.action", hasItems("SPECIALIST_VERIFICATION", "SPECIALIST_FEATURE", "SPECIALIST_SUSPEND",
                        "SPECIALIST_REINSTATE", "SPECIALIST_UNFEATURE"))
                .body("items.objectId", hasItems(s.id()))
                .body("items.findAll { it.action == 'SPECIALIST_FEATURE' }.size()", equalTo(1));
        Document audit = admin.page("/admin/audit?actor=" + admin.subject() + "&action=SPECIALIST_SUSPEND");
        assertEquals(1, audit.select("tbody tr").size());
        assertTrue(audit.selectFirst("tbody tr").text().contains(s.id()));
        Response badDate = admin.get("/admin/audit?from=yesterday");
        assertEquals(400, badDate.statusCode());
        assertNotNull(html(badDate).selectFirst("#from-error"));
        assertEquals("yesterday", html(badDate).selectFirst("#a-from").attr("value"));
    }

    @Test
    void featuring_a_specialist_without_free_slots_is_refused_with_the_reason_and_audited() {
        Specialists.Owned s = Specialists.published(Profiles.complete("No Slots Person"));
        WebSession admin = WebSession.loggedIn("admin", true);
        Response refused = admin.post("/admin/specialists/" + s.id() + "/featured", Map.of("featured", "true"));
        assertEquals(409, refused.statusCode());
        assertTrue(html(refused).selectFirst("#admin-notice").text().contains("open slots"), refused.asString());
        TestUser.admin().request().get("/api/admin/audit?actor=" + admin.subject()).then()
                .body("items[0].action", equalTo("SPECIALIST_FEATURE")).body("items[0].outcome", equalTo("REFUSED"));
    }

    @Test
    void reports_are_read_resolved_and_the_reported_question_hidden_and_restored() {
        TestUser asker = TestUser.client();
        String question = asker.request().body(Map.of("title", "A reported question here", "body", "Some text", "topic",
                "general")).post("/api/questions").then().statusCode(201).extract().path("id");
        String report = TestUser.client().request().body(Map.of("reason", "Looks like spam"))
                .post("/api/questions/" + question + "/report").then().statusCode(201).extract().path("id");
        WebSession admin = WebSession.loggedIn("admin", true);
        assertNotNull(admin.page("/admin/reports?status=OPEN").selectFirst("a[href='/admin/reports/" + report + "']"));
        Document detail = admin.page("/admin/reports/" + report);
        assertTrue(detail.text().contains("Some text"), detail.text());
        assertEquals(400, admin.get("/admin/reports?status=maybe").statusCode());

        assertEquals(303, admin.post("/admin/reports/" + report + "/moderate", Map.of("action", "hide")).statusCode());
        assertEquals(404, WebSession.visitor().get("/questions/" + question).statusCode());
        assertEquals(303, admin.post("/admin/reports/" + report + "/moderate", Map.of("action", "restore")).statusCode());
        assertEquals(200, WebSession.visitor().get("/questions/" + question).statusCode());
        assertEquals(303, admin.post("/admin/reports/" + report + "/resolve", Map.of("note", "Not spam")).statusCode());
        assertTrue(admin.page("/admin/reports/" + report).selectFirst("#report-status").text().startsWith("Resolved, resolved"));
        assertEquals(403, WebSession.loggedIn("client", false)
                .post("/admin/reports/" + report + "/moderate", Map.of("action", "hide")).statusCode());
        TestUser.admin().request().get("/api/admin/audit?actor=" + admin.subject()).then()
                .body("items.action", hasItems("REPORT_READ", "QUESTION_HIDE", "QUESTION_RESTORE", "REPORT_RESOLVE"));
    }

    @Test
    void admins_hide_and_restore_a_question_and_its_answers_from_the_moderation_page() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Moderated Answerer"));
        String question = TestUser.client().request().body(Map.of("title", "Moderation page question", "body",
                "Question text", "topic", "general")).post("/api/questions").then().statusCode(201).extract().path("id");
        String answer = s.owner().request().body(Map.of("body", "An answer to hide")).post("/api/questions/" + question
                + "/answers").then().statusCode(201).extract().path("id");
        String otherQuestion = TestUser.client().request().body(Map.of("title", "Another question here", "body", "Text",
                "topic", "general")).post("/api/questions").then().statusCode(201).extract().path("id");
        WebSession admin = WebSession.loggedIn("admin", true);
        String page = "/admin/questions/" + question;
        assertEquals("Visible", admin.page(page).selectFirst("#answer-" + answer + " .answer-state").text());

        assertEquals(404, admin.post("/admin/questions/" + otherQuestion + "/answers/" + answer + "/hide", Map.of())
                .statusCode(), "an answer of another question");
        assertEquals(403, WebSession.loggedIn("client", false).post(page + "/answers/" + answer + "/hide", Map.of())
                .statusCode());
        assertTrue(WebSession.visitor().page("/questions/" + question).text().contains("An answer to hide"));

        assertEquals(303, admin.post(page + "/answers/" + answer + "/hide", Map.of()).statusCode());
        assertTrue(!WebSession.visitor().page("/questions/" + question).text().contains("An answer to hide"));
        assertEquals("Hidden", admin.page(page).selectFirst("#answer-" + answer + " .answer-state").text());
        assertEquals(303, admin.post(page + "/answers/" + answer + "/restore", Map.of()).statusCode());
        assertTrue(WebSession.visitor().page("/questions/" + question).text().contains("An answer to hide"));

        assertEquals(303, admin.post(page + "/hide", Map.of()).statusCode());
        assertEquals(404, WebSession.visitor().get("/questions/" + question).statusCode());
        assertEquals("Hidden", admin.page(page).selectFirst("#question-state").text());
        assertEquals(303, admin.post(page + "/restore", Map.of()).statusCode());
        assertEquals(200, WebSession.visitor().get("/questions/" + question).statusCode());
        TestUser.admin().request().get("/api/admin/audit?actor=" + admin.subject()).then()
                .body("items.action", hasItems("ANSWER_HIDE", "ANSWER_RESTORE", "QUESTION_HIDE", "QUESTION_RESTORE"));
    }

    @Test
    void contact_requests_are_listed_read_and_closed() {
        TestUser sender = TestUser.client();
        String id = sender.request().body(Map.of("subject", "Admin page subject", "message", "Please help with my account"))
                .post("/api/contact").then().statusCode(201).extract().path("id");
        WebSession admin = WebSession.loggedIn("admin", true);
        Document list = admin.page("/admin/contact?status=OPEN");
        assertNotNull(list.selectFirst("a[href='/admin/contact/" + id + "']"));
        assertTrue(!list.text().contains("Please help with my account"), "the list has no message text");
        Document one = admin.page("/admin/contact/" + id);
        assertTrue(one.text().contains("Please help with my account"));
        assertEquals(303, admin.post("/admin/contact/" + id + "/close", Map.of()).statusCode());
        assertTrue(admin.page("/admin/contact/" + id).selectFirst("#contact-status").text().startsWith("Closed, closed"));
        assertEquals(400, admin.get("/admin/contact?page=-1").statusCode());
    }

    @Test
    void an_admin_reads_and_acts_in_german_and_french() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Zweisprachige Person"));
        String page = "/admin/specialists/" + s.id();
        TestUser.admin().request().body(Map.of("status", "VERIFIED", "checkedOn", "2026-01-02", "validUntil", "2027-03-04"))
                .put("/api/admin/specialists/" + s.id() + "/verification").then().statusCode(200);
        WebSession german = WebSession.loggedIn("admin", true).cookie("lang", "de");
        Document verified = german.page(page);
        assertEquals("de", verified.selectFirst("html").attr("lang"));
        assertTrue(verified.select("dd").eachText().contains("Bestätigt, geprüft am 2. Jan. 2026, gültig bis 4. März 2027"),
                verified.select("dl").text());

        Response noSlots = german.post(page + "/featured", Map.of("featured", "true"));
        assertEquals(409, noSlots.statusCode());
        assertEquals("Die Fachperson wurde nicht hervorgehoben: Nur eine Fachperson, die kostenlose Erstgespräche anbietet "
                + "(freie Termine in den nächsten 14 Tagen), kann hervorgehoben werden.", html(noSlots).selectFirst("#admin-notice").text());
        Response badEnd = german.post(page + "/featured", Map.of("featured", "true", "until", "bald"));
        assertEquals(400, badEnd.statusCode());
        assertTrue(html(badEnd).selectFirst("#until-error").text().contains("Schreiben Sie das Ende als Datum und Uhrzeit"),
                html(badEnd).selectFirst("#until-error").text());
        Response noReason = german.post(page + "/suspend", Map.of("reason", ""));
        assertTrue(html(noReason).selectFirst("#reason-error").text().contains("Geben Sie den Grund an"));

        WebSession french = WebSession.loggedIn("admin", true).cookie("lang", "fr");
        assertEquals(303, french.post(page + "/suspend", Map.of("reason", "Vérification en cours")).statusCode());
        Document suspended = french.page(page + "?done=suspended");
        assertEquals("Suspendu: Vérification en cours", suspended.selectFirst("#admin-status").text());
        assertEquals("Le spécialiste est suspendu ; ses consultations à venir sont annulées.",
                suspended.selectFirst("#admin-notice").text());
        Document audit = french.page("/admin/audit?actor=" + french.subject());
        assertEquals("Spécialiste suspendu", audit.selectFirst("tbody tr td:nth-child(3)").ownText().strip());
        assertEquals("Effectué", audit.selectFirst("tbody tr td:nth-child(5)").text());
        assertTrue(french.get("/admin/audit?from=hier").asString().contains("À partir du : écrivez une date comme 2026-11-01."));
        assertTrue(german.get("/admin/reports?status=vielleicht").asString().contains("Wählen Sie offene oder erledigte Meldungen."));
        Document stats = german.page("/admin/stats");
        assertTrue(stats.selectFirst("main").text().contains("Absagequote"), stats.text());
        assertTrue(stats.select("main dd").eachText().stream().anyMatch(t -> t.matches("\\d+,\\d %")), stats.select("main dl").text());
    }
}
