package org.firstsession.privacy;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.firstsession.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Export, erasure, consent, retention and encryption at rest. */
@QuarkusTest
class PrivacyTest {

    @Inject
    EntityManager em;

    @Inject
    RetentionJob retention;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Instant inDays(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    private static String book(TestUser client, String slot, String note) {
        return client.request().body(Map.of("slotId", slot, "note", note, "consentVersion", "2026-11"))
                .post("/api/bookings").then().statusCode(201).extract().path("id");
    }

    @Test
    void booking_needs_consent_to_the_current_wording_and_records_it() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Consent"));
        String slot = Slots.offer(s, inDays(3, 9));
        TestUser client = TestUser.client();
        String version = TestUser.anonymous().get("/api/consents/booking").then().statusCode(200)
                .body("purpose", equalTo("share-booking-with-specialist")).extract().path("version");
        client.request().body(Map.of("slotId", slot)).post("/api/bookings").then().statusCode(422)
                .body("type", endsWith("/consent-required")).body("errors.field", hasItem("consentVersion"));
        client.request().body(Map.of("slotId", slot, "consentVersion", "1999-01")).post("/api/bookings")
                .then().statusCode(422).body("type", endsWith("/consent-outdated"));
        String booking = client.request().body(Map.of("slotId", slot, "consentVersion", version)).post("/api/bookings")
                .then().statusCode(201).extract().path("id");
        client.request().get("/api/me/export").then().statusCode(200)
                .body("consents", hasSize(1))
                .body("consents[0].purpose", equalTo("share-booking-with-specialist"))
                .body("consents[0].wordingVersion", equalTo(version))
                .body("consents[0].bookingId", equalTo(booking));
    }

    @Test
    void export_holds_everything_about_me_and_nothing_about_others() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Export"));
        TestUser client = TestUser.client();
        TestUser other = TestUser.client();
        String booking = book(client, Slots.offer(s, inDays(3, 9)), "my note");
        book(other, Slots.offer(s, inDays(3, 10)), "someone else's note");
        client.request().body(Map.of("specialistId", s.id(), "text", "my question to the doctor")).post("/api/conversations")
                .then().statusCode(201);
        client.request().body(Map.of("subject", "Hello", "message", "my contact message")).post("/api/contact")
                .then().statusCode(201);

        String export = client.request().get("/api/me/export").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("account.email", equalTo(client.email()))
                .body("bookingsAsClient.id", equalTo(List.of(booking)))
                .body("bookingsAsClient[0].note", equalTo("my note"))
                .body("conversations[0].messages.text", hasItem("my question to the doctor"))
                .body("contactRequests[0].message", equalTo("my contact message"))
                .body("emailsSentToMe.subject", hasItem(org.hamcrest.Matchers.startsWith("Your free consultation is confirmed")))
                .extract().asString();
        assertFalse(export.contains(other.email()));
        assertFalse(export.contains("someone else's note"));
        // The specialist's export has both bookings (as specialist) but no client email.
        String specialistExport = s.owner().request().get("/api/me/export").then().statusCode(200)
                .body("bookingsAsSpecialist", hasSize(2)).extract().asString();
        assertFalse(specialistExport.contains(client.email()));
    }

    @Test
    void emails_are_exported_and_erased_by_account_never_by_an_address_another_account_claims() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Address"));
        TestUser victim = TestUser.client();
        book(victim, Slots.offer(s, inDays(4, 9)), "mine");
        victim.request().get("/api/me/export").then().statusCode(200).body("emailsSentToMe", hasSize(1));
        // Another account whose provider gives the same, unverified address.
        String subject = "impostor-" + UUID.randomUUID();
        TestUser impostor = new TestUser(subject, "Impostor", victim.email(),
                Tokens.forSubject(subject).name("Impostor").email(victim.email()).sign());
        impostor.request().get("/api/me/export").then().statusCode(200).body("emailsSentToMe", hasSize(0));
        impostor.request().body(Map.of("confirm", "DELETE MY ACCOUNT")).delete("/api/me").then().statusCode(204);
        victim.request().get("/api/me/export").then().statusCode(200).body("emailsSentToMe", hasSize(1))
                .body("emailsSentToMe[0].subject", org.hamcrest.Matchers.startsWith("Your free consultation is confirmed"));
        long stillAddressed = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM email_outbox WHERE recipient = ?1").setParameter(1, victim.email())
                .getSingleResult()).longValue());
        assertEquals(1, stillAddressed);
    }

    @Test
    void erasure_leaves_no_name_or_email_anywhere_and_keeps_the_other_side_coherent() {
        String marker = "Zyxwv" + UUID.randomUUID().toString().substring(0, 6);
        String name = marker + " Quorra";
        String email = marker.toLowerCase() + "@example.org";
        String subject = "erase-" + UUID.randomUUID();
        TestUser client = new TestUser(subject, name, email, Tokens.forSubject(subject).name(name).email(email).sign());
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Remains"));
        String booking = book(client, Slots.offer(s, inDays(3, 9)), "private note of " + marker);
        String conversation = client.request().body(Map.of("specialistId", s.id(), "text", "message by " + marker))
                .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
        s.owner().request().body(Map.of("text", "reply")).post("/api/conversations/" + conversation + "/messages")
                .then().statusCode(201);
        client.request().body(Map.of("subject", "About " + marker, "message", "contact by " + marker)).post("/api/contact")
                .then().statusCode(201);
        client.request().body(Map.of("title", "Question from " + marker, "body", "details " + marker, "topic", "general"))
                .post("/api/questions").then().statusCode(201);
        // A specialist profile too.
        client.request().body(Profiles.complete(name)).post("/api/specialists").then().statusCode(201);

        client.request().body(Map.of("confirm", "yes")).delete("/api/me").then().statusCode(400)
                .body("errors.field", hasItem("confirm"));
        client.request().body(Map.of("confirm", "DELETE MY ACCOUNT")).delete("/api/me").then().statusCode(204);

        List<String> hits = searchEveryTextColumn(marker.toLowerCase());
        assertEquals(List.of(), hits, "personal data left after erasure");
        // The specialist's side stays coherent: the booking is there, cancelled, without the client's name.
        s.owner().request().get("/api/bookings/" + booking).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("client.displayName", nullValue());
        s.owner().request().get("/api/conversations/" + conversation + "/messages").then().statusCode(200)
                .body("items.text", hasItem("reply")).body("items.text", not(hasItem("message by " + marker)));
    }

    /** Every text and varchar column of every table, searched for the marker (case-insensitive). */
    private List<String> searchEveryTextColumn(String needle) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> columns = em.createNativeQuery("""
                    SELECT table_name, column_name FROM information_schema.columns
                    WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character')""")
                    .getResultList();
            List<String> hits = new ArrayList<>();
            for (Object[] column : columns) {
                long count = ((Number) em.createNativeQuery("SELECT count(*) FROM \"%s\" WHERE lower(\"%s\") LIKE ?1"
                        .formatted(column[0], column[1])).setParameter(1, "%" + needle + "%").getSingleResult()).longValue();
                if (count > 0) {
                    hits.add(column[0] + "." + column[1] + " (" + count + ")");
                }
            }
            assertTrue(columns.size() > 40, "searched " + columns.size() + " columns");
            return hits;
        });
    }

    @Test
    void private_text_is_encrypted_at_rest() {
        String marker = "secret-" + UUID.randomUUID();
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Cipher"));
        TestUser client = TestUser.client();
        String booking = client.request().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("slotId", Slots.offer(s, inDays(3, 9)), "note", "note " + marker, "consentVersion", "2026-11"))
                .post("/api/bookings").then().statusCode(201).extract().path("id");
        String conversation = client.request().body(Map.of("specialistId", s.id(), "text", "text " + marker))
                .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
        client.request().body(Map.of("reason", "report " + marker)).post("/api/conversations/" + conversation + "/report")
                .then().statusCode(201);
        client.request().body(Map.of("subject", "subject " + marker, "message", "contact " + marker)).post("/api/contact")
                .then().statusCode(201);
        client.request().body(Map.of("reason", "cancel " + marker)).post("/api/bookings/" + booking + "/cancel")
                .then().statusCode(200);

        List<String> raw = QuarkusTransaction.requiringNew().call(() -> {
            List<String> values = new ArrayList<>();
            for (String sql : List.of("SELECT note FROM booking WHERE id = ?1",
                    "SELECT cancel_reason FROM booking WHERE id = ?1",
                    "SELECT body FROM message m JOIN conversation c ON c.id = m.conversation_id WHERE c.client_id = (SELECT client_id FROM booking WHERE id = ?1)",
                    "SELECT reason FROM report WHERE reporter_account_id = (SELECT client_id FROM booking WHERE id = ?1)",
                    "SELECT subject FROM contact_request WHERE account_id = (SELECT client_id FROM booking WHERE id = ?1)",
                    "SELECT message FROM contact_request WHERE account_id = (SELECT client_id FROM booking WHERE id = ?1)",
                    "SELECT response_body FROM idempotency_key WHERE account_id = (SELECT client_id FROM booking WHERE id = ?1)",
                    "SELECT body_text || body_html FROM email_outbox")) {
                @SuppressWarnings("unchecked")
                List<String> rows = em.createNativeQuery(sql.replace("?1", "'" + booking + "'")).getResultList();
                values.addAll(rows);
            }
            return values;
        });
        assertTrue(raw.size() >= 7);
        raw.forEach(value -> assertFalse(value != null && value.contains(marker), "plaintext at rest: " + value));
        raw.subList(0, 7).forEach(value -> assertTrue(value.startsWith("v2:"), value));
        // Through the API everything reads back in the clear.
        client.request().get("/api/bookings/" + booking).then().body("note", equalTo("note " + marker))
                .body("cancelReason", equalTo("cancel " + marker));
    }

    @Test
    void a_ciphertext_copied_into_another_row_is_refused_not_shown() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Swap"));
        TestUser client = TestUser.client();
        TestUser other = TestUser.client();
        String mine = client.request().body(Map.of("specialistId", s.id(), "text", "my own words"))
                .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
        String theirs = other.request().body(Map.of("specialistId", s.id(), "text", "someone else's secret"))
                .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
        client.request().body(Map.of("subject", "my subject", "message", "my message")).post("/api/contact")
                .then().statusCode(201);
        String otherContact = other.request().body(Map.of("subject", "their private subject", "message", "their message"))
                .post("/api/contact").then().statusCode(201).extract().path("id");
        // Someone with write access to the database copies the other person's ciphertexts into my rows.
        UUID myAccount = QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "SELECT client_id FROM conversation WHERE id = ?1").setParameter(1, UUID.fromString(mine)).getSingleResult());
        Object[] saved = QuarkusTransaction.requiringNew().call(() -> new Object[] {
                em.createNativeQuery("SELECT body FROM message WHERE conversation_id = ?1").setParameter(1, UUID.fromString(mine))
                        .getSingleResult(),
                em.createNativeQuery("SELECT subject FROM contact_request WHERE account_id = ?1").setParameter(1, myAccount)
                        .getSingleResult() });
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    UPDATE message SET body = (SELECT body FROM message WHERE conversation_id = ?2)
                    WHERE conversation_id = ?1""").setParameter(1, UUID.fromString(mine))
                    .setParameter(2, UUID.fromString(theirs)).executeUpdate();
            em.createNativeQuery("""
                    UPDATE contact_request SET subject = (SELECT subject FROM contact_request WHERE id = ?2)
                    WHERE account_id = ?1""").setParameter(1, myAccount).setParameter(2, UUID.fromString(otherContact))
                    .executeUpdate();
        });
        try {
            String messages = client.request().get("/api/conversations/" + mine + "/messages").then().statusCode(500)
                    .contentType("application/problem+json").extract().asString();
            assertFalse(messages.contains("someone else's secret"), messages);
            String export = client.request().get("/api/me/export").then().statusCode(500).extract().asString();
            assertFalse(export.contains("their private subject") || export.contains("someone else's secret"), export);
        } finally {
            // Put my own values back, so other tests that list every row do not meet the altered ones.
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("UPDATE message SET body = ?2 WHERE conversation_id = ?1")
                        .setParameter(1, UUID.fromString(mine)).setParameter(2, saved[0]).executeUpdate();
                em.createNativeQuery("UPDATE contact_request SET subject = ?2 WHERE account_id = ?1")
                        .setParameter(1, myAccount).setParameter(2, saved[1]).executeUpdate();
            });
        }
        client.request().get("/api/conversations/" + mine + "/messages").then().statusCode(200)
                .body("items[0].text", equalTo("my own words"));
        // The other person's own rows are untouched and still read.
        other.request().get("/api/conversations/" + theirs + "/messages").then().statusCode(200)
                .body("items[0].text", equalTo("someone else's secret"));
    }

    @Test
    void retention_purges_old_notes_and_closed_contact_requests() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Retention"));
        TestUser client = TestUser.client();
        String booking = book(client, Slots.offer(s, inDays(3, 9)), "old note");
        client.request().body(Map.of()).post("/api/bookings/" + booking + "/cancel").then().statusCode(200);
        String contact = client.request().body(Map.of("subject", "s", "message", "old contact")).post("/api/contact")
                .then().statusCode(201).extract().path("id");
        TestUser.admin().request().post("/api/admin/contact/" + contact + "/close").then().statusCode(200);
        retention.purge();
        client.request().get("/api/bookings/" + booking).then().body("note", equalTo("old note"));

        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE booking SET cancelled_at = now() - interval '7 months' WHERE id = ?1")
                    .setParameter(1, UUID.fromString(booking)).executeUpdate();
            em.createNativeQuery("UPDATE contact_request SET closed_at = now() - interval '13 months' WHERE id = ?1")
                    .setParameter(1, UUID.fromString(contact)).executeUpdate();
        });
        Map<String, Integer> purged = retention.purge();
        assertTrue(purged.get("bookingNotes") >= 1 && purged.get("closedContactRequests") >= 1, purged.toString());
        client.request().get("/api/bookings/" + booking).then().body("note", nullValue());
        TestUser.admin().request().get("/api/admin/contact/" + contact).then().statusCode(404);
    }

    @Test
    void api_responses_are_not_cached() {
        TestUser.client().request().get("/api/me").then().header("Cache-Control", "no-store");
        TestUser.anonymous().get("/api/specialists/00000000-0000-4000-8000-000000000000").then().statusCode(404)
                .header("Cache-Control", "no-store");
    }

    @Test
    void export_and_erasure_need_a_login() {
        TestUser.anonymous().get("/api/me/export").then().statusCode(401);
        TestUser.anonymous().body(Map.of("confirm", "DELETE MY ACCOUNT")).delete("/api/me").then().statusCode(401);
    }
}
