package org.firstsession.messaging;

import java.util.Map;
import java.util.stream.Stream;

import org.firstsession.testsupport.AccessMatrix;
import org.firstsession.testsupport.AccessMatrix.Row;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Every messaging endpoint called by participant A (the client), participant B (the specialist), a third
 * client, another specialist, an admin (the conversation is not reported) and an anonymous visitor.
 */
@QuarkusTest
class MessagingAccessMatrixTest {

    enum Caller { CLIENT_A, SPECIALIST_B, THIRD_CLIENT, OTHER_SPECIALIST, ADMIN, ANONYMOUS }

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Stream<Arguments> rows() {
        return AccessMatrix.cells(Caller.values(),
                // A continues (200); B, the third client and the others message B's profile as clients (201);
                // B messaging their own profile is 422.
                new Row("POST", "/api/conversations", "{\"specialistId\":\"{specialist}\",\"text\":\"hi\"}", 200, 422, 201, 201, 201, 401),
                new Row("GET", "/api/conversations", null, 200, 200, 200, 200, 200, 401),
                new Row("GET", "/api/me/unread", null, 200, 200, 200, 200, 200, 401),
                new Row("GET", "/api/conversations/{conversation}", null, 200, 200, 404, 404, 404, 401),
                new Row("GET", "/api/conversations/{conversation}/messages", null, 200, 200, 404, 404, 404, 401),
                new Row("POST", "/api/conversations/{conversation}/messages", "{\"text\":\"hello\"}", 201, 201, 404, 404, 404, 401),
                new Row("POST", "/api/conversations/{conversation}/read", "{}", 200, 200, 404, 404, 404, 401),
                new Row("POST", "/api/conversations/{conversation}/block", null, 200, 200, 404, 404, 404, 401),
                new Row("POST", "/api/conversations/{conversation}/unblock", null, 200, 200, 404, 404, 404, 401),
                new Row("POST", "/api/conversations/{conversation}/report", "{\"reason\":\"spam\"}", 201, 201, 404, 404, 404, 401));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rows")
    void access_rule(Row row, Caller caller) {
        Specialists.Owned specialist = Specialists.published(Profiles.complete("Matrix Specialist"));
        TestUser client = TestUser.client();
        String conversation = client.request().body(Map.of("specialistId", specialist.id(), "text", "first"))
                .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
        TestUser other = Specialists.published(Profiles.complete("Other Specialist")).owner();

        TestUser user = switch (caller) {
            case CLIENT_A -> client;
            case SPECIALIST_B -> specialist.owner();
            case THIRD_CLIENT -> TestUser.client();
            case OTHER_SPECIALIST -> other;
            case ADMIN -> TestUser.admin();
            case ANONYMOUS -> null;
        };
        AccessMatrix.call(row, caller, user, Map.of("specialist", specialist.id(), "conversation", conversation));
    }
}
