package org.firstsession.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Reads the application's own OpenAPI document and calls every operation without a token. Each must
 * answer 401 (problem+json) unless it is on the reviewed list of public operations below, so a new
 * endpoint that forgets its access rule fails the build.
 */
@QuarkusTest
class AnonymousAccessSweepTest {

    /** Reviewed public operations: anyone may call them. Keep this list short and deliberate. */
    static final Set<String> PUBLIC = Set.of(
            "GET /api/taxonomy",
            "GET /api/consents/booking",
            "GET /api/specialists",
            "GET /api/specialists/featured",
            "GET /api/specialists/{id}",
            "GET /api/specialists/{specialistId}/slots",
            "GET /api/questions",
            "GET /api/questions/{id}",
            "GET /api/articles",
            "GET /api/articles/{id}",
            // The place gazetteer (GeoNames data shipped with the app): the directory's "Near" field for visitors.
            "GET /api/places",
            "GET /api/places/{id}",
            "GET /photos/{id}",
            // The address is the credential (calendar apps cannot log in): 404 without a live secret.
            "GET /calendar/{secret}.ics");

    private static final String SOME_ID = "00000000-0000-4000-8000-00000000abcd";

    @Test
    void every_non_public_operation_requires_a_token() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (var path : paths.entrySet()) {
            for (String method : path.getValue().keySet()) {
                String operation = method.toUpperCase() + " " + path.getKey();
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method.toUpperCase())) {
                    continue;
                }
                checked++;
                String url = path.getKey().replaceAll("\\{[^}]+}", SOME_ID);
                Response response = given().contentType("application/json").accept("*/*").body("{}")
                        .request(method.toUpperCase(), url);
                int status = response.statusCode();
                if (PUBLIC.contains(operation)) {
                    if (status == 401 || status == 403) {
                        failures.add(operation + " is listed public but answered " + status);
                    }
                } else if (status != 401) {
                    failures.add(operation + " answered " + status + " without a token");
                } else if (!response.contentType().startsWith("application/problem+json")) {
                    failures.add(operation + " answered 401 without problem+json");
                }
            }
        }
        assertTrue(checked > 30, "the OpenAPI document lists the API (" + checked + " operations)");
        assertEquals(List.of(), failures);
    }
}
