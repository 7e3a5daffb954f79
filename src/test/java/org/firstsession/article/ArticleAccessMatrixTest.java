package org.firstsession.article;

import static io.restassured.RestAssured.given;

import java.util.stream.Stream;

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
 * Every articles endpoint called by an anonymous visitor, the author, a client, another published
 * specialist and an admin. Each row gets a fresh author with a published article, a draft and a
 * hidden article, so one row's writes cannot change another's.
 */
@QuarkusTest
class ArticleAccessMatrixTest {

    enum Caller { ANONYMOUS, AUTHOR, CLIENT, OTHER_SPECIALIST, ADMIN }

    /** Expected statuses in Caller order. */
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
        String article = "{\"title\":\"Matrix article\",\"summary\":\"Who may do what\",\"body\":\"Text\",\"topics\":[\"anxiety\"]}";
        String reason = "{\"reason\":\"spam\"}";
        return Stream.of(
                // Admins and clients have no published profile: they do not write articles.
                new Row("POST", "/api/articles", article, 401, 201, 403, 201, 403),
                new Row("GET", "/api/articles", null, 200, 200, 200, 200, 200),
                new Row("GET", "/api/articles/{published}", null, 200, 200, 200, 200, 200),
                new Row("GET", "/api/articles/{draft}", null, 404, 200, 404, 404, 404),
                new Row("GET", "/api/articles/{hidden}", null, 404, 200, 404, 404, 200),
                new Row("PUT", "/api/articles/{published}", article, 401, 200, 403, 403, 403),
                new Row("PUT", "/api/articles/{draft}", article, 401, 200, 404, 404, 404),
                new Row("POST", "/api/articles/{draft}/publish", null, 401, 200, 404, 404, 404),
                new Row("POST", "/api/articles/{published}/publish", null, 401, 200, 403, 403, 403),
                new Row("POST", "/api/articles/{published}/unpublish", null, 401, 200, 403, 403, 403),
                new Row("POST", "/api/articles/{hidden}/unpublish", null, 401, 200, 404, 404, 404),
                new Row("DELETE", "/api/articles/{published}", null, 401, 204, 403, 403, 403),
                new Row("DELETE", "/api/articles/{draft}", null, 401, 204, 404, 404, 404),
                new Row("GET", "/api/me/articles", null, 401, 200, 200, 200, 200),
                new Row("POST", "/api/articles/{published}/report", reason, 401, 201, 201, 201, 201),
                new Row("POST", "/api/articles/{draft}/report", reason, 401, 201, 404, 404, 404),
                new Row("POST", "/api/admin/articles/{published}/hide", null, 401, 403, 403, 403, 200),
                new Row("POST", "/api/admin/articles/{hidden}/restore", null, 401, 403, 403, 403, 200))
                .flatMap(row -> Stream.of(Caller.values()).map(caller -> Arguments.of(row, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rows")
    void access_rule(Row row, Caller caller) {
        Specialists.Owned author = Articles.author("Matrix Author");
        TestUser admin = TestUser.admin();
        String published = Articles.published(author.owner(), Articles.complete("Published matrix article"));
        String draft = Articles.draft(author.owner(), Articles.complete("Draft matrix article"));
        String hidden = Articles.published(author.owner(), Articles.complete("Hidden matrix article"));
        admin.request().post("/api/admin/articles/" + hidden + "/hide").then().statusCode(200);

        RequestSpecification request = switch (caller) {
            case ANONYMOUS -> given();
            case AUTHOR -> given().auth().oauth2(author.owner().token());
            case CLIENT -> given().auth().oauth2(TestUser.client().token());
            case OTHER_SPECIALIST -> given().auth().oauth2(Articles.author("Other Matrix Author").owner().token());
            case ADMIN -> given().auth().oauth2(admin.token());
        };
        request.contentType(ContentType.JSON).accept(ContentType.JSON);
        if (row.body() != null) {
            request.body(row.body());
        }
        request.request(row.method(), row.path().replace("{published}", published).replace("{draft}", draft)
                .replace("{hidden}", hidden))
                .then().statusCode(row.expected()[caller.ordinal()]);
    }
}
