package org.firstsession.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The admin email page: failed emails masked, retried from the page; the degraded banner; admins only. */
@QuarkusTest
class EmailPagesTest {

    @Inject
    EntityManager em;

    private UUID failedEmail() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO email_outbox (id, message_id, recipient, subject, body_text, body_html, status, attempts,
                                          last_error, failed_at, created_at)
                VALUES (?1, ?2, 'pages-recipient@firstsession.test', 'Your free consultation is booked', 'x', '<p>x</p>',
                        'FAILED', 10, 'SMTPException', now(), now() - interval '3 hours')""")
                .setParameter(1, id).setParameter(2, "<email-pages-" + id + "@firstsession.test>").executeUpdate());
        return id;
    }

    private String status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT status FROM email_outbox WHERE id = ?1").setParameter(1, id).getSingleResult());
    }

    @Test
    void an_admin_sees_a_failed_email_masked_and_retries_it_from_the_page() {
        UUID id = failedEmail();
        WebSession admin = WebSession.loggedIn("admin", true);
        Document page = admin.page("/admin/emails?status=FAILED");
        String text = page.text();
        assertTrue(text.contains("p***@firstsession.test"), "masked recipient");
        assertFalse(text.contains("pages-recipient@"), "never the full address");
        assertTrue(page.select("form[action=/admin/emails/" + id + "/retry]").size() == 1, "a retry button");
        assertEquals(303, admin.post("/admin/emails/" + id + "/retry", Map.of()).statusCode());
        assertFalse("FAILED".equals(status(id)), "queued again");
    }

    @Test
    void the_admin_home_says_when_the_platform_is_degraded() {
        failedEmail();
        WebSession admin = WebSession.loggedIn("admin", true);
        Document home = admin.page("/admin");
        assertEquals(1, home.select("[data-health=degraded]").size(), home.select("main").text());
        assertTrue(home.select("[data-health=degraded]").text().contains("given up on"));
    }

    @Test
    void other_people_get_the_403_page_and_change_nothing() {
        UUID id = failedEmail();
        WebSession client = WebSession.loggedIn("client", false);
        assertEquals(403, client.get("/admin/emails").statusCode());
        assertEquals(403, client.post("/admin/emails/" + id + "/retry", Map.of()).statusCode());
        assertEquals(403, client.post("/admin/emails/retry", Map.of()).statusCode());
        assertEquals("FAILED", status(id));
        assertEquals(303, WebSession.visitor().get("/admin/emails").statusCode());
    }

    @Test
    void the_banner_and_the_email_list_speak_the_admins_language() {
        UUID id = failedEmail();
        Document german = WebSession.loggedIn("admin", true).cookie("lang", "de").page("/admin/emails?status=FAILED");
        assertTrue(german.select("[data-health=degraded]").text().contains("E-Mail(s) in den letzten 24 Stunden aufgegeben"),
                german.select("[data-health=degraded]").text());
        assertEquals("Erneut versuchen", german.selectFirst("form[action=/admin/emails/" + id + "/retry] button").text());
        assertTrue(german.selectFirst("main").text().contains("10 Versuch(e)"), german.selectFirst("main").text());
        Document french = WebSession.loggedIn("admin", true).cookie("lang", "fr").page("/admin/emails?status=PENDING&done=retried");
        assertTrue(french.selectFirst("main").text().contains("L'e-mail est de nouveau en file"), french.selectFirst("main").text());
    }
}
