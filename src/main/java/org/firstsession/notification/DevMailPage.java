package org.firstsession.notification;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.ext.mail.MailAttachment;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.web.Router;

/**
 * {@code /q/dev-mail} in dev mode (and the tests): every email in the mock mailbox with its text, its HTML (in a
 * sandboxed frame) and its calendar invite, newest recipient first. The mock mailbox cannot list its
 * recipients, so they come from the outbox, which keeps them after sending. Not built into the packaged app.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = { "dev", "test" })
public class DevMailPage {

    private final MockMailbox mailbox;
    private final EntityManager em;

    DevMailPage(MockMailbox mailbox, EntityManager em) {
        this.mailbox = mailbox;
        this.em = em;
    }

    void install(@Observes Router router) {
        router.get("/q/dev-mail").blockingHandler(ctx -> ctx.response()
                .putHeader("Content-Type", "text/html; charset=UTF-8")
                .putHeader("Cache-Control", "no-store")
                .end(render()));
    }

    String render() {
        @SuppressWarnings("unchecked")
        List<String> recipients = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT recipient FROM email_outbox WHERE status = 'SENT'
                GROUP BY recipient ORDER BY max(sent_at) DESC LIMIT 200""").getResultList());
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dev mail</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}article{border:1px solid #ccc;
                border-radius:6px;padding:1rem;margin:1rem 0}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem}
                iframe{width:100%;height:24rem;border:1px solid #ddd}</style></head><body>
                <h1>Dev mail</h1><p>Emails the app sent to the mock mailbox (dev mode only).</p>""");
        int count = 0;
        for (String recipient : recipients) {
            for (MailMessage mail : mailbox.getMailMessagesSentTo(recipient)) {
                count++;
                html.append("<article><h2>").append(escape(mail.getSubject())).append("</h2><p>To ")
                        .append(escape(recipient)).append("</p><h3>Text</h3><pre>").append(escape(mail.getText()))
                        .append("</pre><h3>HTML</h3><iframe sandbox title=\"HTML of the email\" srcdoc=\"")
                        .append(escape(mail.getHtml())).append("\"></iframe>");
                if (mail.getAttachment() != null) {
                    for (MailAttachment attachment : mail.getAttachment()) {
                        html.append("<h3>Invite (").append(escape(attachment.getContentType())).append(")</h3><pre>")
                                .append(escape(attachment.getData() == null ? ""
                                        : attachment.getData().toString(StandardCharsets.UTF_8)))
                                .append("</pre>");
                    }
                }
                html.append("</article>");
            }
        }
        if (count == 0) {
            html.append("<p>No emails yet.</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
