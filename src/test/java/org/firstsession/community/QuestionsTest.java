package org.firstsession.community;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class QuestionsTest {

    @Inject
    org.firstsession.shared.crypto.FieldCipher cipher;

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

    /** A made-up word (letters only, so full-text search sees one word) that no other test uses. */
    private static String word() {
        StringBuilder word = new StringBuilder("qx");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    private static Map<String, Object> question(String title, String body, String topic) {
        Map<String, Object> question = new HashMap<>();
        question.put("title", title);
        question.put("body", body);
        question.put("topic", topic);
        return question;
    }

    private static String ask(TestUser asker, String title, String body, String topic) {
        return asker.request().body(question(title, body, topic)).post("/api/questions")
                .then().statusCode(201).extract().path("id");
    }

    private static String answer(Specialists.Owned specialist, String question, String body) {
        return specialist.owner().request().body(Map.of("body", body)).post("/api/questions/" + question + "/answers")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void a_logged_in_user_asks_and_everyone_reads_it_without_knowing_who_asked() {
        TestUser asker = TestUser.client();
        String accountId = asker.request().get("/api/me").then().statusCode(200).extract().path("id");
        String topicWord = word();
        ExtractableResponse<Response> created = asker.request().body(question("How do I stop " + topicWord + " at night?",
                "It keeps me awake.", "sleep")).post("/api/questions").then().statusCode(201)
                .body("topic", equalTo("sleep"))
                .body("title", equalTo("How do I stop " + topicWord + " at night?"))
                .body("body", equalTo("It keeps me awake."))
                .body("mine", equalTo(true))
                .body("answerCount", equalTo(0))
                .body("answers", empty())
                .body("createdAt", notNullValue())
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/questions/" + id), created.header("Location"));
        asker.request().get("/api/questions/" + id).then().statusCode(200).body("mine", equalTo(true));

        String single = TestUser.anonymous().get("/api/questions/" + id).then().statusCode(200)
                .body("mine", equalTo(false)).extract().asString();
        String other = TestUser.client().request().get("/api/questions/" + id).then().statusCode(200)
                .body("mine", equalTo(false)).extract().asString();
        String list = search(topicWord).get("/api/questions").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].mine", equalTo(false)).extract().asString();
        asker.request().queryParam("q", topicWord).get("/api/questions").then().body("items[0].mine", equalTo(true));
        for (String json : List.of(single, other, list)) {
            assertFalse(json.contains(asker.name()), json);
            assertFalse(json.contains(asker.email()), json);
            assertFalse(json.contains(accountId), json);
            assertFalse(json.contains(asker.subject()), json);
        }
    }

    @Test
    void anonymous_visitors_are_told_to_log_in() {
        TestUser.anonymous().body(question("Is this normal at all?", "Asking for a friend.", "general"))
                .post("/api/questions").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("detail", equalTo("To create a new Question, please log in or create an account"));
    }

    static Stream<Arguments> badQuestions() {
        return Stream.of(
                Arguments.of("title", "Help", "title"),
                Arguments.of("title", "  Hi?   ", "title"),
                Arguments.of("title", "x".repeat(201), "title"),
                Arguments.of("title", "   ", "title"),
                Arguments.of("title", null, "title"),
                Arguments.of("title", List.of("a list is not a title"), "title"),
                Arguments.of("body", "", "body"),
                Arguments.of("body", " \n\t ", "body"),
                Arguments.of("body", "x".repeat(5001), "body"),
                Arguments.of("body", Map.of("text", "an object"), "body"),
                Arguments.of("topic", "astrology", "topic"),
                Arguments.of("topic", "Anxiety", "topic"),
                Arguments.of("topic", null, "topic"),
                Arguments.of("topic", List.of("anxiety"), "topic"),
                Arguments.of("askerAccountId", "00000000-0000-4000-8000-000000000001", "askerAccountId"),
                Arguments.of("hidden", false, "hidden"));
    }

    @ParameterizedTest(name = "{0}={1} -> 400 naming {2}")
    @MethodSource("badQuestions")
    void a_bad_field_is_400_naming_it(String field, Object value, String reported) {
        Map<String, Object> body = question("A perfectly fine title", "A perfectly fine body.", "anxiety");
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        TestUser.client().request().body(body).post("/api/questions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", hasItem(reported));
    }

    @Test
    void every_bad_field_is_named_at_once_and_text_is_stored_as_given() {
        TestUser client = TestUser.client();
        client.request().body(question("abc", "x".repeat(5001), "astrology")).post("/api/questions")
                .then().statusCode(400).body("errors.field", contains("title", "body", "topic"));
        String title = "  <b>Is " + word() + " normal?</b>  ";
        String body = " <script>alert(1)</script>\n" + "y".repeat(4970) + "  ";
        String id = ask(client, title, body, "general");
        TestUser.anonymous().get("/api/questions/" + id).then().statusCode(200)
                .body("title", equalTo(title)).body("body", equalTo(body));
        ask(client, " " + "t".repeat(200) + " ", " " + "b".repeat(5000) + " ", "adhd");
        client.request().body("{\"title\":").post("/api/questions").then().statusCode(400)
                .body("type", endsWith("/malformed-json"));
    }

    @Test
    void the_public_list_filters_by_topic_and_text_newest_first_in_pages() {
        TestUser asker = TestUser.client();
        TestUser other = TestUser.client();
        String w = word();
        String first = ask(asker, "Racing thoughts " + w, "I cannot switch off before exams.", "anxiety");
        String second = ask(other, "Low mood every winter", "It starts in November. " + w + " is my word for it.", "depression");
        String third = ask(asker, "Worry about " + w + " at work", "My heart races in meetings and I have nightmares.", "anxiety");

        search(w).get("/api/questions").then().statusCode(200)
                .body("items.id", contains(third, second, first))
                .body("total", equalTo(3))
                .body("items[0].topic", equalTo("anxiety"))
                .body("items[0].title", equalTo("Worry about " + w + " at work"))
                .body("items[0].preview", equalTo("My heart races in meetings and I have nightmares."))
                .body("items[0].answerCount", equalTo(0))
                .body("items[0]", not(hasKey("body")));
        search(w).queryParam("topic", "anxiety").get("/api/questions").then()
                .body("items.id", contains(third, first)).body("total", equalTo(2));
        search(w).queryParam("topic", "sleep").get("/api/questions").then()
                .body("items", empty()).body("total", equalTo(0));
        // English stemming over title and body: "nightmare" finds "nightmares"; all words must match.
        search(w + " nightmare").get("/api/questions").then().body("items.id", contains(third));
        search(w + " exams").get("/api/questions").then().body("items.id", contains(first));

        search(w).queryParam("size", 2).get("/api/questions").then()
                .body("items.id", contains(third, second)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("total", equalTo(3));
        search(w).queryParam("size", 2).queryParam("page", 1).get("/api/questions").then()
                .body("items.id", contains(first)).body("total", equalTo(3));
        search(w).queryParam("size", 2).queryParam("page", 5).get("/api/questions").then()
                .statusCode(200).body("items", empty()).body("total", equalTo(3));

        String longBody = "z".repeat(250);
        String long_ = ask(asker, "Long one " + w, longBody, "general");
        search(w).queryParam("topic", "general").get("/api/questions").then()
                .body("items.id", contains(long_)).body("items[0].preview", equalTo("z".repeat(200) + "…"));
    }

    static Stream<Arguments> badListParameters() {
        return Stream.of(
                Arguments.of("page", "-1"), Arguments.of("page", "abc"), Arguments.of("page", "1.5"),
                Arguments.of("size", "0"), Arguments.of("size", "51"), Arguments.of("size", "many"),
                Arguments.of("topic", "astrology"), Arguments.of("q", "x".repeat(201)));
    }

    @ParameterizedTest(name = "{0}={1} -> 400")
    @MethodSource("badListParameters")
    void bad_list_parameters_are_400_naming_them(String parameter, String value) {
        TestUser.anonymous().queryParam(parameter, value).get("/api/questions").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(parameter));
    }

    @Test
    void published_specialists_answer_with_their_name_title_and_profile_link() {
        String id = ask(TestUser.client(), "Does CBT help with panic?", "I had three panic attacks this month.", "panic-phobias");
        Specialists.Owned first = Specialists.published(Profiles.complete("Dr. First Answer"));
        Specialists.Owned second = Specialists.published(Profiles.with(Profiles.complete("Dr. Second Answer"),
                "professionalTitle", "Psychotherapist"));
        String a1 = first.owner().request().body(Map.of("body", "Yes, it often does. <i>Really.</i>"))
                .post("/api/questions/" + id + "/answers").then().statusCode(201)
                .body("questionId", equalTo(id))
                .body("body", equalTo("Yes, it often does. <i>Really.</i>"))
                .body("specialistId", equalTo(first.id()))
                .body("displayName", equalTo("Dr. First Answer"))
                .body("professionalTitle", equalTo("Clinical Psychologist"))
                .body("profileUrl", equalTo("http://localhost:8080/specialists/" + first.id()))
                .body("createdAt", notNullValue())
                .extract().path("id");
        String a2 = answer(second, id, "Exposure work too.");
        String json = TestUser.anonymous().get("/api/questions/" + id).then().statusCode(200)
                .body("answerCount", equalTo(2))
                .body("answers.id", contains(a1, a2))
                .body("answers.displayName", contains("Dr. First Answer", "Dr. Second Answer"))
                .body("answers.professionalTitle", contains("Clinical Psychologist", "Psychotherapist"))
                .body("answers[0]", not(hasKey("hidden")))
                .extract().asString();
        assertFalse(json.contains(first.owner().email()), "no specialist account data in public views");
        search("panic attacks CBT").get("/api/questions").then()
                .body("items.find { it.id == '" + id + "' }.answerCount", equalTo(2));
    }

    @Test
    void clients_and_unpublished_specialists_cannot_answer() {
        TestUser asker = TestUser.client();
        String id = ask(asker, "Who can answer this?", "Only specialists, I hope.", "general");
        TestUser.client().request().body(Map.of("body", "I think...")).post("/api/questions/" + id + "/answers")
                .then().statusCode(403).contentType("application/problem+json").body("type", endsWith("/not-a-specialist"));
        asker.request().body(Map.of("body", "Answering myself")).post("/api/questions/" + id + "/answers")
                .then().statusCode(403);
        Specialists.Owned draft = Specialists.draft(Profiles.complete("Dr. Draft"));
        draft.owner().request().body(Map.of("body", "Not yet published")).post("/api/questions/" + id + "/answers")
                .then().statusCode(403);
        Specialists.Owned gone = Specialists.published(Profiles.complete("Dr. Gone"));
        gone.owner().request().post("/api/specialists/" + gone.id() + "/unpublish").then().statusCode(200);
        gone.owner().request().body(Map.of("body", "Unpublished now")).post("/api/questions/" + id + "/answers")
                .then().statusCode(403);
        TestUser.anonymous().body(Map.of("body", "x")).post("/api/questions/" + id + "/answers").then().statusCode(401);

        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Valid"));
        s.owner().request().body(Map.of("body", "   ")).post("/api/questions/" + id + "/answers")
                .then().statusCode(400).body("errors.field", hasItem("body"));
        s.owner().request().body(Map.of("body", "x".repeat(5001))).post("/api/questions/" + id + "/answers")
                .then().statusCode(400).body("errors.field", hasItem("body"));
        s.owner().request().body(Map.of()).post("/api/questions/" + id + "/answers")
                .then().statusCode(400).body("errors.field", hasItem("body"));
        s.owner().request().body(Map.of("body", "x")).post("/api/questions/" + UUID.randomUUID() + "/answers")
                .then().statusCode(404);
        TestUser.anonymous().get("/api/questions/" + id).then().body("answerCount", equalTo(0));
    }

    @Test
    void the_asker_deletes_and_the_question_is_gone() {
        TestUser asker = TestUser.client();
        String w = word();
        String id = ask(asker, "Delete me " + w, "Changed my mind.", "general");
        TestUser.client().request().delete("/api/questions/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        TestUser.admin().request().delete("/api/questions/" + id).then().statusCode(403);
        TestUser.anonymous().delete("/api/questions/" + id).then().statusCode(401);
        asker.request().delete("/api/questions/" + id).then().statusCode(204);

        TestUser.anonymous().get("/api/questions/" + id).then().statusCode(404).contentType("application/problem+json");
        asker.request().get("/api/questions/" + id).then().statusCode(404);
        TestUser.admin().request().get("/api/questions/" + id).then().statusCode(404);
        search(w).get("/api/questions").then().body("items", empty()).body("total", equalTo(0));
        asker.request().delete("/api/questions/" + id).then().statusCode(404);
        TestUser.client().request().delete("/api/questions/" + id).then().statusCode(404);
        TestUser.client().request().delete("/api/questions/" + UUID.randomUUID()).then().statusCode(404);
        Specialists.published(Profiles.complete("Dr. Late")).owner().request().body(Map.of("body", "Too late"))
                .post("/api/questions/" + id + "/answers").then().statusCode(404);
    }

    @Test
    void anyone_logged_in_reports_a_question_or_an_answer() {
        String id = ask(TestUser.client(), "Is this advice safe?", "Someone told me to stop my medication.", "general");
        String answer = answer(Specialists.published(Profiles.complete("Dr. Reportable")), id, "Talk to your doctor first.");
        TestUser reporter = TestUser.client();
        String q = reporter.request().body(Map.of("reason", "Dangerous advice")).post("/api/questions/" + id + "/report")
                .then().statusCode(201).body("id", notNullValue()).body("status", equalTo("OPEN")).extract().path("id");
        String a = reporter.request().body(Map.of("reason", "Spam")).post("/api/answers/" + answer + "/report")
                .then().statusCode(201).body("status", equalTo("OPEN")).extract().path("id");
        assertEquals(List.of("QUESTION", id, "Dangerous advice"), report(q));
        assertEquals(List.of("ANSWER", answer, "Spam"), report(a));

        reporter.request().body(Map.of("reason", " ")).post("/api/questions/" + id + "/report").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        reporter.request().body(Map.of("reason", "x".repeat(1001))).post("/api/answers/" + answer + "/report")
                .then().statusCode(400);
        reporter.request().body(Map.of("reason", "x")).post("/api/questions/" + UUID.randomUUID() + "/report").then().statusCode(404);
        reporter.request().body(Map.of("reason", "x")).post("/api/answers/" + UUID.randomUUID() + "/report").then().statusCode(404);
        TestUser.anonymous().body(Map.of("reason", "x")).post("/api/questions/" + id + "/report").then().statusCode(401);
    }

    @Test
    void a_sixth_question_within_24_hours_is_429_even_after_deleting_one() {
        TestUser asker = TestUser.client();
        String first = null;
        for (int i = 1; i <= 5; i++) {
            String id = ask(asker, "Question number " + i, "Body " + i, "general");
            first = first == null ? id : first;
        }
        asker.request().delete("/api/questions/" + first).then().statusCode(204);
        String retryAfter = asker.request().body(question("Question number 6", "Body 6", "general")).post("/api/questions")
                .then().statusCode(429).contentType("application/problem+json")
                .body("type", endsWith("/rate-limited"))
                .header("Retry-After", notNullValue())
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds > 86_000 && seconds <= 86_401, retryAfter);
        // The limit is per account.
        ask(TestUser.client(), "Someone else asks", "Fine.", "general");
    }

    @Test
    void an_idempotency_key_replays_the_first_question() {
        TestUser asker = TestUser.client();
        String w = word();
        Map<String, Object> body = question("Asked once " + w, "Despite a flaky network.", "stress-burnout");
        String id = asker.request().header("Idempotency-Key", "ask-1").body(body).post("/api/questions")
                .then().statusCode(201).extract().path("id");
        asker.request().header("Idempotency-Key", "ask-1").body(body).post("/api/questions")
                .then().statusCode(201).body("id", equalTo(id));
        asker.request().header("Idempotency-Key", "ask-1").body(question("Something else", "x", "general"))
                .post("/api/questions").then().statusCode(422).body("type", endsWith("/idempotency-key-reused"));
        search(w).get("/api/questions").then().body("total", equalTo(1));
    }

    @Test
    void admins_hide_and_restore_questions_and_every_action_is_audited() {
        TestUser asker = TestUser.client();
        TestUser admin = TestUser.admin();
        String w = word();
        String id = ask(asker, "Moderate me " + w, "Possibly off-topic.", "general");

        admin.request().post("/api/admin/questions/" + id + "/hide").then().statusCode(200)
                .body("id", equalTo(id)).body("hidden", equalTo(true));
        search(w).get("/api/questions").then().body("items", empty()).body("total", equalTo(0));
        TestUser.anonymous().get("/api/questions/" + id).then().statusCode(404);
        asker.request().get("/api/questions/" + id).then().statusCode(404);
        admin.request().get("/api/questions/" + id).then().statusCode(200).body("hidden", equalTo(true));
        Specialists.published(Profiles.complete("Dr. Hidden")).owner().request().body(Map.of("body", "Hello?"))
                .post("/api/questions/" + id + "/answers").then().statusCode(404);
        TestUser.client().request().body(Map.of("reason", "x")).post("/api/questions/" + id + "/report").then().statusCode(404);

        admin.request().post("/api/admin/questions/" + id + "/restore").then().statusCode(200).body("hidden", equalTo(false));
        search(w).get("/api/questions").then().body("items.id", contains(id));
        TestUser.anonymous().get("/api/questions/" + id).then().statusCode(200).body("$", not(hasKey("hidden")));

        assertEquals(List.of("QUESTION_HIDE:SUCCESS", "QUESTION_RESTORE:SUCCESS"), audit(id));
        asker.request().post("/api/admin/questions/" + id + "/hide").then().statusCode(403)
                .contentType("application/problem+json");
        TestUser.anonymous().post("/api/admin/questions/" + id + "/hide").then().statusCode(401);
        // The role is checked first: a non-admin leaves no audit row (admins' refusals are still recorded).
        assertEquals(List.of("QUESTION_HIDE:SUCCESS", "QUESTION_RESTORE:SUCCESS"), audit(id));
        TestUser.anonymous().get("/api/questions/" + id).then().statusCode(200);

        String unknown = UUID.randomUUID().toString();
        admin.request().post("/api/admin/questions/" + unknown + "/hide").then().statusCode(404);
        assertEquals(List.of("QUESTION_HIDE:REFUSED"), audit(unknown));
    }

    @Test
    void admins_hide_and_restore_answers_and_every_action_is_audited() {
        String id = ask(TestUser.client(), "Which answer stays?", "Let us see.", "general");
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Moderated"));
        String kept = answer(s, id, "A helpful answer.");
        String hidden = answer(s, id, "An unhelpful answer.");
        TestUser admin = TestUser.admin();

        admin.request().post("/api/admin/answers/" + hidden + "/hide").then().statusCode(200)
                .body("id", equalTo(hidden)).body("hidden", equalTo(true));
        TestUser.anonymous().get("/api/questions/" + id).then().statusCode(200)
                .body("answerCount", equalTo(1)).body("answers.id", contains(kept))
                .body(not(containsString("An unhelpful answer.")));
        admin.request().get("/api/questions/" + id).then()
                .body("answerCount", equalTo(1))
                .body("answers.id", contains(kept, hidden))
                .body("answers.hidden", contains(false, true));
        TestUser.client().request().body(Map.of("reason", "x")).post("/api/answers/" + hidden + "/report").then().statusCode(404);

        admin.request().post("/api/admin/answers/" + hidden + "/restore").then().statusCode(200).body("hidden", equalTo(false));
        TestUser.anonymous().get("/api/questions/" + id).then().body("answerCount", equalTo(2)).body("answers.id", contains(kept, hidden));
        s.owner().request().post("/api/admin/answers/" + kept + "/hide").then().statusCode(403);

        assertEquals(List.of("ANSWER_HIDE:SUCCESS", "ANSWER_RESTORE:SUCCESS"), audit(hidden));
        assertEquals(List.of(), audit(kept));
    }

    @Test
    void question_text_and_search_terms_stay_out_of_the_logs() {
        String w = word();
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLoggerName() + " " + record.getMessage() + " "
                        + Arrays.toString(record.getParameters()) + " " + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            TestUser asker = TestUser.client();
            String id = ask(asker, "Private title " + w, "Private body " + w, "general");
            String answer = answer(Specialists.published(Profiles.complete("Dr. Discreet")), id, "Private answer " + w);
            asker.request().body(question("x" + w, "y".repeat(5001) + w, "astrology")).post("/api/questions")
                    .then().statusCode(400);
            asker.request().body(Map.of("reason", "Private reason " + w)).post("/api/answers/" + answer + "/report")
                    .then().statusCode(201);
            search(w).get("/api/questions").then().statusCode(200)
                    .body("items.id", contains(id));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> logged.stream().anyMatch(line -> line.contains("GET /api/questions")));
            assertTrue(logged.stream().noneMatch(line -> line.contains(w)), () -> String.join("\n", logged));
        } finally {
            root.removeHandler(capture);
        }
    }

    /** action:outcome of every audit row about one object, oldest first. */
    private List<String> audit(String objectId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT action || ':' || outcome FROM audit_log WHERE object_id = ?1 ORDER BY id", String.class)
                .setParameter(1, UUID.fromString(objectId)).getResultList());
    }

    private List<String> report(String reportId) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT subject_type, cast(subject_id as text), reason FROM report WHERE id = ?1")
                .setParameter(1, UUID.fromString(reportId)).getSingleResult());
        assertTrue(((String) row[2]).startsWith("v2:"), "report reasons are encrypted at rest");
        return List.of((String) row[0], (String) row[1], cipher.decrypt((String) row[2], "report.reason", reportId));
    }
}
