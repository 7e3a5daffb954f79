package org.firstsession.problem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document is readable: every operation has a summary and a description and documents its
 * error responses as problem+json, with an example of each problem type, all from the catalogue.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void every_operation_has_a_summary_a_description_and_its_problems() {
        Map<String, Object> document = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var entry : path.getValue().entrySet()) {
                if (!List.of("get", "put", "post", "delete", "patch").contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> operation = (Map<String, Object>) entry.getValue();
                if (blank(operation.get("summary"))) {
                    missing.add(name + ": summary");
                }
                if (blank(operation.get("description"))) {
                    missing.add(name + ": description");
                }
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                boolean documentsErrors = false;
                for (var response : responses.entrySet()) {
                    if (!response.getKey().matches("[45]\\d\\d")) {
                        continue;
                    }
                    Map<String, Object> content = (Map<String, Object>) response.getValue().get("content");
                    Map<String, Object> problem = content == null ? null : (Map<String, Object>) content.get("application/problem+json");
                    if (problem == null || problem.get("examples") == null) {
                        missing.add(name + ": " + response.getKey() + " without a problem+json example");
                        continue;
                    }
                    documentsErrors = true;
                    for (Object example : ((Map<String, Object>) problem.get("examples")).values()) {
                        Map<String, Object> body = (Map<String, Object>) ((Map<String, Object>) example).get("value");
                        String type = (String) body.get("type");
                        String slug = type.substring(type.lastIndexOf('/') + 1);
                        if (ProblemCatalogue.find(slug).isEmpty()) {
                            missing.add(name + ": example of an unknown problem type " + type);
                        }
                        if (!String.valueOf(body.get("status")).equals(response.getKey())) {
                            missing.add(name + ": " + type + " documented under " + response.getKey());
                        }
                    }
                }
                if (!documentsErrors) {
                    missing.add(name + ": no error responses");
                }
            }
        }
        assertTrue(operations > 70, "operations found: " + operations);
        assertEquals(List.of(), missing);
    }

    @Test
    @SuppressWarnings("unchecked")
    void booking_documents_its_rules_by_problem_type() {
        Map<String, Object> booking = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().path("paths.'/api/bookings'.post");
        Map<String, Object> responses = (Map<String, Object>) booking.get("responses");
        String conflicts = (String) ((Map<String, Object>) responses.get("409")).get("description");
        assertTrue(conflicts.contains("`slot-taken`") && conflicts.contains("/problems/slot-taken"), conflicts);
        String unprocessable = (String) ((Map<String, Object>) responses.get("422")).get("description");
        assertTrue(unprocessable.contains("`too-short-notice`") && unprocessable.contains("`slot-in-past`"), unprocessable);
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    @Test
    void operations_whose_texts_follow_the_caller_document_accept_language() {
        for (String path : List.of("/api/taxonomy", "/api/consents/booking")) {
            List<String> headers = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                    .extract().jsonPath().getList("paths.'" + path + "'.get.parameters.findAll { it.in == 'header' }.name");
            assertTrue(headers.contains("Accept-Language"), path + " documents Accept-Language: " + headers);
        }
        String problem = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getString("components.schemas.Problem.description");
        assertTrue(problem.contains("Accept-Language"), problem);
    }
}
