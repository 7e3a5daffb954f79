package org.firstsession.article;

import static org.firstsession.article.Articles.complete;
import static org.firstsession.article.Articles.draft;
import static org.firstsession.article.Articles.published;
import static org.firstsession.article.Articles.reference;
import static org.firstsession.article.Articles.with;
import static org.firstsession.article.Articles.word;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.directory.opensearch.ContentIndexer;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ArticlesTest {

    @Inject
    EntityManager em;

    @Inject
    ContentIndexer contentIndex;

    /**
     * Everything written so far is searchable: on OpenSearch (the {@code OnOpenSearchTest} subclass) the content
     * outbox is drained and the indices refreshed; nothing to wait for on PostgreSQL.
     */
    void searchable() {
        contentIndex.catchUp();
    }

    /** An anonymous {@code q} search, once everything written so far is searchable. */
    RequestSpecification search(String q) {
        searchable();
        return TestUser.anonymous().queryParam("q", q);
    }

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void a_specialist_writes_a_draft_publishes_it_and_anyone_reads_it() throws Exception {
        Specialists.Owned author = Articles.author("Dr. Ada Writer");
        String w = word();
        Map<String, Object> body = complete("The emotional bank account " + w);
        var created = author.owner().request().body(body).post("/api/articles").then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("title", equalTo("The emotional bank account " + w))
                .body("body", equalTo(body.get("body")))
                .body("topics", contains("relationships"))
                .body("references.title", contains("The 7 Habits of Highly Effective People",
                        "The Seven Principles for Making Marriage Work"))
                .body("references[0].pages", equalTo("ch. 3, pp. 188-203"))
                .body("references[1].url", nullValue())
                .body("publishedAt", nullValue())
                .body("slug", startsWith("the-emotional-bank-account-" + w + "-"))
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/articles/" + id));
        // A draft is the author's alone.
        TestUser.anonymous().get("/api/articles/" + id).then().statusCode(404);
        TestUser.client().request().get("/api/articles/" + id).then().statusCode(404);
        search(w).get("/api/articles").then().body("items", empty());

        String publishedAt = author.owner().request().post("/api/articles/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue()).body("updatedAt", nullValue())
                .extract().path("publishedAt");
        String slug = created.path("slug");
        search(w).get("/api/articles").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].slug", equalTo(slug))
                .body("items[0].title", equalTo("The emotional bank account " + w))
                .body("items[0].summary", equalTo(body.get("summary")))
                .body("items[0].topics", contains("relationships"))
                .body("items[0].author.specialistId", equalTo(author.id()))
                .body("items[0].author.displayName", equalTo("Dr. Ada Writer"))
                .body("items[0].author.professionalTitle", equalTo("Clinical Psychologist"))
                .body("items[0].author.profileUrl", endsWith("/specialists/" + author.id()))
                .body("items[0].publishedAt", equalTo(publishedAt))
                .body("items[0].readingMinutes", equalTo(1))
                .body("items[0].shareUrl", endsWith("/articles/" + slug))
                .body("items[0]", not(hasKey("body")));
        TestUser.anonymous().get("/api/articles/" + id).then().statusCode(200)
                .body("body", equalTo(body.get("body"))).body("references", org.hamcrest.Matchers.hasSize(2))
                .body("$", not(hasKey("hidden")));

        // Editing a published article keeps its date and address and shows when it was updated.
        Thread.sleep(5);
        author.owner().request().body(with(body, "title", "A better title " + w)).put("/api/articles/" + id).then()
                .statusCode(200).body("publishedAt", equalTo(publishedAt)).body("updatedAt", notNullValue())
                .body("slug", equalTo(slug)).body("status", equalTo("PUBLISHED"));

        author.owner().request().post("/api/articles/" + id + "/unpublish").then().statusCode(200)
                .body("status", equalTo("UNPUBLISHED"));
        TestUser.anonymous().get("/api/articles/" + id).then().statusCode(404);
        search(w).get("/api/articles").then().body("items", empty());
        author.owner().request().get("/api/articles/" + id).then().statusCode(200).body("status", equalTo("UNPUBLISHED"));
        author.owner().request().post("/api/articles/" + id + "/publish").then().statusCode(200)
                .body("publishedAt", equalTo(publishedAt));
        author.owner().request().get("/api/me/articles").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].status", equalTo("PUBLISHED"))
                .body("items[0]", not(hasKey("body")));
    }

    @Test
    void a_draft_title_change_moves_its_address_and_a_draft_cannot_be_unpublished() {
        Specialists.Owned author = Articles.author("Dr. Slug");
        String id = draft(author.owner(), Map.of("title", "First idea"));
        author.owner().request().body(Map.of("title", "Second idea")).put("/api/articles/" + id).then()
                .statusCode(200).body("slug", startsWith("second-idea-")).body("summary", nullValue());
        author.owner().request().post("/api/articles/" + id + "/unpublish").then().statusCode(409)
                .body("type", endsWith("/article-not-published"));
    }

    @Test
    void publishing_an_incomplete_article_names_the_missing_fields() {
        Specialists.Owned author = Articles.author("Dr. Incomplete");
        String id = draft(author.owner(), Map.of("title", "Only a title"));
        author.owner().request().post("/api/articles/" + id + "/publish").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/article-incomplete"))
                .body("errors.field", contains("summary", "body", "topics"));
        String empty = draft(author.owner(), Map.of());
        author.owner().request().post("/api/articles/" + empty + "/publish").then().statusCode(422)
                .body("errors.field", contains("title", "summary", "body", "topics"));

        String done = published(author.owner(), complete("Complete article"));
        author.owner().request().body(with(complete("Complete article"), "body", null)).put("/api/articles/" + done)
                .then().statusCode(422).body("errors.field", contains("body"));
        TestUser.anonymous().get("/api/articles/" + done).then().statusCode(200)
                .body("body", equalTo(complete("x").get("body")));
    }

    static Stream<Arguments> badFields() {
        String longText = "x".repeat(201);
        Map<String, Object> ref = reference("A. Author", 2001, "A book");
        return Stream.of(
                Arguments.of("title", "Four", "title"),
                Arguments.of("title", "   ", "title"),
                Arguments.of("title", longText, "title"),
                Arguments.of("title", 42, "title"),
                Arguments.of("summary", "s".repeat(301), "summary"),
                Arguments.of("summary", " ", "summary"),
                Arguments.of("body", "", "body"),
                Arguments.of("body", "b".repeat(50_001), "body"),
                Arguments.of("topics", List.of("relationships", "sleep", "anxiety", "depression"), "topics"),
                Arguments.of("topics", List.of("astrology"), "topics[0]"),
                Arguments.of("topics", List.of("sleep", "sleep"), "topics[1]"),
                Arguments.of("topics", "sleep", "topics"),
                Arguments.of("references", Collections.nCopies(51, ref), "references"),
                Arguments.of("references", List.of(ref, with(ref, "authors", null)), "references[1].authors"),
                Arguments.of("references", List.of(with(ref, "authors", "a".repeat(501))), "references[0].authors"),
                Arguments.of("references", List.of(with(ref, "year", null)), "references[0].year"),
                Arguments.of("references", List.of(with(ref, "year", 999)), "references[0].year"),
                Arguments.of("references", List.of(with(ref, "year", 3000)), "references[0].year"),
                Arguments.of("references", List.of(with(ref, "year", "2001")), "references[0].year"),
                Arguments.of("references", List.of(with(ref, "title", " ")), "references[0].title"),
                Arguments.of("references", List.of(with(ref, "publisher", "p".repeat(201))), "references[0].publisher"),
                Arguments.of("references", List.of(with(ref, "url", "javascript:alert(1)")), "references[0].url"),
                Arguments.of("references", List.of(with(ref, "url", "ftp://example.org/x")), "references[0].url"),
                Arguments.of("references", List.of(with(ref, "url", "/relative/path")), "references[0].url"),
                Arguments.of("references", List.of(with(ref, "url", "https://e.org/" + "u".repeat(2048))), "references[0].url"),
                Arguments.of("references", List.of(with(ref, "pages", "p".repeat(101))), "references[0].pages"),
                Arguments.of("references", List.of(with(ref, "note", "n".repeat(1001))), "references[0].note"),
                Arguments.of("references", List.of(with(ref, "isbn", "123")), "references[0].isbn"),
                Arguments.of("status", "PUBLISHED", "status"),
                Arguments.of("publishedAt", "2020-01-01T00:00:00Z", "publishedAt"),
                Arguments.of("specialistId", UUID.randomUUID().toString(), "specialistId"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badFields")
    void every_bad_field_is_a_400_naming_it_and_nothing_changes(String field, Object value, String named) {
        Specialists.Owned author = Articles.author("Dr. Validator");
        Map<String, Object> bad = with(complete("Valid title"), field, value);
        author.owner().request().body(bad).post("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(named));
        author.owner().request().get("/api/me/articles").then().body("total", equalTo(0));

        String id = published(author.owner(), complete("Valid title"));
        author.owner().request().body(bad).put("/api/articles/" + id).then().statusCode(400)
                .body("errors.field", hasItem(named));
        author.owner().request().get("/api/articles/" + id).then().body("title", equalTo("Valid title"))
                .body("references", org.hamcrest.Matchers.hasSize(2));
    }

    @Test
    void fifty_references_with_every_optional_field_are_kept_in_order() {
        Specialists.Owned author = Articles.author("Dr. Many Sources");
        List<Object> references = new ArrayList<>();
        IntStream.range(0, 50).forEach(i -> references.add(reference("Author " + i, 1950 + i, "Work " + i)));
        String id = draft(author.owner(), with(complete("Fifty sources"), "references", references));
        List<String> titles = author.owner().request().get("/api/articles/" + id).then().statusCode(200)
                .extract().path("references.title");
        assertEquals(IntStream.range(0, 50).mapToObj(i -> "Work " + i).toList(), titles);
    }

    @Test
    void only_a_specialist_with_a_published_profile_writes_articles() {
        TestUser.anonymous().body(complete("Anonymous")).post("/api/articles").then().statusCode(401);
        TestUser.client().request().body(complete("A client")).post("/api/articles").then().statusCode(403)
                .body("type", endsWith("/not-a-specialist"));
        Specialists.Owned draftProfile = Specialists.draft(Profiles.complete("Dr. Draft"));
        draftProfile.owner().request().body(complete("Draft profile")).post("/api/articles").then().statusCode(403);
        TestUser.client().request().get("/api/me/articles").then().statusCode(200).body("items", empty());
    }

    @Test
    void an_author_starts_at_most_twenty_articles_a_day_and_deleting_does_not_give_one_back() {
        Specialists.Owned author = Articles.author("Dr. Prolific");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(draft(author.owner(), Map.of("title", "Draft number " + i)));
        }
        author.owner().request().delete("/api/articles/" + ids.get(0)).then().statusCode(204);
        author.owner().request().body(Map.of("title", "One too many")).post("/api/articles").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
        author.owner().request().get("/api/me/articles").then().body("total", equalTo(19));
        // Another author has their own allowance.
        draft(Articles.author("Dr. Other").owner(), Map.of("title", "Still allowed"));
    }

    @Test
    void deleting_is_final_and_empties_the_text() {
        Specialists.Owned author = Articles.author("Dr. Deleter");
        String w = word();
        String id = published(author.owner(), complete("Soon gone " + w));
        author.owner().request().delete("/api/articles/" + id).then().statusCode(204);
        TestUser.anonymous().get("/api/articles/" + id).then().statusCode(404);
        author.owner().request().get("/api/articles/" + id).then().statusCode(404);
        author.owner().request().delete("/api/articles/" + id).then().statusCode(404);
        search(w).get("/api/articles").then().body("total", equalTo(0));
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT title, body, cast(reference_list as text) FROM article WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult());
        assertEquals(null, row[0]);
        assertEquals(null, row[1]);
        assertEquals("[]", row[2]);
    }

    @Test
    void search_finds_words_in_title_summary_and_body_with_stemming_newest_first() {
        Specialists.Owned author = Articles.author("Dr. Searchable");
        String w = word();
        String inTitle = published(author.owner(), complete("Title about " + w));
        String inSummary = published(author.owner(), with(complete("Second one"), "summary", "Summary on " + w + " here"));
        String inBody = published(author.owner(), with(with(complete("Third one"), "body", "Worries and anxieties about " + w),
                "topics", List.of("anxiety", "sleep")));
        published(author.owner(), complete("Unrelated"));

        search(w).get("/api/articles").then().statusCode(200)
                .body("items.id", contains(inBody, inSummary, inTitle)).body("total", equalTo(3));
        search(w + " anxiety").get("/api/articles").then().body("items.id", contains(inBody));
        search(w).queryParam("topic", "sleep").get("/api/articles").then()
                .body("items.id", contains(inBody));
        search(w).queryParam("size", 2).queryParam("page", 1).get("/api/articles").then()
                .body("items.id", contains(inTitle)).body("total", equalTo(3)).body("page", equalTo(1));
        TestUser.anonymous().queryParam("specialistId", author.id()).get("/api/articles").then()
                .body("total", equalTo(4));
        TestUser.anonymous().queryParam("specialistId", Articles.author("Dr. Nobody").id()).get("/api/articles").then()
                .body("items", empty());
        search("\"unbalanced -(quote OR").get("/api/articles").then().statusCode(200);
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(Arguments.of("topic", "astrology"), Arguments.of("specialistId", "not-a-uuid"),
                Arguments.of("q", "q".repeat(201)), Arguments.of("page", "-1"), Arguments.of("page", "x"),
                Arguments.of("size", "0"), Arguments.of("size", "51"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badParameters")
    void bad_list_parameters_are_400_naming_them(String name, String value) {
        TestUser.anonymous().queryParam(name, value).get("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains(name));
    }

    @Test
    void a_suspended_authors_articles_disappear_with_the_profile_and_return_with_it() {
        Specialists.Owned author = Articles.author("Dr. Suspended");
        String w = word();
        String id = published(author.owner(), complete("While suspended " + w));
        TestUser admin = TestUser.admin();
        admin.request().body(Map.of("reason", "Licence under review")).post("/api/admin/specialists/" + author.id() + "/suspend")
                .then().statusCode(200);
        TestUser.anonymous().get("/api/articles/" + id).then().statusCode(404);
        search(w).get("/api/articles").then().body("items", empty());
        author.owner().request().body(complete("New while suspended")).post("/api/articles").then().statusCode(403);
        admin.request().post("/api/admin/specialists/" + author.id() + "/reinstate").then().statusCode(200);
        search(w).get("/api/articles").then().body("items.id", contains(id));

        author.owner().request().post("/api/specialists/" + author.id() + "/unpublish").then().statusCode(200);
        TestUser.anonymous().get("/api/articles/" + id).then().statusCode(404);
    }

    @Test
    void readers_report_and_admins_hide_and_restore_with_every_call_audited() {
        Specialists.Owned author = Articles.author("Dr. Reported");
        String w = word();
        String id = published(author.owner(), complete("Reported " + w));
        TestUser reader = TestUser.client();
        String report = reader.request().body(Map.of("reason", "Advertising")).post("/api/articles/" + id + "/report")
                .then().statusCode(201).body("status", equalTo("OPEN")).extract().path("id");
        TestUser.anonymous().body(Map.of("reason", "x")).post("/api/articles/" + id + "/report").then().statusCode(401);
        reader.request().body(Map.of("reason", " ")).post("/api/articles/" + id + "/report").then().statusCode(400);
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT subject_type, cast(subject_id as text) FROM report WHERE id = ?1")
                .setParameter(1, UUID.fromString(report)).getSingleResult());
        assertEquals(List.of("ARTICLE", id), List.of(row));

        TestUser admin = TestUser.admin();
        admin.request().post("/api/admin/articles/" + id + "/hide").then().statusCode(200).body("hidden", equalTo(true));
        TestUser.anonymous().get("/api/articles/" + id).then().statusCode(404);
        search(w).get("/api/articles").then().body("items", empty());
        admin.request().get("/api/articles/" + id).then().statusCode(200).body("hidden", equalTo(true));
        author.owner().request().get("/api/articles/" + id).then().statusCode(200).body("hidden", equalTo(true));
        reader.request().post("/api/admin/articles/" + id + "/restore").then().statusCode(403);
        admin.request().post("/api/admin/articles/" + id + "/restore").then().statusCode(200).body("hidden", equalTo(false));
        search(w).get("/api/articles").then().body("items.id", contains(id));
        // A non-admin is refused before anything happens and leaves no audit row (issue #14).
        assertEquals(List.of("ARTICLE_HIDE:SUCCESS", "ARTICLE_RESTORE:SUCCESS"), audit(id));
        String unknown = UUID.randomUUID().toString();
        admin.request().post("/api/admin/articles/" + unknown + "/hide").then().statusCode(404);
        assertEquals(List.of("ARTICLE_HIDE:REFUSED"), audit(unknown));
    }

    @Test
    void two_articles_with_the_same_title_get_different_addresses() {
        Specialists.Owned author = Articles.author("Dr. Twice");
        String a = author.owner().request().get("/api/articles/" + published(author.owner(), complete("Same title")))
                .then().extract().path("slug");
        String b = author.owner().request().get("/api/articles/" + published(author.owner(), complete("Same title")))
                .then().extract().path("slug");
        assertNotEquals(a, b);
        TestUser.anonymous().queryParam("specialistId", author.id()).get("/api/articles").then()
                .body("items.slug", containsInAnyOrder(a, b));
    }

    @Test
    void the_export_contains_my_articles_and_erasure_deletes_them() {
        Specialists.Owned author = Articles.author("Dr. Erased Writer");
        String w = word();
        String published = published(author.owner(), complete("Exported " + w));
        String draft = draft(author.owner(), Map.of("title", "Draft " + w));
        author.owner().request().get("/api/me/export").then().statusCode(200)
                .body("articles.id", containsInAnyOrder(published, draft))
                .body("articles.find { it.id == '" + published + "' }.body", equalTo(complete("x").get("body")))
                .body("articles.find { it.id == '" + published + "' }.references", org.hamcrest.Matchers.hasSize(2));
        TestUser.client().request().get("/api/me/export").then().statusCode(200).body("articles", empty());

        author.owner().request().body(Map.of("confirm", "DELETE MY ACCOUNT")).delete("/api/me").then().statusCode(204);
        TestUser.anonymous().get("/api/articles/" + published).then().statusCode(404);
        search(w).get("/api/articles").then().body("items", empty());
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM article WHERE specialist_id = ?1").setParameter(1, UUID.fromString(author.id()))
                .getSingleResult()).longValue());
        assertEquals(0, left);
    }

    private List<String> audit(String objectId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT action || ':' || outcome FROM audit_log WHERE object_id = ?1 ORDER BY id", String.class)
                .setParameter(1, UUID.fromString(objectId)).getResultList());
    }
}
