package org.firstsession.security;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.RawHttp;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Errors a client causes are 4xx problem+json, including the ones produced before any resource runs (the
 * URI, headers, the body's content type) and text the database cannot store. Each case answered 500 or a
 * bare status before (issue #14, item 4).
 */
@QuarkusTest
class ClientErrorsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MULTIPART = "multipart/form-data; boundary=x";

    @TestHTTPResource("/")
    URI base;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void a_multipart_content_type_on_an_operation_that_reads_no_body_is_a_client_error() throws Exception {
        TestUser client = TestUser.client();
        TestUser admin = TestUser.admin();
        assertClientProblem(send("GET", "/api/specialists/featured", MULTIPART, "not multipart at all", null));
        assertClientProblem(send("GET", "/api/taxonomy", MULTIPART, "", null));
        assertClientProblem(send("GET", "/api/me/unread", MULTIPART, "--x\r\nbroken", client.token()));
        assertClientProblem(send("POST", "/api/admin/questions/00000000-0000-4000-8000-000000000001/hide", MULTIPART,
                "garbage", admin.token()));
    }

    @Test
    void a_query_value_of_the_wrong_type_is_a_400_naming_the_parameter_and_a_path_value_stays_404() {
        TestUser client = TestUser.client();
        // JAX-RS would answer 404 here (the fuzz test found GET /api/bookings?page=abc -> 404).
        client.request().queryParam("page", "abc").get("/api/bookings").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("page"));
        client.request().queryParam("size", "1.5").get("/api/conversations").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        client.request().queryParam("limit", "many").get("/api/conversations/00000000-0000-4000-8000-000000000001/messages")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        TestUser admin = TestUser.admin();
        admin.request().queryParam("page", "99999999999999999999").get("/api/admin/emails").then().statusCode(400)
                .body("errors.field", hasItem("page"));
        // In range but unconvertible paths are still "not found".
        client.request().get("/api/bookings/not-an-id").then().statusCode(404).contentType("application/problem+json");
        // A value that converts keeps the bean-validation answer.
        client.request().queryParam("page", "-1").get("/api/bookings").then().statusCode(400)
                .body("errors.field", hasItem("page"));
    }

    @Test
    void a_nul_character_in_a_text_field_is_a_400_naming_the_field() {
        TestUser asker = TestUser.client();
        asker.request().body(Map.of("title", "Sleep \u0000 trouble", "body", "I cannot sleep.", "topic", "general"))
                .post("/api/questions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("title"));
        asker.request().body(Map.of("title", "Sleep trouble again", "body", "Nights\u0000", "topic", "general"))
                .post("/api/questions").then().statusCode(400).body("errors.field", hasItem("body"));
        String question = asker.request().body(Map.of("title", "Sleep trouble", "body", "I cannot sleep.", "topic", "general"))
                .post("/api/questions").then().statusCode(201).extract().path("id");
        TestUser.client().request().body(Map.of("reason", "spam\u0000")).post("/api/questions/" + question + "/report")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        TestUser.client().request().body(Profiles.with(Profiles.complete("Dr. Nul"), "bio", "Calm\u0000 bio"))
                .post("/api/specialists").then().statusCode(400).body("errors.field", hasItem("bio"));
        // Other control characters too; tab and line breaks stay allowed.
        asker.request().body(Map.of("title", "Bell \u0007 rings", "body", "x", "topic", "general"))
                .post("/api/questions").then().statusCode(400).body("errors.field", hasItem("title"));
        asker.request().body(Map.of("title", "Tabs\tand lines", "body", "one\r\ntwo", "topic", "general"))
                .post("/api/questions").then().statusCode(201);
    }

    @Test
    void a_nul_in_a_query_parameter_or_path_is_a_400_naming_it() throws Exception {
        HttpResponse<String> query = send("GET", "/api/specialists?q=calm%00", null, null, null);
        assertEquals(400, query.statusCode(), query.body());
        assertProblem(query);
        assertTrue(query.body().contains("\"field\":\"q\""), query.body());
        HttpResponse<String> path = send("GET", "/api/specialists/abc%00def", null, null, null);
        assertEquals(400, path.statusCode(), path.body());
        assertProblem(path);
    }

    @Test
    void a_malformed_percent_escape_is_a_400_problem() throws Exception {
        // A raw socket: HTTP clients refuse to send such URIs at all.
        for (String uri : new String[] { "/api/taxonomy?q=%zz", "/api/specialists?q=%", "/api/specialists/%zz", "/specialists?q=%G1" }) {
            RawHttp.Answer answer = RawHttp.send(base, "GET", uri, Map.of(), null);
            assertEquals(400, answer.status(), uri + " " + answer.body());
            assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), uri + " " + answer.headers());
            Map<?, ?> problem = JSON.readValue(answer.body(), Map.class);
            assertEquals(400, problem.get("status"), answer.body());
            // Refused before the resources, and still with a request id: in the header (so the access log), and the body.
            assertTrue(answer.header("X-Request-Id") != null && answer.header("X-Request-Id").equals(problem.get("requestId")),
                    uri + " " + answer.headers() + " " + answer.body());
        }
    }

    @Test
    void a_request_refused_at_the_edge_keeps_a_well_formed_incoming_request_id() throws Exception {
        HttpRequest big = HttpRequest.newBuilder(base.resolve("/api/taxonomy")).header("X-Request-Id", "edge-test-0001")
                .header("X-Big", "a".repeat(25_000)).GET().build();
        HttpResponse<String> answer = HTTP.send(big, HttpResponse.BodyHandlers.ofString());
        assertEquals(431, answer.statusCode());
        assertEquals("edge-test-0001", answer.headers().firstValue("X-Request-Id").orElse(null));
        assertEquals("edge-test-0001", JSON.readValue(answer.body(), Map.class).get("requestId"), answer.body());
    }

    @Test
    void an_overlong_request_line_is_a_414_problem_and_huge_headers_a_431_problem() throws Exception {
        HttpResponse<String> longLine = send("GET", "/api/taxonomy?q=" + "a".repeat(5000), null, null, null);
        assertEquals(414, longLine.statusCode());
        assertProblem(longLine);
        HttpRequest big = HttpRequest.newBuilder(base.resolve("/api/taxonomy")).header("X-Big", "a".repeat(25_000)).GET().build();
        HttpResponse<String> bigHeader = HTTP.send(big, HttpResponse.BodyHandlers.ofString());
        assertEquals(431, bigHeader.statusCode());
        assertProblem(bigHeader);
        // Within the limits nothing changes.
        assertEquals(200, send("GET", "/api/taxonomy?q=" + "a".repeat(3000), null, null, null).statusCode());
    }

    @Test
    void a_request_from_an_unlisted_origin_is_a_403_problem_not_an_empty_403() {
        // Quarkus' CORS filter answered these with an empty 403 (found by OpenApiFuzzIT).
        for (String origin : new String[] { "https://evil.example.org", "null", "http://127.0.0.1:1", "%zz" }) {
            RestAssured.given().header("Origin", origin).get("/api/taxonomy").then().statusCode(403)
                    .contentType("application/problem+json").body("status", org.hamcrest.Matchers.equalTo(403))
                    .body("type", org.hamcrest.Matchers.endsWith("/origin-not-allowed"))
                    .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
        }
        RestAssured.given().header("Origin", "https://evil.example.org").header("Access-Control-Request-Method", "POST")
                .options("/api/questions").then().statusCode(403).contentType("application/problem+json");
        // A listed origin with a method CORS does not allow: refused as a problem too.
        RestAssured.given().header("Origin", "http://localhost:8080").request("PATCH", "/api/taxonomy").then().statusCode(403)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("/method-not-allowed-cross-origin"));
        // Listed origins and the site itself are served as before.
        RestAssured.given().header("Origin", "http://localhost:8080").get("/api/taxonomy").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8080");
        String self = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
        RestAssured.given().header("Origin", self).get("/api/taxonomy").then().statusCode(200);
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String contentType, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertClientProblem(HttpResponse<String> response) throws IOException {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, status + " " + response.body());
        assertProblem(response);
    }

    @SuppressWarnings("unchecked")
    private static void assertProblem(HttpResponse<String> response) throws IOException {
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/problem+json"), response.statusCode() + " " + type + " " + response.body());
        Map<String, Object> problem = JSON.readValue(response.body(), Map.class);
        assertEquals(response.statusCode(), problem.get("status"), response.body());
        assertTrue(problem.containsKey("type") && problem.containsKey("title"), response.body());
    }
}
