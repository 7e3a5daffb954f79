package org.firstsession.contact;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/** Admins read, filter and close contact requests. Other test classes add requests too, so totals are compared as deltas. */
@QuarkusTest
class AdminContactTest {

    private static final TestUser ADMIN = TestUser.admin();

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String submit(TestUser user, String subject) {
        return user.request().body(Map.of("subject", subject, "message", "Message for " + subject))
                .post("/api/contact").then().statusCode(201).extract().path("id");
    }

    private static JsonPath list(String query) {
        return ADMIN.request().get("/api/admin/contact" + query).then().statusCode(200).extract().jsonPath();
    }

    private static long total(String status) {
        return list("?status=" + status + "&size=1").getLong("total");
    }

    @Test
    void list_shows_open_requests_newest_first_with_totals() {
        long openBefore = total("OPEN");
        long allBefore = list("").getLong("total");
        TestUser user = TestUser.client();
        String first = submit(user, "First");
        String second = submit(TestUser.client(), "Second");
        String third = submit(user, "Third");

        JsonPath page = list("?status=OPEN&page=0&size=2");
        assertEquals(openBefore + 3, page.getLong("total"));
        assertEquals(0, page.getInt("page"));
        assertEquals(2, page.getInt("size"));
        assertEquals(List.of(third, second), page.getList("items.id"));
        assertEquals(List.of("Third", "Second"), page.getList("items.subject"));
        assertEquals(List.of("OPEN", "OPEN"), page.getList("items.status"));
        assertEquals(user.email(), page.getString("items[0].sender.email"));
        assertEquals(user.name(), page.getString("items[0].sender.displayName"));
        assertNull(page.get("items[0].message"), "lists leave the message out");

        assertEquals(first, list("?status=OPEN&page=1&size=2").getString("items[0].id"));
        assertEquals(allBefore + 3, list("").getLong("total"), "no status: all requests");
        assertEquals(List.of(third, second, first), list("?status=open&size=3").getList("items.id"), "status in any case");
    }

    @Test
    void admin_reads_the_full_request() {
        TestUser user = TestUser.client();
        var receipt = user.request().body(Map.of("subject", "Full text", "message", "Message for Full text"))
                .post("/api/contact").then().statusCode(201).extract();
        String id = receipt.path("id");
        String userId = user.request().get("/api/me").then().extract().path("id");
        ADMIN.request().get("/api/admin/contact/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("OPEN"))
                .body("subject", equalTo("Full text"))
                .body("message", equalTo("Message for Full text"))
                .body("sender.accountId", equalTo(userId))
                .body("sender.email", equalTo(user.email()))
                .body("createdAt", equalTo(receipt.path("createdAt")))
                .body("closedAt", nullValue());
    }

    @Test
    void closing_moves_a_request_from_open_to_closed() {
        String id = submit(TestUser.client(), "To close");
        long openBefore = total("OPEN");
        long closedBefore = total("CLOSED");
        String adminId = ADMIN.request().get("/api/me").then().extract().path("id");

        String closedAt = ADMIN.request().post("/api/admin/contact/" + id + "/close").then().statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("CLOSED"))
                .body("message", equalTo("Message for To close"))
                .body("closedBy", equalTo(adminId))
                .body("closedAt", notNullValue())
                .extract().path("closedAt");

        assertEquals(openBefore - 1, total("OPEN"));
        assertEquals(closedBefore + 1, total("CLOSED"));
        ADMIN.request().get("/api/admin/contact?status=CLOSED&size=50").then().statusCode(200).body("items.id", hasItem(id));
        ADMIN.request().get("/api/admin/contact?status=OPEN&size=50").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        ADMIN.request().get("/api/admin/contact/" + id).then().statusCode(200).body("status", equalTo("CLOSED"));

        // Closing again is idempotent: 200, and the first close is what stays on record.
        TestUser otherAdmin = TestUser.admin();
        otherAdmin.request().post("/api/admin/contact/" + id + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedAt", equalTo(closedAt))
                .body("closedBy", equalTo(adminId));
        assertEquals(closedBefore + 1, total("CLOSED"));
    }

    @Test
    void bad_list_parameters_are_400_naming_them() {
        ADMIN.request().get("/api/admin/contact?status=DONE").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("status"));
        ADMIN.request().get("/api/admin/contact?size=0").then().statusCode(400).body("errors.field", hasItem("size"));
        ADMIN.request().get("/api/admin/contact?size=51").then().statusCode(400).body("errors.field", hasItem("size"));
        ADMIN.request().get("/api/admin/contact?page=-1").then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void reading_and_closing_are_audited() {
        TestUser admin = TestUser.admin();
        String id = TestUser.client().request().body(Map.of("subject", "Audit me", "message", "Private words"))
                .post("/api/contact").then().statusCode(201).extract().path("id");
        admin.request().get("/api/admin/contact/" + id).then().statusCode(200);
        admin.request().post("/api/admin/contact/" + id + "/close").then().statusCode(200);
        admin.request().queryParam("actor", admin.subject()).get("/api/admin/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("CONTACT_CLOSE", "CONTACT_READ"))
                .body("items.objectId", org.hamcrest.Matchers.everyItem(equalTo(id)));
    }

    @Test
    void unknown_request_is_404() {
        ADMIN.request().get("/api/admin/contact/00000000-0000-4000-8000-000000000001").then().statusCode(404)
                .contentType("application/problem+json");
        ADMIN.request().post("/api/admin/contact/00000000-0000-4000-8000-000000000001/close").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
