package org.firstsession.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The booking path in German (issue #18) in a real browser against the packaged app: the footer's
 * switcher (a plain form, no script needed) turns the site German, the home page, directory, profile,
 * booking confirmation and My bookings are in German with {@code <html lang="de">}, and axe-core finds no
 * serious or critical violation on any of these German pages. Keycloak's own login form stays as the
 * realm has it.
 */
@ExtendWith(E2eExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GermanBrowserIT {

    /** Realm users of their own, so the other browser classes' bookings do not interfere. */
    private static final RealmUser SPECIALIST = new RealmUser("de-greta", "greta-password", "Greta Sommer", "greta@example.org");
    private static final RealmUser CLIENT = new RealmUser("de-jonas", "jonas-password", "Jonas Berger", "jonas@example.org");

    @RegisterExtension
    static final JourneyIT.StepByStep STEPS = new JourneyIT.StepByStep();

    private E2eEnvironment env;
    private Browser browser;
    private String specialistId;

    @BeforeAll
    void start(E2eEnvironment env) {
        this.env = env;
        env.createRealmUsers(SPECIALIST, CLIENT);
        Map<String, Object> profile = new HashMap<>();
        profile.put("displayName", "Greta Sommer");
        profile.put("professionalTitle", "Psychotherapeutin");
        profile.put("headline", "Ruhige, klare Begleitung bei Angst und Erschöpfung");
        profile.put("bio", "Ich begleite Erwachsene in belastenden Zeiten. Im ersten Gespräch geht es um Sie.");
        profile.put("specialties", List.of("anxiety", "stress-burnout"));
        profile.put("approaches", List.of("cbt"));
        profile.put("languages", List.of("de", "en"));
        profile.put("sessionFormats", List.of("online"));
        profile.put("city", "Leipzig");
        profile.put("country", "DE");
        profile.put("timeZone", "Europe/Berlin");
        profile.put("fee", Map.of("amount", 90, "currency", "EUR"));
        profile.put("yearsOfPractice", 7);
        profile.put("meetingUrl", "https://meet.example.org/greta");
        specialistId = env.publishedProfile(SPECIALIST, profile);
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3));
        for (int hour : new int[] { 9, 14 }) {
            env.as(SPECIALIST).body(Map.of("startsAt", day.plus(Duration.ofHours(hour)).toString()))
                    .post("/api/specialists/" + specialistId + "/slots").then().statusCode(201);
        }
        browser = Browser.start(env.appUrl());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private String lang() {
        return browser.find("html").getAttribute("lang");
    }

    @Test
    @Order(1)
    void the_footer_switcher_turns_the_site_german_and_the_pages_pass_axe() {
        browser.open("/");
        assertEquals("en", lang());
        browser.find("footer form[action='/language'] button[value='de']").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> "de".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        String home = browser.text();
        assertTrue(home.contains("Das kostenlose Erstgespräch"), home);
        assertTrue(home.contains("Fachperson finden"), home);
        assertFalse(home.contains("The free first consultation"), home);
        browser.assertAccessible("the home page in German");

        browser.find("#home-q").sendKeys("Sommer");
        browser.find("form[role=search] button[type=submit]").click();
        browser.waitForPath("/specialists?");
        assertEquals("de", lang());
        assertTrue(browser.text().contains("Greta Sommer"), browser.text());
        assertTrue(browser.text().contains("Nächstes freies Erstgespräch"), browser.text());
        browser.assertAccessible("the directory in German");

        browser.find("a[href='/specialists/" + specialistId + "']").click();
        browser.waitForPath("/specialists/" + specialistId);
        String profile = browser.text();
        assertTrue(profile.contains("Kostenloses Erstgespräch buchen"), profile);
        assertTrue(profile.contains("Um ein kostenloses Erstgespräch zu buchen, melden Sie sich bitte an"), profile);
        assertTrue(profile.contains("Angst"), "the specialties in German: " + profile);
        browser.assertAccessible("a profile in German");
    }

    @Test
    @Order(2)
    void a_client_books_in_german() {
        browser.find("#book a[href^='/login?next=']").click();
        browser.logInOnKeycloak(CLIENT);
        browser.waitForPath("/specialists/" + specialistId);
        assertEquals("de", lang(), "the switcher's cookie outlives the login");
        assertTrue(browser.text().contains("Abmelden"), browser.text());
        browser.assertAccessible("a profile in German, logged in");

        WebElement slot = browser.find("#booking-form input[name=slotId]");
        slot.sendKeys(Keys.SPACE);
        assertTrue(slot.isSelected());
        browser.find("#book-note").sendKeys("Ich möchte über Stress bei der Arbeit sprechen.");
        WebElement consent = browser.find("#booking-form input[name=consentVersion]");
        consent.sendKeys(Keys.SPACE);
        assertTrue(consent.isSelected());
        assertTrue(browser.find("#booking-form").getText().contains("Ich bin damit einverstanden"),
                "the consent in German");
        browser.find("#booking-form button[type=submit]").click();

        browser.waitForPath("/bookings/");
        assertEquals("de", lang());
        String confirmation = browser.text();
        assertTrue(confirmation.contains("Ihr kostenloses Erstgespräch ist gebucht"), confirmation);
        assertTrue(confirmation.contains("Greta Sommer"), confirmation);
        browser.assertAccessible("the booking confirmation in German");

        browser.find("header a[href='/bookings']").click();
        browser.waitForPath("/bookings");
        assertTrue(browser.text().contains("Meine Termine"), browser.text());
        assertTrue(browser.text().contains("Greta Sommer"), browser.text());
        browser.assertAccessible("My bookings in German");
    }
}
