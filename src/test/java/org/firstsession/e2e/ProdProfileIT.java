package org.firstsession.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged app runs the prod profile: no Swagger UI or dev endpoints, HSTS and the other headers on,
 * operations endpoints only on the management port, and no start without the settings prod must have.
 */
@ExtendWith(E2eExtension.class)
class ProdProfileIT {

    @Test
    void swagger_ui_and_dev_endpoints_are_not_served(E2eEnvironment env) {
        for (String path : new String[] { "/q/swagger-ui/", "/q/swagger-ui", "/q/dev-ui/", "/q/dev/", "/q/dev-ui/extensions" }) {
            env.app().get(path).then().statusCode(404);
        }
    }

    @Test
    void metrics_health_and_openapi_are_on_the_management_port_only(E2eEnvironment env) {
        for (String path : List.of("/q/metrics", "/q/openapi", "/q/health", "/q/health/ready", "/q/health/live")) {
            env.app().accept("*/*").get(path).then().statusCode(404);
        }
        env.management().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
        env.management().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", containsString("FirstSession"));
        env.management().get("/q/health/ready").then().statusCode(200).body("status", containsString("UP"));
        env.management().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void production_security_headers_are_set(E2eEnvironment env) {
        env.app().get("/api/taxonomy").then().statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store");
        env.app().header("Origin", "https://evil.example.org").get("/api/taxonomy").then()
                .header("Access-Control-Allow-Origin", nullValue());
        env.app().get("/api/me").then().statusCode(401).header("Strict-Transport-Security", containsString("max-age="));
    }

    @Test
    void prod_refuses_to_start_without_a_token_audience(E2eEnvironment env) {
        String outcome = env.refusedStart("app without audience", List.of("OIDC_AUDIENCE"));
        assertFalse(outcome.startsWith("exit 0"), outcome);
        assertTrue(outcome.contains("OIDC_AUDIENCE"), outcome);
    }

    @Test
    void prod_refuses_to_start_without_a_shared_session_secret(E2eEnvironment env) {
        String outcome = env.refusedStart("app without session secret", List.of("SESSION_SECRET"));
        assertFalse(outcome.startsWith("exit 0"), outcome);
        assertTrue(outcome.contains("SESSION_SECRET"), outcome);
    }
}
