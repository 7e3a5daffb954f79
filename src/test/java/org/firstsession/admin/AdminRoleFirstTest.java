package org.firstsession.admin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Admin endpoints check the admin role before anything else: a logged-in non-admin gets 403 on every
 * operation under /api/admin (read from the OpenAPI document, so a new one is covered too) and leaves
 * nothing behind, not even a "refused" row in the audit log (issue #14: any user could append those).
 */
@QuarkusTest
class AdminRoleFirstTest {

    @Inject
    EntityManager em;

    @Test
    void non_admins_get_403_on_every_admin_operation_and_write_no_audit_row() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        // Real ids, so that a check that ran after the lookup would show up as a 200/409 or an audit row.
        String question = TestUser.client().request()
                .body(Map.of("title", "Is this moderated?", "body", "Just asking.", "topic", "general"))
                .post("/api/questions").then().statusCode(201).extract().path("id");
        Specialists.Owned specialist = Specialists.published(Profiles.complete("Dr. Not Yours"));
        TestUser client = TestUser.client();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/admin")) {
                continue;
            }
            for (String method : path.getValue().keySet()) {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    continue;
                }
                checked++;
                String url = path.getKey().replace("/questions/{id}", "/questions/" + question)
                        .replace("/specialists/{id}", "/specialists/" + specialist.id())
                        .replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-00000000abcd");
                long before = auditRows();
                Response response = client.request().body("{}").request(method.toUpperCase(), url);
                String operation = method.toUpperCase() + " " + path.getKey();
                if (response.statusCode() != 403 || !response.contentType().startsWith("application/problem+json")) {
                    failures.add(operation + " answered " + response.statusCode() + " " + response.contentType());
                }
                if (auditRows() != before) {
                    failures.add(operation + " wrote an audit row for a non-admin");
                }
            }
        }
        assertTrue(checked >= 15, "the admin operations are in the OpenAPI document (" + checked + ")");
        assertEquals(List.of(), failures);
        TestUser.anonymous().get("/api/questions/" + question).then().statusCode(200);
    }

    private long auditRows() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM audit_log").getSingleResult()).longValue());
    }
}
