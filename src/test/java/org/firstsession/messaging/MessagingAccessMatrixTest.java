package org.firstsession.messaging;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.stream.Stream;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every messaging endpoint called by participant A (the client), participant B (the specialist), a third
 * client, another specialist, an admin (the conversation is not reported) and an anonymous visitor.
 */
@QuarkusTest
class MessagingAccessMatrixTest {

    enum Caller { CLIENT_A, SPECIALIST_B, THIRD_CLIENT, OTHER_SPECIALIST, ADMIN, ANONYMOUS }

    record Row(String method, String path, String body, int... expected) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Stream<Arguments> rows() {
        return Stream.of(
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
                new Row("POST", "/api/conversations/{conversation}/report", "{\"reason\":\"spam\"}", 201, 201, 404, 404, 404, 401))
                .flatMap(row -> Stream.of(Caller.values()).map(caller -> Arguments.of(row, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rows")
    void access_rule(Row row, Caller caller) {
        Specialists.Owned specialist = Specialists.published(Profiles.complete("Matrix Specialist"));
        TestUser client = TestUser.client();
        String conversation = client.request().body(Map.of("specialistId", specialist.id(), "text", "first"))
                .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
        TestUser other = Specialists.published(Profiles.complete("Other Specialist")).owner();

        RequestSpecification request = switch (caller) {
            case CLIENT_A -> given().auth().oauth2(client.token());
            case SPECIALIST_B -> given().auth().oauth2(specialist.owner().token());
            case THIRD_CLIENT -> given().auth().oauth2(TestUser.client().token());
            case OTHER_SPECIALIST -> given().auth().oauth2(other.token());
            case ADMIN -> given().auth().oauth2(TestUser.admin().token());
            case ANONYMOUS -> given();
        };
        request.contentType(ContentType.JSON).accept(ContentType.JSON);
        if (row.body() != null) {
            request.body(row.body().replace("{specialist}", specialist.id()));
        }
        request.request(row.method(), row.path().replace("{conversation}", conversation))
                .then().statusCode(row.expected()[caller.ordinal()]);
    }
}
