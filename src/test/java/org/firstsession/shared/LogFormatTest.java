package org.firstsession.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The test profile writes its file log as JSON (what LOG_FORMAT=json gives in production): each line is
 * one object; a 500's error id and the request's id are fields an operator can search for.
 */
@QuarkusTest
class LogFormatTest {

    private static final Path LOG = Path.of("target", "quarkus-test.log");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void an_unexpected_error_is_one_json_line_with_the_error_id_of_the_problem_and_the_request_id() throws IOException {
        Response response = given().accept("application/json").get("/api/test-only/failure");
        response.then().statusCode(500).contentType("application/problem+json")
                .body("detail", not(org.hamcrest.Matchers.containsString("bug for the log test")));
        Matcher id = Pattern.compile("error id ([0-9a-f-]{36})").matcher(response.jsonPath().getString("detail"));
        assertTrue(id.find(), "the problem names an error id");
        String requestId = response.header("X-Request-Id");

        JsonNode line = null;
        for (JsonNode entry : entries()) {
            if (id.group(1).equals(entry.path("mdc").path("errorId").asText())) {
                line = entry;
            }
        }
        assertTrue(line != null, "a log line carries errorId " + id.group(1));
        assertEquals("ERROR", line.path("level").asText());
        assertEquals(requestId, line.path("mdc").path("requestId").asText(), "the error line names the request");
        assertTrue(line.path("stackTrace").asText().contains("IllegalStateException"), "the stack trace is in the line");
    }

    @Test
    void every_response_carries_a_request_id_and_a_well_formed_incoming_one_is_kept() {
        given().get("/api/taxonomy").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "proxy-1234abcd").get("/api/taxonomy").then()
                .header("X-Request-Id", equalTo("proxy-1234abcd"));
        // An id that could smuggle text or an address into the log is replaced.
        given().header("X-Request-Id", "someone@example.org").get("/api/taxonomy").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void the_access_log_line_names_the_request_id() throws IOException {
        given().header("X-Request-Id", "access-log-check-42").get("/api/taxonomy").then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> entries().stream()
                .anyMatch(e -> e.path("message").asText().contains("GET /api/taxonomy")
                        && e.path("message").asText().contains("access-log-check-42")));
    }

    static List<JsonNode> entries() throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        for (String line : Files.readAllLines(LOG)) {
            if (!line.isBlank()) {
                entries.add(JSON.readTree(line));
            }
        }
        return entries;
    }
}
