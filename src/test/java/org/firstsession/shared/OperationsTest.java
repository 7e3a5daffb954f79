package org.firstsession.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class OperationsTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void liveness_and_readiness_with_database_check() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void prometheus_metrics_and_openapi_are_served() {
        given().get("/api/taxonomy").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/specialists"));
    }

    @Test
    void security_headers_on_success_and_error_responses() {
        headers(given().get("/api/taxonomy").then().statusCode(200));
        headers(given().get("/api/me").then().statusCode(401));
        headers(given().get("/api/specialists/00000000-0000-4000-8000-000000000000").then().statusCode(404));
        headers(TestUser.client().request().body("{").post("/api/specialists").then().statusCode(400));
    }

    private static void headers(ValidatableResponse response) {
        response.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Referrer-Policy", "no-referrer");
    }

    @Test
    void cors_allows_listed_origins_only() {
        given().header("Origin", "http://localhost:8080").header("Access-Control-Request-Method", "GET")
                .options("/api/specialists").then()
                .header("Access-Control-Allow-Origin", "http://localhost:8080");
        given().header("Origin", "https://evil.example.org").header("Access-Control-Request-Method", "GET")
                .options("/api/specialists").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example.org").get("/api/taxonomy").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void errors_never_leak_internals() {
        given().contentType("application/json").body("{\"displayName\": 5, ")
                .auth().oauth2(TestUser.client().token())
                .post("/api/specialists").then().statusCode(400)
                .body(org.hamcrest.Matchers.not(containsString("com.fasterxml")))
                .body(org.hamcrest.Matchers.not(containsString("at org.")));
    }
}
