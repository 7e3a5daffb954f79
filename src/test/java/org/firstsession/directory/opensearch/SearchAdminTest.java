package org.firstsession.directory.opensearch;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The search admin endpoints with the default backend (PostgreSQL): there is no index to rebuild. */
@QuarkusTest
class SearchAdminTest {

    @Inject
    EntityManager em;

    @Test
    void postgres_has_a_status_and_no_index_to_rebuild() {
        Specialists.published(Profiles.complete("Stella Status"));
        TestUser admin = TestUser.admin();
        admin.request().get("/api/admin/search/status").then().statusCode(200)
                .body("backend", equalTo("postgres")).body("documents", greaterThanOrEqualTo(1))
                .body("pending", equalTo(0)).body("lastIndexedAt", nullValue())
                .body("content.articles.pending", equalTo(0)).body("content.questions.pending", equalTo(0))
                .body("content.articles.documents", greaterThanOrEqualTo(0));
        admin.request().post("/api/admin/search/reindex").then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/no-search-index"));
        long refused = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM audit_log WHERE action = 'SEARCH_REINDEX' AND outcome = 'REFUSED'").getSingleResult()).longValue());
        assertEquals(1, refused);
        long queued = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM search_outbox").getSingleResult()).longValue());
        assertEquals(0, queued, "nothing is recorded for an index nobody uses");
        TestUser.client().request().body(Map.of("title", "Status question", "body", "Not queued.", "topic", "general"))
                .post("/api/questions").then().statusCode(201);
        long contentQueued = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM content_search_outbox").getSingleResult()).longValue());
        assertEquals(0, contentQueued, "no article or question change is recorded either");
    }

    @Test
    void only_admins() {
        TestUser.anonymous().get("/api/admin/search/status").then().statusCode(401).contentType("application/problem+json");
        TestUser.anonymous().post("/api/admin/search/reindex").then().statusCode(401).contentType("application/problem+json");
        TestUser.client().request().get("/api/admin/search/status").then().statusCode(403).contentType("application/problem+json");
        TestUser.client().request().post("/api/admin/search/reindex").then().statusCode(403).contentType("application/problem+json");
    }
}
