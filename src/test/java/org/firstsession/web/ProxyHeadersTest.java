package org.firstsession.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Behind a TLS proxy listed in PROXY_TRUSTED (the tests trust loopback), the app sees the public scheme, host
 * and client address: login redirects come back to the public https address, forms posted from it pass the
 * CSRF origin check, the access log names the client, and share links still come from PUBLIC_BASE_URL
 * whatever host a request claims.
 */
@QuarkusTest
class ProxyHeadersTest {

    private static final String PUBLIC = "https://firstsession.example";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void the_login_redirect_returns_to_the_public_https_address() {
        String direct = given().redirects().follow(false).get("/login?next=/account").then().statusCode(302)
                .extract().header("Location");
        assertNotEquals(-1, direct.indexOf("redirect_uri=http%3A%2F%2Flocalhost"), direct);
        String proxied = given().redirects().follow(false)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "firstsession.example")
                .get("/login?next=/account").then().statusCode(302).extract().header("Location");
        assertNotEquals(-1, proxied.indexOf("redirect_uri=https%3A%2F%2Ffirstsession.example%2F"), proxied);
    }

    @Test
    void a_form_posted_from_the_public_origin_passes_the_csrf_check_only_through_the_proxy() {
        WebSession visitor = WebSession.visitor();
        visitor.get("/");
        Map<String, String> form = Map.of("zone", "Europe/Berlin", "next", "/", "_csrf", visitor.cookie("fs_csrf"));
        // The public origin, sent straight to the app: another site as far as it can tell.
        assertEquals(403, visitor.postRaw("/timezone", form, PUBLIC).statusCode());
        Response proxied = given().redirects().follow(false).cookies(Map.of("fs_csrf", visitor.cookie("fs_csrf")))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "firstsession.example")
                .header("Origin", PUBLIC).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form).post("/timezone");
        assertEquals(303, proxied.statusCode(), proxied.asString());
    }

    @Test
    void share_links_come_from_the_configured_address_not_from_the_request() {
        Specialists.published(Profiles.complete("Dr. Proxy"));
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example")
                .get("/api/specialists?q=Proxy").then().statusCode(200)
                .body("items.shareUrl", everyItem(startsWith("http://localhost:8080/")))
                .body("items.shareUrl", everyItem(not(containsString("evil"))));
    }

    @Test
    void the_access_log_names_the_client_behind_the_proxy() {
        given().header("X-Forwarded-For", "203.0.113.7").header("X-Request-Id", "proxy-client-address")
                .get("/api/taxonomy").then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> Files.readAllLines(Path.of("target", "quarkus-test.log"))
                .stream().anyMatch(l -> l.contains("proxy-client-address") && l.contains("\"message\":\"203.0.113.7 ")));
    }
}
