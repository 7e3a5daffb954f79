package org.firstsession.shared.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Small limits (5 a minute per address, 8 per account) and the test's own address as a trusted proxy, so
 * each test can be a different client through X-Forwarded-For.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("firstsession.rate-limit.anonymous-per-minute", "5",
                    "firstsession.rate-limit.account-per-minute", "8",
                    "firstsession.http.proxy-trusted", "127.0.0.0/8,::1/128");
        }
    }

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void an_address_without_login_gets_its_minute_then_429_with_retry_after() throws Exception {
        for (int i = 0; i < 5; i++) {
            from("203.0.113.7").get("/api/taxonomy").then().statusCode(200);
        }
        Response refused = from("203.0.113.7").get("/api/specialists");
        refused.then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429))
                .body("type", equalTo("https://firstsession.org/problems/rate-limited"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        // Another client is not affected.
        from("203.0.113.8").get("/api/taxonomy").then().statusCode(200);
        // The buckets name no address.
        try (var connection = dataSource.getConnection();
                var rows = connection.createStatement().executeQuery("SELECT id FROM rate_limit_bucket")) {
            int count = 0;
            while (rows.next()) {
                count++;
                assertTrue(!rows.getString(1).contains("203.0.113"), rows.getString(1));
            }
            assertTrue(count >= 2, "buckets stored: " + count);
        }
    }

    @Test
    void a_forged_forwarded_for_does_not_escape_the_limit() {
        // Whatever the client writes to the left, our proxy's entry (the rightmost untrusted hop) is the client.
        for (int i = 0; i < 5; i++) {
            from("198.51.100." + i + ", 203.0.113.20").get("/api/taxonomy").then().statusCode(200);
        }
        from("198.51.100.99, 203.0.113.20").get("/api/taxonomy").then().statusCode(429);
    }

    @Test
    void a_logged_in_account_is_limited_across_addresses_and_alone() {
        TestUser busy = TestUser.client();
        for (int i = 0; i < 8; i++) {
            from("203.0.113." + (100 + i)).auth().oauth2(busy.token()).get("/api/me").then().statusCode(200);
        }
        Response refused = from("203.0.113.120").auth().oauth2(busy.token()).get("/api/me/unread");
        assertEquals(429, refused.statusCode());
        assertTrue(refused.header("Retry-After") != null);
        // Someone else from the same address still gets through.
        from("203.0.113.100").auth().oauth2(TestUser.client().token()).get("/api/me").then().statusCode(200);
    }

    @Test
    void a_rejected_token_counts_against_the_address() {
        for (int i = 0; i < 5; i++) {
            from("203.0.113.30").auth().oauth2("not-a-jwt").get("/api/taxonomy").then().statusCode(401);
        }
        from("203.0.113.30").get("/api/taxonomy").then().statusCode(429);
    }

    @Test
    void pages_are_limited_too_and_say_so_in_html() {
        for (int i = 0; i < 5; i++) {
            from("203.0.113.40").get("/privacy").then().statusCode(200);
        }
        Response page = from("203.0.113.40").get("/questions");
        assertEquals(429, page.statusCode());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.header("Retry-After") != null);
    }

    private static io.restassured.specification.RequestSpecification from(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor).accept("*/*");
    }

}
