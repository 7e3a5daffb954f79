package org.firstsession.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.firstsession.problem.ProblemCatalogue;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** /problems and /problems/{type}: the catalogue for people (HTML) and programs (JSON), open to anyone. */
@QuarkusTest
class ProblemPagesTest {

    @Test
    void anyone_reads_the_page_a_problem_type_points_to() {
        String page = given().accept("text/html").get("/problems/slot-taken").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("Slot already taken"), containsString("https://firstsession.org/problems/slot-taken"),
                        containsString("409"))
                .extract().asString();
        assertTrue(page.contains("Someone else booked this slot first"));
    }

    @Test
    void the_same_page_answers_json_when_asked() {
        given().accept("application/json").get("/problems/too-short-notice").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("slug", equalTo("too-short-notice"), "status", equalTo(422), "title", equalTo("Too short notice"),
                        "type", equalTo("https://firstsession.org/problems/too-short-notice"), "feature", equalTo("booking"));
    }

    @Test
    void the_list_names_every_problem_type() {
        given().accept("application/json").get("/problems").then().statusCode(200)
                .body("size()", equalTo(ProblemCatalogue.all().size()),
                        "slug", hasItems("validation", "slot-taken", "slot-in-past", "email-not-verified", "photo-unusable"));
        given().accept("text/html").get("/problems").then().statusCode(200)
                .body(containsString("/problems/slot-taken"), containsString("/problems/rate-limited"));
    }

    @Test
    void an_unknown_type_is_404() {
        given().accept("application/json").get("/problems/no-such-thing").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("type", endsWith("/not-found"));
        given().accept("text/html").get("/problems/no-such-thing").then().statusCode(404).contentType(startsWith("text/html"));
    }
}
