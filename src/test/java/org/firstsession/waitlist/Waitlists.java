package org.firstsession.waitlist;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;

import io.quarkus.mailer.MockMailbox;
import io.vertx.ext.mail.MailMessage;

/** Test helpers: joining through the API, and the offer link from the email. */
final class Waitlists {

    private static final Pattern LINK = Pattern.compile("/waitlist/offers/([A-Za-z0-9_-]{43})");

    private Waitlists() {
    }

    static String join(Specialists.Owned specialist, TestUser client, Map<String, Object> preferences) {
        return client.request().body(preferences).post("/api/specialists/" + specialist.id() + "/waitlist")
                .then().statusCode(201).extract().path("id");
    }

    static String join(Specialists.Owned specialist, TestUser client) {
        return join(specialist, client, Map.of());
    }

    /** The client's open offers' ids. */
    static List<String> openOffers(TestUser client) {
        return client.request().get("/api/me/waitlist/offers").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.status == 'OPEN' }.id");
    }

    /** The offer emails the client got (waits for the relay). */
    static List<MailMessage> offerMails(MockMailbox mailbox, TestUser client, int expected) {
        await().atMost(Duration.ofSeconds(15)).until(() -> mailbox.getMailMessagesSentTo(client.email()).stream()
                .filter(m -> m.getText().contains("/waitlist/offers/")).count() >= expected);
        return mailbox.getMailMessagesSentTo(client.email()).stream().filter(m -> m.getText().contains("/waitlist/offers/")).toList();
    }

    static String token(MailMessage mail) {
        Matcher m = LINK.matcher(mail.getText());
        if (!m.find()) {
            throw new AssertionError("no offer link in " + mail.getText());
        }
        return m.group(1);
    }
}
