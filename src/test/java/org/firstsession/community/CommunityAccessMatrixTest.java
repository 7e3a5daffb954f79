package org.firstsession.community;

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
 * Every questions-and-answers endpoint called by an anonymous visitor, the client who asked, another
 * client, a published specialist (who answered) and an admin. Each row gets a fresh question with one
 * answer, plus a hidden question with a hidden answer, so one row's writes cannot change another's.
 */
@QuarkusTest
class CommunityAccessMatrixTest {

    enum Caller { ANONYMOUS, ASKER, OTHER_CLIENT, SPECIALIST, ADMIN }

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Stream<Arguments> rows() {
        String ask = "{\"title\":\"Matrix question\",\"body\":\"Who may do what?\",\"topic\":\"general\"}";
        String reason = "{\"reason\":\"spam\"}";
        return AccessMatrix.cells(Caller.values(),
                new Row("POST", "/api/questions", ask, 401, 201, 201, 201, 201),
                new Row("GET", "/api/questions", null, 200, 200, 200, 200, 200),
                new Row("GET", "/api/questions/{question}", null, 200, 200, 200, 200, 200),
                new Row("GET", "/api/questions/{hidden}", null, 404, 404, 404, 404, 200),
                new Row("DELETE", "/api/questions/{question}", null, 401, 204, 403, 403, 403),
                // The asker may still delete what an admin hid; the admin sees it, so 403, others 404.
                new Row("DELETE", "/api/questions/{hidden}", null, 401, 204, 404, 404, 403),
                new Row("POST", "/api/questions/{question}/answers", "{\"body\":\"An answer\"}", 401, 403, 403, 201, 403),
                // Nobody answers a hidden question, and only admins may know it exists.
                new Row("POST", "/api/questions/{hidden}/answers", "{\"body\":\"An answer\"}", 401, 404, 404, 404, 404),
                new Row("POST", "/api/questions/{question}/report", reason, 401, 201, 201, 201, 201),
                new Row("POST", "/api/answers/{answer}/report", reason, 401, 201, 201, 201, 201),
                new Row("POST", "/api/answers/{hiddenAnswer}/report", reason, 401, 404, 404, 404, 201),
                new Row("POST", "/api/admin/questions/{question}/hide", null, 401, 403, 403, 403, 200),
                new Row("POST", "/api/admin/questions/{hidden}/restore", null, 401, 403, 403, 403, 200),
                new Row("POST", "/api/admin/answers/{answer}/hide", null, 401, 403, 403, 403, 200),
                new Row("POST", "/api/admin/answers/{hiddenAnswer}/restore", null, 401, 403, 403, 403, 200));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rows")
    void access_rule(Row row, Caller caller) {
        TestUser asker = TestUser.client();
        Specialists.Owned specialist = Specialists.published(Profiles.complete("Matrix Answerer"));
        TestUser admin = TestUser.admin();
        String question = ask(asker);
        String answer = answer(specialist, question);
        String hidden = ask(asker);
        String hiddenAnswer = answer(specialist, hidden);
        admin.request().post("/api/admin/answers/" + hiddenAnswer + "/hide").then().statusCode(200);
        admin.request().post("/api/admin/questions/" + hidden + "/hide").then().statusCode(200);

        TestUser user = switch (caller) {
            case ANONYMOUS -> null;
            case ASKER -> asker;
            case OTHER_CLIENT -> TestUser.client();
            case SPECIALIST -> specialist.owner();
            case ADMIN -> admin;
        };
        AccessMatrix.call(row, caller, user, Map.of("question", question, "hidden", hidden, "answer", answer,
                "hiddenAnswer", hiddenAnswer));
    }

    private static String ask(TestUser asker) {
        return asker.request().body(Map.of("title", "Matrix question", "body", "Who may do what?", "topic", "general"))
                .post("/api/questions").then().statusCode(201).extract().path("id");
    }

    private static String answer(Specialists.Owned specialist, String question) {
        return specialist.owner().request().body(Map.of("body", "Matrix answer"))
                .post("/api/questions/" + question + "/answers").then().statusCode(201).extract().path("id");
    }
}
