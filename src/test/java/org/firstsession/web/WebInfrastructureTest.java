package org.firstsession.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.firstsession.testsupport.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** Routing, browser login, CSRF, error pages, time zones and headers of the website. */
@QuarkusTest
class WebInfrastructureTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void home_page_renders_for_visitors_with_the_layout() {
        Response response = WebSession.visitor().get("/");
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/html"));
        Document page = Jsoup.parse(response.asString());
        assertNotNull(page.selectFirst("a.skip-link[href=#main]"));
        assertNotNull(page.selectFirst("header nav a[href^='/login?next=']"), "visitors see Log in");
        assertNotNull(page.selectFirst("footer a[href=/contact]"));
        assertNotNull(page.selectFirst("footer a[href=/privacy]"));
        assertEquals("no-store", response.header("Cache-Control"));
        assertTrue(response.header("Content-Security-Policy").contains("default-src 'self'"));
        assertNotNull(response.header("Set-Cookie"));
        assertTrue(response.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("fs_csrf=") && c.contains("HttpOnly") && c.contains("SameSite=Strict")));
    }

    @Test
    void api_stays_under_api_with_problem_json() {
        given().get("/api/taxonomy").then().statusCode(200).contentType(startsWith("application/json"));
        given().get("/api/specialists/00000000-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().get("/api/me").then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    @Test
    void unknown_page_gets_the_html_404_page() {
        Response response = WebSession.visitor().get("/no-such-page");
        assertEquals(404, response.statusCode());
        assertTrue(response.contentType().startsWith("text/html"), response.contentType());
        assertTrue(response.asString().contains("find that page"), response.asString());
        Response missing = WebSession.visitor().get("/specialists/00000000-0000-4000-8000-000000000000");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.asString().contains("find that page"), missing.asString());
    }

    @Test
    void login_runs_the_code_flow_and_comes_back_to_next() {
        WebSession session = WebSession.loggedIn("client", false);
        Document home = session.page("/");
        assertNotNull(home.selectFirst("form[action=/logout]"), "logged-in users see Log out");
        assertNotNull(home.selectFirst("a[href=/bookings]"));
        String landed = session.login("/timezone?next=/");
        assertTrue(landed.endsWith("/timezone?next=/"), landed);
    }

    @Test
    void next_must_be_a_local_path() {
        WebSession session = WebSession.loggedIn("client", false);
        for (String evil : new String[] { "https://evil.example.org/", "//evil.example.org/x", "/\\evil.example.org",
                "javascript:alert(1)", "%2F%2Fevil.example.org" }) {
            Response response = session.get("/login?next=" + evil);
            assertEquals(303, response.statusCode(), evil);
            String location = response.header("Location");
            assertTrue(location.endsWith("/") && !location.contains("evil"), evil + " → " + location);
        }
    }

    @Test
    void login_page_for_visitors_goes_to_the_provider() {
        Response response = WebSession.visitor().get("/login?next=/bookings");
        assertEquals(302, response.statusCode());
        assertTrue(response.header("Location").contains("/protocol/openid-connect/auth"), response.header("Location"));
    }

    @Test
    void form_without_or_with_wrong_csrf_token_is_refused() {
        WebSession session = WebSession.visitor();
        session.get("/");
        Response missing = session.postRaw("/timezone", Map.of("zone", "Europe/Berlin", "next", "/"), session.origin());
        assertEquals(403, missing.statusCode());
        assertTrue(missing.asString().contains("You can&#39;t do that here") || missing.asString().contains("You can't do that here"), missing.asString());
        Response wrong = session.postRaw("/timezone", Map.of("zone", "Europe/Berlin", "next", "/", "_csrf",
                "A".repeat(43)), session.origin());
        assertEquals(403, wrong.statusCode());
        Response foreign = session.postRaw("/timezone", Map.of("zone", "Europe/Berlin", "next", "/", "_csrf",
                session.cookie("fs_csrf")), "https://evil.example.org");
        assertEquals(403, foreign.statusCode());
        assertEquals(null, session.cookie("tz"), "nothing was changed");
        Response ok = session.post("/timezone", Map.of("zone", "Europe/Berlin", "next", "/"));
        assertEquals(303, ok.statusCode());
        assertEquals("Europe/Berlin", session.cookie("tz"));
    }

    @Test
    void time_zone_comes_from_the_cookie_when_valid() {
        String footer = WebSession.visitor().cookie("tz", "Asia/Tokyo").page("/").select("footer").text();
        assertTrue(footer.contains("Asia/Tokyo"), footer);
        assertTrue(WebSession.visitor().cookie("tz", "Not/AZone").page("/").select("footer").text().contains("UTC"));
        Response bad = WebSession.visitor().post("/timezone", Map.of("zone", "Mars/Olympus", "next", "/"));
        assertEquals(400, bad.statusCode());
        Document page = Jsoup.parse(bad.asString());
        assertNotNull(page.selectFirst("#zone-error"));
        assertEquals("true", page.selectFirst("#zone").attr("aria-invalid"));
    }

    @Test
    void static_assets_are_served_and_cacheable() {
        given().get("/static/css/site.css").then().statusCode(200).header("Cache-Control", containsString("max-age"));
        given().get("/static/js/site.js").then().statusCode(200);
    }

    @Test
    void logout_ends_the_session() {
        WebSession session = WebSession.loggedIn("client", false);
        Response out = session.post("/logout", Map.of());
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Location").contains("post_logout_redirect_uri"), out.header("Location"));
        assertNotNull(session.page("/").selectFirst("header a[href^=/login]"), "logged out");
    }
}
