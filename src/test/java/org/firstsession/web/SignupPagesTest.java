package org.firstsession.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.firstsession.testsupport.OidcTestServer;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.firstsession.testsupport.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** Sign up from every gated form, the verification gate on pages, account actions at the provider, admin 2FA. */
@QuarkusTest
class SignupPagesTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Instant inDays(int days) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(9));
    }

    /** A redirect's target as a local path (JAX-RS makes them absolute). */
    private static String local(String location) {
        java.net.URI uri = java.net.URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String encoded(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** The gate offers "Log in" and "Sign up", both coming back to {@code next}. */
    private static void offersBothLinks(Element gate, String next, String wording) {
        assertNotNull(gate, "no gate for " + next);
        assertTrue(gate.text().contains(wording + " — Log in or Sign up"), gate.text());
        assertNotNull(gate.selectFirst("a[href='/login?next=" + encoded(next) + "']"), gate.outerHtml());
        assertNotNull(gate.selectFirst("a[href='/signup?next=" + encoded(next) + "']"), gate.outerHtml());
    }

    @Test
    void every_gated_form_offers_log_in_and_sign_up_to_visitors() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Gate Links Specialist"));
        Slots.offer(s, inDays(5));
        WebSession visitor = WebSession.visitor();
        String profile = "/specialists/" + s.id();
        Document page = visitor.page(profile);
        offersBothLinks(page.selectFirst("#book .gate"), profile, "You need to be logged in to book a free consultation");
        offersBothLinks(page.selectFirst("#message .gate"), profile, "You need to be logged in to send messages");
        assertNull(page.selectFirst("#booking-form"));
        offersBothLinks(visitor.page("/contact").selectFirst(".gate"), "/contact", "You need to be logged in to contact us");
        offersBothLinks(visitor.page("/questions/ask").selectFirst(".gate"), "/questions/ask",
                "To create a new Question, please log in or create an account");
        Document forSpecialists = visitor.page("/for-specialists");
        offersBothLinks(forSpecialists.selectFirst(".gate"), "/specialist/profile",
                "To create your specialist profile, please log in to your account");
        assertTrue(forSpecialists.text().contains("Free for the client"), "the free-consultation promise is shown");
        assertTrue(forSpecialists.text().contains("featured"), forSpecialists.text());
        Document home = visitor.page("/");
        assertNotNull(home.selectFirst("header a[href='/signup?next=%2F']"), "the header offers Sign up");
        assertNotNull(home.selectFirst("header a[href='/login?next=%2F']"), "and Log in");
        assertNotNull(home.selectFirst("footer a[href='/for-specialists']"), "the footer leads specialists to their page");
    }

    @Test
    void signup_opens_the_providers_registration_and_comes_back_to_next_logged_in() {
        WebSession visitor = WebSession.visitor();
        Response toProvider = visitor.get("/signup?next=/questions/ask");
        assertEquals(302, toProvider.statusCode());
        String location = toProvider.header("Location");
        assertTrue(location.contains("/protocol/openid-connect/auth?"), location);
        assertTrue(location.contains("prompt=create"), "the registration page is asked for: " + location);

        String subject = "signup-" + UUID.randomUUID();
        OidcTestServer.register(new OidcTestServer.LoginUser(subject, "New Person", subject + "@example.org", List.of()));
        Response back = RestAssured.given().urlEncodingEnabled(false).redirects().follow(false)
                .get(location + "&login_hint=" + subject);
        assertEquals(302, back.statusCode());
        String next = visitor.getExactly(back.header("Location")).header("Location");
        while (next != null && next.contains("/signup")) {
            next = visitor.getExactly(next).header("Location");
        }
        assertEquals("/questions/ask", local(next));
        assertNotNull(visitor.page("/questions/ask").selectFirst("form[action='/questions']"), "logged in: the form is there");
    }

    @Test
    void signup_refuses_off_site_next_values() {
        for (String evil : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example")) {
            String subject = "signup-evil-" + UUID.randomUUID();
            OidcTestServer.register(new OidcTestServer.LoginUser(subject, "Evil Next", subject + "@example.org", List.of()));
            WebSession visitor = WebSession.visitor();
            String location = visitor.get("/signup?next=" + evil).header("Location");
            Response back = RestAssured.given().urlEncodingEnabled(false).redirects().follow(false)
                    .get(location + "&login_hint=" + subject);
            String next = visitor.getExactly(back.header("Location")).header("Location");
            while (next != null && next.contains("/signup")) {
                next = visitor.getExactly(next).header("Location");
            }
            assertEquals("/", local(next), evil);
        }
    }

    @Test
    void an_unverified_person_sees_why_and_can_ask_for_the_email_again_and_nothing_is_booked() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Gate Verify Specialist"));
        String slot = Slots.offer(s, inDays(6));
        String subject = "unverified-web-" + UUID.randomUUID();
        WebSession unverified = WebSession.loggedIn(new OidcTestServer.LoginUser(subject, "Unverified Web",
                subject + "@example.org", List.of(), false, List.of("pwd")));
        String profile = "/specialists/" + s.id();
        Document page = unverified.page(profile);
        assertNull(page.selectFirst("#booking-form"), "no booking form before the address is verified");
        Element notice = page.selectFirst("#book #verify-email");
        assertNotNull(notice, page.select("#book").outerHtml());
        assertTrue(notice.text().contains("verify your email address"), notice.text());
        assertNotNull(page.selectFirst("#book form[action='/account/provider/verify-email']"), "a way to resend the email");
        assertNull(page.selectFirst("#message form[action='/messages']"));
        assertNotNull(unverified.page("/contact").selectFirst("#verify-email"));
        assertNotNull(unverified.page("/questions/ask").selectFirst("#verify-email"));

        // A hand-made POST is refused too, and nothing is booked.
        Response refused = unverified.post("/bookings", Map.of("specialistId", s.id(), "slotId", slot,
                "consentVersion", "2026-11", "idempotencyKey", UUID.randomUUID().toString()));
        assertEquals(403, refused.statusCode());
        assertTrue(Jsoup.parse(refused.asString()).text().contains("verify your email address"), refused.asString());
        assertEquals(0, TestUser.client().request().get("/api/specialists/" + s.id() + "/slots").then().statusCode(200)
                .extract().jsonPath().getList("items").stream().filter(i -> slot.equals(((Map<?, ?>) i).get("id"))).count() == 1 ? 0 : 1,
                "the slot is still open");
        assertEquals(403, unverified.post("/contact", Map.of("subject", "Hi", "message", "Hello")).statusCode());

        // Resend: the session here ends, and a fresh authorization request carries the provider's verify action.
        Response resend = unverified.post("/account/provider/verify-email", Map.of("next", profile));
        assertEquals(303, resend.statusCode());
        String reauth = local(resend.header("Location"));
        assertEquals("/reauth?action=verify-email&next=" + encoded(profile), reauth);
        Response toProvider = unverified.get(reauth);
        assertEquals(302, toProvider.statusCode());
        assertTrue(toProvider.header("Location").contains("kc_action=VERIFY_EMAIL"), toProvider.header("Location"));
    }

    @Test
    void the_account_page_changes_the_password_and_sets_up_two_factor_at_the_provider() {
        WebSession user = WebSession.loggedIn("security", false);
        Document account = user.page("/account");
        assertNotNull(account.selectFirst("form[action='/account/provider/password'] button"));
        assertNotNull(account.selectFirst("form[action='/account/provider/two-factor'] button"));
        assertTrue(account.text().contains("Your email address is verified"), account.text());
        Response twoFactor = user.post("/account/provider/two-factor", Map.of("next", "/account"));
        assertEquals("/reauth?action=two-factor&next=%2Faccount", local(twoFactor.header("Location")));
        assertTrue(user.get(twoFactor.header("Location")).header("Location").contains("kc_action=CONFIGURE_TOTP"));
        Response password = WebSession.loggedIn("security", false).post("/account/provider/password", Map.of());
        assertEquals("/reauth?action=password&next=%2Faccount", local(password.header("Location")));
        assertEquals(404, WebSession.loggedIn("security", false).post("/account/provider/delete-everything", Map.of()).statusCode());
        // Without the form token nothing happens (and the session stays).
        WebSession other = WebSession.loggedIn("security", false);
        other.page("/account");
        assertEquals(403, other.postRaw("/account/provider/password", Map.of(), other.origin()).statusCode());
        assertEquals(200, other.get("/account").statusCode());
    }

    @Test
    void a_failed_login_explains_how_to_recover_the_password() {
        Document page = WebSession.visitor().page("/login-error");
        assertTrue(page.text().contains("Forgot your password?"), page.text());
        assertNotNull(page.selectFirst("a[href^='/login?next=']"));
        assertNotNull(page.selectFirst("a[href^='/signup?next=']"));
    }

    @Test
    void an_admin_without_a_second_factor_gets_403_on_admin_pages_and_is_told_why() {
        String subject = "admin-1fa-web-" + UUID.randomUUID();
        WebSession oneFactor = WebSession.loggedIn(new OidcTestServer.LoginUser(subject, "Admin One Factor",
                subject + "@example.org", List.of("admin"), true, List.of("pwd")));
        assertEquals(403, oneFactor.get("/admin").statusCode());
        Document account = oneFactor.page("/account");
        assertNotNull(account.selectFirst("#admin-needs-2fa"), "the account page says why");
        assertNull(account.selectFirst("header a[href='/admin']"));
        WebSession twoFactors = WebSession.loggedIn("admin-2fa", true);
        assertEquals(200, twoFactors.get("/admin").statusCode());
        assertNull(twoFactors.page("/account").selectFirst("#admin-needs-2fa"));
    }
}
