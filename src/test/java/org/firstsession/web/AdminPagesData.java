package org.firstsession.web;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Something to show on every admin page, made through the API as people would: a featured specialist whose licence
 * check is due again, a suspended one, a reported question with an answer, a contact request, a failed email (which
 * also raises the "Degraded" banner), and the audit entries all this leaves. What people wrote is plain words, so
 * that a page check can tell the page's own texts from theirs.
 */
final class AdminPagesData {

    /** The specialists' names start with it: {@code /admin?q=} lists just them. */
    static final String NAME = "Sprachprobe";

    private final String listed;
    private final String suspended;
    private final String question;
    private final String report;
    private final String contact;

    private AdminPagesData(String listed, String suspended, String question, String report, String contact) {
        this.listed = listed;
        this.suspended = suspended;
        this.question = question;
        this.report = report;
        this.contact = contact;
    }

    static AdminPagesData create(EntityManager em) {
        TestUser admin = TestUser.admin();
        Specialists.Owned listed = Specialists.published(Profiles.complete(NAME + " Eins"));
        Slots.offer(listed, Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofHours(10)));
        admin.request().body(Map.of("status", "VERIFIED", "checkedOn", "2024-01-02", "validUntil", "2025-01-02",
                "note", "Kammer")).put("/api/admin/specialists/" + listed.id() + "/verification").then().statusCode(200);
        admin.request().body(Map.of("featured", true, "until", "2099-01-01T12:00:00Z"))
                .put("/api/admin/specialists/" + listed.id() + "/featured").then().statusCode(200);
        Specialists.Owned suspended = Specialists.published(Profiles.complete(NAME + " Zwei"));
        admin.request().body(Map.of("reason", "Kammer prüft")).post("/api/admin/specialists/" + suspended.id() + "/suspend")
                .then().statusCode(200);

        String question = TestUser.client().request().body(Map.of("title", "Frage zur Probe", "body", "Text der Frage",
                "topic", "general")).post("/api/questions").then().statusCode(201).extract().path("id");
        listed.owner().request().body(Map.of("body", "Antwort zur Probe")).post("/api/questions/" + question + "/answers")
                .then().statusCode(201);
        String report = TestUser.client().request().body(Map.of("reason", "Werbung"))
                .post("/api/questions/" + question + "/report").then().statusCode(201).extract().path("id");
        String contact = TestUser.client().request().body(Map.of("subject", "Betreff der Probe", "message", "Nachricht der Probe"))
                .post("/api/contact").then().statusCode(201).extract().path("id");

        UUID email = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO email_outbox (id, message_id, recipient, subject, body_text, body_html, status, attempts,
                                          last_error, failed_at, created_at)
                VALUES (?1, ?2, 'probe@firstsession.test', 'Probe', 'x', '<p>x</p>', 'FAILED', 10, 'SMTPException',
                        now(), now() - interval '3 hours')""")
                .setParameter(1, email).setParameter(2, "<admin-pages-" + email + "@firstsession.test>").executeUpdate());
        return new AdminPagesData(listed.id(), suspended.id(), question, report, contact);
    }

    /** Every admin page, showing this data. */
    List<String> paths() {
        return List.of("/admin?q=" + NAME, "/admin/specialists/" + listed, "/admin/specialists/" + suspended,
                "/admin/reports?status=OPEN", "/admin/reports/" + report, "/admin/questions/" + question,
                "/admin/contact?status=OPEN", "/admin/contact/" + contact, "/admin/audit", "/admin/stats", "/admin/emails");
    }
}
