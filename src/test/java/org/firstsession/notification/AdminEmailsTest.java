package org.firstsession.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Failed work is visible and recoverable: the admin email list, single and bulk retry, access and audit. */
@QuarkusTest
class AdminEmailsTest {

    @Inject
    EntityManager em;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private UUID email(String status, String body, int attempts) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO email_outbox (id, message_id, recipient, subject, body_text, body_html, status, attempts,
                                          last_error, next_attempt_at, failed_at)
                VALUES (?1, ?2, ?3, 'Your free consultation', ?4, ?4, ?5, ?6, 'SMTPException <- ConnectException',
                        now() + interval '1 hour', CASE WHEN ?5 = 'FAILED' THEN now() END)""")
                .setParameter(1, id).setParameter(2, "<admin-emails-" + id + "@firstsession.test>")
                .setParameter(3, "retry-" + id.toString().substring(0, 8) + "@firstsession.test")
                .setParameter(4, body).setParameter(5, status).setParameter(6, attempts).executeUpdate());
        return id;
    }

    private String status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT status FROM email_outbox WHERE id = ?1").setParameter(1, id).getSingleResult());
    }

    @Test
    void admins_see_failed_emails_masked_and_without_body() {
        UUID failed = email("FAILED", "<p>Private body</p>", 10);
        TestUser admin = TestUser.admin();
        var list = admin.request().get("/api/admin/emails?status=FAILED&size=100").then().statusCode(200)
                .body("items.id", hasItem(failed.toString()))
                .body("items.recipient", everyItem(not(org.hamcrest.Matchers.matchesPattern("^[^*]{2,}@.*"))))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("bodyHtml")))
                .extract().jsonPath();
        String path = "items.find { it.id == '" + failed + "' }";
        assertEquals("r***@firstsession.test", list.getString(path + ".recipient"));
        assertEquals("Your free consultation", list.getString(path + ".subject"));
        assertEquals(10, list.getInt(path + ".attempts"));
        assertEquals("SMTPException <- ConnectException", list.getString(path + ".lastError"));
        admin.request().get("/api/admin/emails").then().statusCode(200).body("items.id", hasItem(failed.toString()));
        admin.request().get("/api/admin/emails?status=SENT").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        UUID pending = email("PENDING", "<p>Waiting</p>", 2);
        admin.request().get("/api/admin/emails?status=PENDING&size=100").then().statusCode(200)
                .body("items.find { it.id == '" + pending + "' }.nextAttemptAt", not(nullValue()));
    }

    @Test
    void a_retried_failed_email_is_sent_and_the_retry_is_audited() {
        UUID failed = email("FAILED", "<p>Please come</p>", 10);
        TestUser admin = TestUser.admin();
        admin.request().post("/api/admin/emails/" + failed + "/retry").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> "SENT".equals(status(failed)));
        admin.request().get("/api/admin/audit?action=EMAIL_RETRY&actor=" + admin.subject()).then().statusCode(200)
                .body("items.objectId", hasItem(failed.toString()));
        // Sent now: a second retry is refused, and the refusal is audited too.
        admin.request().post("/api/admin/emails/" + failed + "/retry").then().statusCode(409)
                .body("type", equalTo("https://firstsession.org/problems/email-already-sent"));
        admin.request().get("/api/admin/audit?action=EMAIL_RETRY&actor=" + admin.subject()).then().statusCode(200)
                .body("items.outcome", hasItem("REFUSED"));
        admin.request().post("/api/admin/emails/" + UUID.randomUUID() + "/retry").then().statusCode(404);
    }

    @Test
    void bulk_retry_queues_every_failed_email_whose_content_is_kept() {
        UUID one = email("FAILED", "<p>One</p>", 10);
        UUID two = email("FAILED", "<p>Two</p>", 10);
        UUID purged = email("FAILED", "", 10);
        TestUser admin = TestUser.admin();
        admin.request().post("/api/admin/emails/retry").then().statusCode(200).body("retried", greaterThanOrEqualTo(2));
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> "SENT".equals(status(one)) && "SENT".equals(status(two)));
        assertEquals("FAILED", status(purged), "an email whose content retention deleted stays failed");
        admin.request().post("/api/admin/emails/" + purged + "/retry").then().statusCode(409)
                .body("type", equalTo("https://firstsession.org/problems/email-purged"));
        admin.request().get("/api/admin/audit?action=EMAIL_RETRY_ALL&actor=" + admin.subject()).then().statusCode(200)
                .body("items.outcome", hasItem("SUCCESS"));
    }

    @Test
    void only_admins_may_list_or_retry() {
        UUID failed = email("FAILED", "<p>x</p>", 10);
        TestUser client = TestUser.client();
        client.request().get("/api/admin/emails").then().statusCode(403);
        client.request().post("/api/admin/emails/" + failed + "/retry").then().statusCode(403);
        client.request().post("/api/admin/emails/retry").then().statusCode(403);
        given().get("/api/admin/emails").then().statusCode(401);
        given().post("/api/admin/emails/retry").then().statusCode(401);
        assertEquals("FAILED", status(failed), "nothing changed");
    }
}
