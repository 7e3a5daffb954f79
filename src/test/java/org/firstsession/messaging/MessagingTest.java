package org.firstsession.messaging;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class MessagingTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Specialists.Owned specialist(String name) {
        return Specialists.published(Profiles.complete(name));
    }

    private static String start(TestUser client, Specialists.Owned specialist, String text) {
        return client.request().body(Map.of("specialistId", specialist.id(), "text", text)).post("/api/conversations")
                .then().statusCode(201).extract().path("conversation.id");
    }

    private static String send(TestUser user, String conversation, String text) {
        return user.request().body(Map.of("text", text)).post("/api/conversations/" + conversation + "/messages")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void a_client_starts_a_conversation_and_the_second_start_continues_it() {
        Specialists.Owned s = specialist("Dr. Chat");
        TestUser client = TestUser.client();
        String id = client.request().body(Map.of("specialistId", s.id(), "text", "Hello, do you work with teens?"))
                .post("/api/conversations").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/conversations/"))
                .body("conversation.role", equalTo("CLIENT"))
                .body("conversation.otherParty.displayName", equalTo("Dr. Chat"))
                .body("message.mine", equalTo(true))
                .extract().path("conversation.id");
        client.request().body(Map.of("specialistId", s.id(), "text", "And adults?")).post("/api/conversations")
                .then().statusCode(200).body("conversation.id", equalTo(id));
        s.owner().request().get("/api/conversations/" + id + "/messages").then().statusCode(200)
                .body("items.text", contains("And adults?", "Hello, do you work with teens?"))
                .body("items.mine", contains(false, false));
    }

    @Test
    void anonymous_visitors_are_told_to_log_in() {
        Specialists.Owned s = specialist("Dr. Login");
        TestUser.anonymous().body(Map.of("specialistId", s.id(), "text", "Hi")).post("/api/conversations")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("You need to be logged in to send messages"));
    }

    @Test
    void only_published_profiles_of_others_can_be_messaged() {
        Specialists.Owned draft = Specialists.draft(Profiles.complete("Dr. Draft"));
        TestUser.client().request().body(Map.of("specialistId", draft.id(), "text", "Hi")).post("/api/conversations")
                .then().statusCode(404);
        Specialists.Owned s = specialist("Dr. Self");
        s.owner().request().body(Map.of("specialistId", s.id(), "text", "Hi me")).post("/api/conversations")
                .then().statusCode(422).body("type", endsWith("/own-profile"));
        TestUser.client().request().body(Map.of("text", "Hi")).post("/api/conversations")
                .then().statusCode(400).body("errors.field", hasItem("specialistId"));
    }

    @Test
    void a_specialist_opens_a_conversation_only_with_a_client_who_booked() {
        Specialists.Owned s = specialist("Dr. Booked");
        TestUser client = TestUser.client();
        String slot = Slots.offer(s, Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofHours(9)));
        String booking = client.request().body(Map.of("slotId", slot, "consentVersion", "2026-11")).post("/api/bookings").then().statusCode(201)
                .extract().path("id");
        String id = s.owner().request().body(Map.of("bookingId", booking, "text", "Looking forward to our call."))
                .post("/api/conversations").then().statusCode(201)
                .body("conversation.role", equalTo("SPECIALIST"))
                .body("conversation.otherParty.displayName", equalTo(client.name()))
                .extract().path("conversation.id");
        client.request().get("/api/conversations").then().body("items.id", contains(id));
        // Someone else's booking is not a way in.
        specialist("Dr. Cold").owner().request().body(Map.of("bookingId", booking, "text", "Hi"))
                .post("/api/conversations").then().statusCode(404);
    }

    @Test
    void my_conversations_newest_activity_first_with_preview_and_unread() {
        TestUser client = TestUser.client();
        Specialists.Owned first = specialist("Dr. First");
        Specialists.Owned second = specialist("Dr. Second");
        String a = start(client, first, "to first");
        String b = start(client, second, "to second");
        send(first.owner(), a, "reply from first " + "x".repeat(150));
        client.request().get("/api/conversations").then().statusCode(200)
                .body("items.id", contains(a, b))
                .body("items[0].otherParty.displayName", equalTo("Dr. First"))
                .body("items[0].lastMessagePreview", equalTo(("reply from first " + "x".repeat(150)).substring(0, 100) + "…"))
                .body("items[0].unreadCount", equalTo(1))
                .body("items[1].unreadCount", equalTo(0))
                .body("total", equalTo(2));
        client.request().get("/api/me/unread").then().body("unread", equalTo(1));
        // Replying counts as having read what came before.
        first.owner().request().get("/api/me/unread").then().body("unread", equalTo(0));
    }

    @Test
    void cursor_pagination_is_stable_while_new_messages_arrive() {
        Specialists.Owned s = specialist("Dr. Pages");
        TestUser client = TestUser.client();
        String id = start(client, s, "m1");
        for (int i = 2; i <= 7; i++) {
            send(i % 2 == 0 ? s.owner() : client, id, "m" + i);
        }
        String cursor = client.request().queryParam("limit", 3).get("/api/conversations/" + id + "/messages")
                .then().statusCode(200).body("items.text", contains("m7", "m6", "m5")).extract().path("nextCursor");
        send(s.owner(), id, "m8"); // arrives while the reader pages back
        cursor = client.request().queryParam("limit", 3).queryParam("before", cursor)
                .get("/api/conversations/" + id + "/messages").then().statusCode(200)
                .body("items.text", contains("m4", "m3", "m2")).extract().path("nextCursor");
        String last = client.request().queryParam("limit", 3).queryParam("before", cursor)
                .get("/api/conversations/" + id + "/messages").then().statusCode(200)
                .body("items.text", contains("m1")).extract().path("nextCursor");
        assertNull(last);
        client.request().queryParam("before", "abc").get("/api/conversations/" + id + "/messages")
                .then().statusCode(400).body("errors.field", hasItem("before"));
        client.request().queryParam("limit", 101).get("/api/conversations/" + id + "/messages").then().statusCode(400);
    }

    @Test
    void read_marks_drive_unread_counts() {
        Specialists.Owned s = specialist("Dr. Read");
        TestUser client = TestUser.client();
        String id = start(client, s, "one");
        String second = send(client, id, "two");
        send(client, id, "three");
        s.owner().request().get("/api/conversations/" + id).then().body("unreadCount", equalTo(3));
        s.owner().request().body(Map.of("upToMessageId", second)).post("/api/conversations/" + id + "/read")
                .then().statusCode(200).body("unreadCount", equalTo(1));
        s.owner().request().get("/api/me/unread").then().body("unread", equalTo(1));
        s.owner().request().body(Map.of()).post("/api/conversations/" + id + "/read").then().body("unreadCount", equalTo(0));
        // Marking an older message later never un-reads newer ones.
        s.owner().request().body(Map.of("upToMessageId", second)).post("/api/conversations/" + id + "/read")
                .then().body("unreadCount", equalTo(0));
        TestUser stranger = TestUser.client();
        String other = start(stranger, specialist("Dr. Other"), "x");
        String foreignMessage = stranger.request().get("/api/conversations/" + other + "/messages").then()
                .extract().path("items[0].id");
        s.owner().request().body(Map.of("upToMessageId", foreignMessage)).post("/api/conversations/" + id + "/read")
                .then().statusCode(400).body("errors.field", hasItem("upToMessageId"));
    }

    @Test
    void text_is_trimmed_for_validation_and_stored_as_given() {
        Specialists.Owned s = specialist("Dr. Text");
        TestUser client = TestUser.client();
        String html = "  <b>bold?</b> <script>alert(1)</script>  ";
        String id = start(client, s, html);
        client.request().get("/api/conversations/" + id + "/messages").then().body("items[0].text", equalTo(html));
        client.request().body(Map.of("text", "   ")).post("/api/conversations/" + id + "/messages")
                .then().statusCode(400).body("errors.field", hasItem("text"));
        client.request().body(Map.of("text", "x".repeat(5001))).post("/api/conversations/" + id + "/messages")
                .then().statusCode(400).body("errors.field", hasItem("text"));
        client.request().body(Map.of("text", " " + "x".repeat(5000) + " ")).post("/api/conversations/" + id + "/messages")
                .then().statusCode(201);
        client.request().body(Map.of("text", 42, "extra", true)).post("/api/conversations/" + id + "/messages")
                .then().statusCode(400);
    }

    @Test
    void blocking_stops_sending_but_not_reading() {
        Specialists.Owned s = specialist("Dr. Block");
        TestUser client = TestUser.client();
        String id = start(client, s, "hello");
        s.owner().request().post("/api/conversations/" + id + "/block").then().statusCode(200).body("blockedBy", equalTo("ME"));
        client.request().get("/api/conversations/" + id).then().body("blockedBy", equalTo("THEM"));
        client.request().body(Map.of("text", "still there?")).post("/api/conversations/" + id + "/messages")
                .then().statusCode(403).body("type", endsWith("/conversation-blocked"));
        s.owner().request().body(Map.of("text", "x")).post("/api/conversations/" + id + "/messages").then().statusCode(403);
        client.request().get("/api/conversations/" + id + "/messages").then().statusCode(200).body("items.text", contains("hello"));
        client.request().post("/api/conversations/" + id + "/unblock").then().statusCode(403);
        s.owner().request().post("/api/conversations/" + id + "/unblock").then().statusCode(200).body("blockedBy", nullValue());
        send(client, id, "thanks");
    }

    @Test
    void a_reported_conversation_becomes_readable_by_admins() {
        Specialists.Owned s = specialist("Dr. Reported");
        TestUser client = TestUser.client();
        String id = start(client, s, "a message");
        TestUser admin = TestUser.admin();
        admin.request().get("/api/conversations/" + id + "/messages").then().statusCode(404);
        client.request().body(Map.of("reason", "Inappropriate reply")).post("/api/conversations/" + id + "/report")
                .then().statusCode(201).body("id", notNullValue()).body("status", equalTo("OPEN"));
        admin.request().get("/api/conversations/" + id + "/messages").then().statusCode(200).body("items.text", contains("a message"));
        admin.request().get("/api/conversations/" + id).then().statusCode(200).body("role", equalTo("ADMIN"));
        admin.request().body(Map.of("text", "admin here")).post("/api/conversations/" + id + "/messages").then().statusCode(404);
        TestUser.client().request().get("/api/conversations/" + id + "/messages").then().statusCode(404);
        client.request().body(Map.of("reason", "")).post("/api/conversations/" + id + "/report").then().statusCode(400);
    }

    @Test
    void sending_more_than_30_messages_a_minute_is_429() {
        Specialists.Owned s = specialist("Dr. Flood");
        TestUser client = TestUser.client();
        String id = start(client, s, "1");
        for (int i = 2; i <= 30; i++) {
            send(client, id, String.valueOf(i));
        }
        client.request().body(Map.of("text", "31")).post("/api/conversations/" + id + "/messages")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        // Limits are per account: the other side can still answer.
        send(s.owner(), id, "calm down");
    }

    @Test
    void a_client_opens_at_most_10_new_conversations_a_day() {
        TestUser client = TestUser.client();
        Specialists.Owned last = null;
        for (int i = 1; i <= 10; i++) {
            last = specialist("Dr. Limit " + i);
            start(client, last, "hi " + i);
        }
        client.request().body(Map.of("specialistId", specialist("Dr. Eleven").id(), "text", "hi")).post("/api/conversations")
                .then().statusCode(429).header("Retry-After", notNullValue());
        // Continuing an existing conversation is not a new one.
        client.request().body(Map.of("specialistId", last.id(), "text", "again")).post("/api/conversations")
                .then().statusCode(200);
    }

    @Test
    void a_suspended_specialist_neither_sends_nor_receives_messages_until_reinstated() {
        Specialists.Owned s = specialist("Dr. Suspended");
        TestUser client = TestUser.client();
        String id = start(client, s, "before the suspension");
        send(s.owner(), id, "a reply before it");
        TestUser admin = TestUser.admin();
        admin.request().body(Map.of("reason", "Licence under review")).post("/api/admin/specialists/" + s.id() + "/suspend")
                .then().statusCode(200);

        s.owner().request().body(Map.of("text", "still here?")).post("/api/conversations/" + id + "/messages")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/specialist-suspended"));
        client.request().body(Map.of("text", "hello?")).post("/api/conversations/" + id + "/messages")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/specialist-suspended"));
        // History stays readable on both sides, and nothing was added.
        client.request().get("/api/conversations/" + id + "/messages").then().statusCode(200)
                .body("items.text", contains("a reply before it", "before the suspension"));
        s.owner().request().get("/api/conversations/" + id + "/messages").then().statusCode(200)
                .body("items.text", contains("a reply before it", "before the suspension"));

        admin.request().post("/api/admin/specialists/" + s.id() + "/reinstate").then().statusCode(200);
        send(client, id, "welcome back");
        send(s.owner(), id, "thank you");
    }
}
