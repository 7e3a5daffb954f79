package org.firstsession.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.awaitility.Awaitility;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Developers see what users get: /q/dev-mail shows a booking email's text, HTML and invite. */
@QuarkusTest
class DevMailPageTest {

    @Test
    void the_dev_mail_page_shows_text_html_and_invite_of_a_sent_email() {
        Specialists.Owned specialist = Specialists.published(Profiles.complete("Dr. Devmail"));
        String slot = Slots.offer(specialist, Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(4)).plusSeconds(9 * 3600));
        TestUser client = TestUser.client();
        client.request().body(Map.of("slotId", slot, "consentVersion", "2026-11")).post("/api/bookings").then().statusCode(201);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/q/dev-mail").then()
                .statusCode(200).contentType(containsString("text/html"))
                .body(containsString("To " + client.email()))
                .body(containsString("BEGIN:VCALENDAR"))
                .body(containsString("srcdoc=\"&lt;"))
                .body(containsString("Dr. Devmail")));
    }
}
