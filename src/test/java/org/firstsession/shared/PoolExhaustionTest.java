package org.firstsession.shared;

import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * Overload: when no pooled connection frees up within the acquisition timeout, the caller gets a 503
 * problem with Retry-After, not a 500 (the benchmark's directory run at 100,000 profiles found 500s here).
 * The pool here has two connections (Flyway needs two at start), and the test holds both.
 */
@QuarkusTest
@TestProfile(PoolExhaustionTest.TwoConnections.class)
class PoolExhaustionTest {

    public static class TwoConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "2", "quarkus.datasource.jdbc.min-size", "0",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_busy_pool_is_a_503_with_retry_after() throws Exception {
        RestAssured.given().get("/api/specialists").then().statusCode(200);
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            RestAssured.given().get("/api/specialists").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "5")
                    .body("status", equalTo(503));
        }
        RestAssured.given().get("/api/specialists").then().statusCode(200);
    }
}
