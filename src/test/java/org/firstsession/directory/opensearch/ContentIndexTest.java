package org.firstsession.directory.opensearch;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.OpenSearchBackend;
import org.firstsession.testsupport.OpenSearchServer;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * Articles and questions on OpenSearch follow the database through the content search outbox, on its own
 * schedule (no test hook where timing is the point): whatever leaves the page (hidden, unpublished, deleted,
 * an author suspended or erased) leaves the index within 2 s, measured on {@code total}, which only the index
 * answers; english stemming; 503 while OpenSearch is down; the admin rebuild covers both kinds.
 */
@QuarkusTest
@TestProfile(OpenSearchBackend.class)
class ContentIndexTest {

    private static final Duration WITHIN = Duration.ofSeconds(2);

    @Inject
    EntityManager em;

    @Inject
    ContentIndexer indexer;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A made-up word (letters only) that no other test uses. */
    private static String word() {
        StringBuilder word = new StringBuilder("qy");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    private static Map<String, Object> article(String title, String body) {
        Map<String, Object> article = new HashMap<>();
        article.put("title", title);
        article.put("summary", "A short summary for the list.");
        article.put("body", body);
        article.put("topics", List.of("anxiety"));
        article.put("references", new ArrayList<>(List.of(Map.of("authors", "Beck, A. T.", "year", 1979,
                "title", "Cognitive Therapy of Depression"))));
        return article;
    }

    private static String publish(TestUser author, Map<String, Object> article) {
        String id = author.request().body(article).post("/api/articles").then().statusCode(201).extract().path("id");
        author.request().post("/api/articles/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private static String ask(TestUser asker, String title, String body) {
        return asker.request().body(Map.of("title", title, "body", body, "topic", "anxiety")).post("/api/questions")
                .then().statusCode(201).extract().path("id");
    }

    /** The total of a q search: counted by the index alone (rows are read from the tables only for the page). */
    private static int total(String path, String q) {
        return TestUser.anonymous().queryParam("q", q).get(path).then().statusCode(200).extract().path("total");
    }

    private static Duration within(Duration limit, String what, BooleanSupplier condition) {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > limit.toNanos()) {
                throw new AssertionError(what + " did not happen within " + limit.toMillis() + " ms");
            }
            sleep(50);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("[content index] %s after %d ms%n", what, took.toMillis());
        return took;
    }

    @Test
    void whatever_leaves_an_article_page_leaves_the_index_within_two_seconds() {
        String w = word();
        Specialists.Owned author = Specialists.published(Profiles.complete("Dr. Indexed Writer"));
        TestUser admin = TestUser.admin();
        String id = publish(author.owner(), article("Indexed " + w, "Plain words."));
        within(WITHIN, "publish", () -> total("/api/articles", w) == 1);

        Map<String, Object> edited = article("Indexed " + w, "Now about ferrets too.");
        author.owner().request().body(edited).put("/api/articles/" + id).then().statusCode(200);
        within(WITHIN, "edit", () -> total("/api/articles", w + " ferret") == 1);

        admin.request().post("/api/admin/articles/" + id + "/hide").then().statusCode(200);
        within(WITHIN, "hide", () -> total("/api/articles", w) == 0);
        admin.request().post("/api/admin/articles/" + id + "/restore").then().statusCode(200);
        within(WITHIN, "restore", () -> total("/api/articles", w) == 1);

        author.owner().request().post("/api/articles/" + id + "/unpublish").then().statusCode(200);
        within(WITHIN, "unpublish", () -> total("/api/articles", w) == 0);
        author.owner().request().post("/api/articles/" + id + "/publish").then().statusCode(200);
        within(WITHIN, "publish again", () -> total("/api/articles", w) == 1);

        admin.request().body(Map.of("reason", "Licence under review")).post("/api/admin/specialists/" + author.id() + "/suspend")
                .then().statusCode(200);
        within(WITHIN, "author suspended", () -> total("/api/articles", w) == 0);
        admin.request().post("/api/admin/specialists/" + author.id() + "/reinstate").then().statusCode(200);
        within(WITHIN, "author reinstated", () -> total("/api/articles", w) == 1);
        author.owner().request().post("/api/specialists/" + author.id() + "/unpublish").then().statusCode(200);
        within(WITHIN, "profile unpublished", () -> total("/api/articles", w) == 0);
        author.owner().request().post("/api/specialists/" + author.id() + "/publish").then().statusCode(200);
        within(WITHIN, "profile published again", () -> total("/api/articles", w) == 1);

        String second = publish(author.owner(), article("Second " + w, "Another one."));
        within(WITHIN, "second article", () -> total("/api/articles", w) == 2);
        author.owner().request().delete("/api/articles/" + second).then().statusCode(204);
        within(WITHIN, "delete", () -> total("/api/articles", w) == 1);

        author.owner().request().body(Map.of("confirm", "DELETE MY ACCOUNT")).delete("/api/me").then().statusCode(204);
        within(WITHIN, "author erased", () -> total("/api/articles", w) == 0);
    }

    @Test
    void whatever_leaves_a_question_page_leaves_the_index_within_two_seconds() {
        String w = word();
        TestUser asker = TestUser.client();
        TestUser admin = TestUser.admin();
        String id = ask(asker, "Asking about " + w, "Some body text.");
        within(WITHIN, "ask", () -> total("/api/questions", w) == 1);
        admin.request().post("/api/admin/questions/" + id + "/hide").then().statusCode(200);
        within(WITHIN, "hide", () -> total("/api/questions", w) == 0);
        admin.request().post("/api/admin/questions/" + id + "/restore").then().statusCode(200);
        within(WITHIN, "restore", () -> total("/api/questions", w) == 1);
        asker.request().delete("/api/questions/" + id).then().statusCode(204);
        within(WITHIN, "delete", () -> total("/api/questions", w) == 0);

        TestUser erased = TestUser.client();
        ask(erased, "Erased asker " + w, "Will be gone.");
        within(WITHIN, "second question", () -> total("/api/questions", w) == 1);
        erased.request().body(Map.of("confirm", "DELETE MY ACCOUNT")).delete("/api/me").then().statusCode(204);
        within(WITHIN, "asker erased", () -> total("/api/questions", w) == 0);
    }

    @Test
    void english_stemming_finds_other_forms_of_a_word() {
        String w = word();
        Specialists.Owned author = Specialists.published(Profiles.complete("Dr. Stemmer"));
        String id = publish(author.owner(), article("On anxiety " + w, "Clients who worried all week and kept ruminating."));
        String question = ask(TestUser.client(), "Anxieties before exams " + w, "I keep worrying.");
        indexer.catchUp();
        for (String q : List.of("anxieties", "anxiety", "worrying", "worries", "ruminate")) {
            TestUser.anonymous().queryParam("q", w + " " + q).get("/api/articles").then().statusCode(200)
                    .body("items.id", contains(id));
        }
        for (String q : List.of("anxiety", "anxieties", "worried", "worry")) {
            TestUser.anonymous().queryParam("q", w + " " + q).get("/api/questions").then().statusCode(200)
                    .body("items.id", contains(question));
        }
        // websearch syntax as on PostgreSQL: -word excludes, OR, "a phrase"; anything else is no error.
        TestUser.anonymous().queryParam("q", w + " -worried").get("/api/articles").then().body("total", equalTo(0));
        TestUser.anonymous().queryParam("q", w + " ferrets OR anxiety").get("/api/articles").then().body("items.id", contains(id));
        TestUser.anonymous().queryParam("q", "\"" + w + " clients\"").get("/api/articles").then().body("total", equalTo(0));
        TestUser.anonymous().queryParam("q", "\"on anxiety " + w + "\"").get("/api/articles").then().body("items.id", contains(id));
        for (String odd : List.of("\"unbalanced -(quote OR", "*", "a~2 b^3 c\\", "|||", "-", "(((")) {
            TestUser.anonymous().queryParam("q", odd).get("/api/articles").then().statusCode(200);
            TestUser.anonymous().queryParam("q", odd).get("/api/questions").then().statusCode(200);
        }
    }

    @Test
    void while_opensearch_is_down_text_search_answers_503_and_changes_wait() {
        String w = word();
        OpenSearchServer.cut();
        try {
            for (String path : List.of("/api/articles", "/api/questions")) {
                TestUser.anonymous().queryParam("q", w).get(path).then().statusCode(503)
                        .contentType("application/problem+json").header("Retry-After", notNullValue())
                        .body("status", equalTo(503));
                // Lists without q read the tables.
                TestUser.anonymous().get(path).then().statusCode(200);
            }
            ask(TestUser.client(), "Waiting " + w, "Queued meanwhile.");
            sleep(1_000);
            assertTrue(indexer.pending(ContentKind.QUESTION) >= 1, "the change waits in the outbox");
        } finally {
            OpenSearchServer.restore();
        }
        within(Duration.ofSeconds(10), "catch up after the outage", () -> total("/api/questions", w) == 1);
    }

    @Test
    void the_admin_rebuild_and_status_cover_articles_and_questions() {
        String w = word();
        Specialists.Owned author = Specialists.published(Profiles.complete("Dr. Rebuilt"));
        String id = publish(author.owner(), article("Rebuilt " + w, "Text."));
        ask(TestUser.client(), "Rebuilt question " + w, "Text.");
        indexer.catchUp();
        TestUser admin = TestUser.admin();
        String before = admin.request().get("/api/admin/search/status").then().statusCode(200)
                .body("backend", equalTo("opensearch"))
                .body("content.articles.documents", greaterThanOrEqualTo(1))
                .body("content.questions.documents", greaterThanOrEqualTo(1))
                .body("content.articles.pending", equalTo(0))
                .body("content.articles.lastIndexedAt", notNullValue())
                .extract().path("content.articles.index");
        admin.request().post("/api/admin/search/reindex").then().statusCode(202)
                .body("content.articles.rebuilding", notNullValue())
                .body("content.questions.rebuilding", notNullValue());
        // The old indices serve while the new ones fill.
        TestUser.anonymous().queryParam("q", w).get("/api/articles").then().body("items.id", contains(id));
        indexer.catchUp();
        long articles = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(ContentKind.ARTICLE.countSql())
                .getSingleResult()).longValue());
        long questions = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(ContentKind.QUESTION.countSql())
                .getSingleResult()).longValue());
        String after = admin.request().get("/api/admin/search/status").then().statusCode(200)
                .body("content.articles.rebuilding", nullValue())
                .body("content.articles.documents", equalTo((int) articles))
                .body("content.questions.documents", equalTo((int) questions))
                .extract().path("content.articles.index");
        assertNotEquals(before, after, "the articles alias moved to the new index");
        TestUser.anonymous().queryParam("q", w).get("/api/articles").then().body("items.id", contains(id));
        TestUser.anonymous().queryParam("q", w).get("/api/questions").then().body("total", equalTo(1));
    }

    @Test
    void the_outbox_holds_kinds_and_ids_only() {
        List<?> columns = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT column_name || ':' || data_type FROM information_schema.columns
                WHERE table_name = 'content_search_outbox' ORDER BY column_name""").getResultList());
        assertEquals(List.of("changed_at:timestamp with time zone", "claimed_until:timestamp with time zone",
                "doc_id:uuid", "kind:character varying", "priority:smallint", "seq:bigint"), columns);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
