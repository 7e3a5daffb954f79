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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The website in a real browser (Debian's headless Chromium) against the packaged app, logging in on the
 * real Keycloak form: a visitor searches and opens a profile, a client logs in and books with the keyboard
 * only, sees the confirmation and My bookings, client and specialist message each other both ways, and
 * every main page passes axe-core without serious or critical violations. Screenshots of each page at
 * desktop and phone width go to docs/screenshots for the README. The specialist's profile and slots are
 * seeded through the API with a Keycloak token (their own pages are built elsewhere).
 */
@ExtendWith(E2eExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebsiteBrowserIT {

    /** Fresh realm users, so other end-to-end classes' bookings and profiles don't interfere. */
    private static final RealmUser SPECIALIST = new RealmUser("web-hannah", "hannah-password", "Hannah Webster", "hannah@example.org");
    private static final RealmUser CLIENT = new RealmUser("web-carla", "carla-password", "Carla Browser", "carla@example.org");

    @RegisterExtension
    static final JourneyIT.StepByStep STEPS = new JourneyIT.StepByStep();

    private E2eEnvironment env;
    private Browser visitor;
    private Browser client;
    private String specialistId;

    @BeforeAll
    void start(E2eEnvironment env) {
        this.env = env;
        env.createRealmUsers(SPECIALIST, CLIENT);
        Map<String, Object> profile = new HashMap<>();
        profile.put("displayName", "Dr Hannah Webster");
        profile.put("professionalTitle", "Psychotherapist");
        profile.put("headline", "Gentle, structured help with anxiety and burnout");
        profile.put("bio", "I help adults find calm and direction. Our first talk is about what you need.");
        profile.put("specialties", List.of("anxiety", "stress-burnout"));
        profile.put("approaches", List.of("cbt"));
        profile.put("languages", List.of("en", "de"));
        profile.put("sessionFormats", List.of("online"));
        profile.put("city", "Berlin");
        profile.put("placeId", 2950159L); // Berlin, for the "Near" step
        profile.put("country", "DE");
        profile.put("timeZone", "Europe/Berlin");
        profile.put("fee", Map.of("amount", 80, "currency", "EUR"));
        profile.put("yearsOfPractice", 11);
        profile.put("meetingUrl", "https://meet.example.org/hannah");
        specialistId = env.publishedProfile(SPECIALIST, profile);
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(2));
        for (int hour : new int[] { 8, 9, 13 }) {
            for (int dayOffset = 0; dayOffset < 2; dayOffset++) {
                env.as(SPECIALIST).body(Map.of("startsAt", day.plus(Duration.ofDays(dayOffset)).plus(Duration.ofHours(hour)).toString()))
                        .post("/api/specialists/" + specialistId + "/slots").then().statusCode(201);
            }
        }
        env.as(CLIENT).body(Map.of("title", "How do I know which therapy suits me?", "body",
                "There are so many approaches. How do I choose?", "topic", "general"))
                .post("/api/questions").then().statusCode(201);
        visitor = Browser.start(env.appUrl());
    }

    @AfterAll
    void stop() {
        for (Browser browser : new Browser[] { visitor, client }) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    @Order(1)
    void a_visitor_searches_from_the_home_page_and_opens_a_profile() {
        visitor.open("/");
        assertTrue(visitor.text().contains("The free first consultation"), visitor.text());
        visitor.assertAccessible("the home page");
        visitor.screenshots("home");

        visitor.find("#home-q").sendKeys("Webster");
        visitor.find("form[role=search] button[type=submit]").click();
        visitor.waitForPath("/specialists?");
        assertTrue(visitor.text().contains("Dr Hannah Webster"), visitor.text());
        visitor.assertAccessible("the directory");
        visitor.screenshots("directory");

        visitor.find("a[href='/specialists/" + specialistId + "']").click();
        visitor.waitForPath("/specialists/" + specialistId);
        String text = visitor.text();
        assertTrue(text.contains("Gentle, structured help"), text);
        assertTrue(text.contains("You need to be logged in to book a free consultation"), text);
        visitor.assertAccessible("a profile");
        visitor.screenshots("profile");
    }

    @Test
    @Order(2)
    void a_client_logs_in_on_keycloak_and_books_with_the_keyboard_only() {
        client = Browser.start(env.appUrl());
        client.open("/specialists/" + specialistId);
        client.find("#book a[href^='/login?next=']").click();
        client.logInOnKeycloak(CLIENT);
        client.waitForPath("/specialists/" + specialistId);
        assertTrue(client.text().contains("Log out"), client.text());
        client.assertAccessible("a profile, logged in");

        // Keyboard only: Space picks the first time, Tab moves on, Space ticks the consent, Enter submits.
        WebElement firstSlot = client.find("#booking-form input[name=slotId]");
        firstSlot.sendKeys(Keys.SPACE);
        assertTrue(firstSlot.isSelected());
        client.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("book-note", client.driver().switchTo().activeElement().getAttribute("id"));
        client.driver().switchTo().activeElement().sendKeys("I would like to talk about stress at work.");
        client.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement consent = client.driver().switchTo().activeElement();
        assertEquals("consentVersion", consent.getAttribute("name"));
        consent.sendKeys(Keys.SPACE);
        client.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement submit = client.driver().switchTo().activeElement();
        assertEquals("Book the free consultation", submit.getText());
        submit.sendKeys(Keys.ENTER);

        client.waitForPath("/bookings/");
        String confirmation = client.text();
        assertTrue(confirmation.contains("Your free consultation is booked"), confirmation);
        assertTrue(confirmation.contains("Dr Hannah Webster"), confirmation);
        assertTrue(confirmation.contains("I would like to talk about stress at work."), confirmation);
        client.assertAccessible("the booking confirmation");
        client.screenshots("booking-confirmation");

        client.find("header a[href='/bookings']").click();
        client.waitForPath("/bookings");
        assertTrue(client.text().contains("Dr Hannah Webster"), client.text());
        client.assertAccessible("My bookings");
        client.screenshots("my-bookings");
    }

    @Test
    @Order(3)
    void client_and_specialist_message_each_other_both_ways() {
        client.open("/specialists/" + specialistId);
        client.find("#message-text").sendKeys("Hello, is the consultation in English?");
        client.find("#message form button[type=submit]").click();
        client.waitForPath("/messages/");
        assertTrue(client.text().contains("Hello, is the consultation in English?"), client.text());
        String thread = client.path().replaceAll("#.*", "");

        try (Browser specialist = Browser.start(env.appUrl())) {
            specialist.open("/");
            specialist.find("header a[href^='/login']").click();
            specialist.logInOnKeycloak(SPECIALIST);
            specialist.waitForPath("/");
            assertEquals("1", specialist.find("header .badge").getText().replaceAll("\\D", ""), "an unread message");
            specialist.find("header a[href='/messages']").click();
            specialist.waitForPath("/messages");
            specialist.assertAccessible("the conversations");
            specialist.find("a[href='" + thread + "']").click();
            specialist.waitForPath(thread);
            assertTrue(specialist.text().contains("Hello, is the consultation in English?"));
            specialist.find("#reply-text").sendKeys("Yes, in English or German, as you prefer.");
            specialist.find("form[action='" + thread + "'] button[type=submit]").click();
            specialist.waitForPath(thread);
            assertTrue(specialist.text().contains("Yes, in English or German"), specialist.text());
            assertTrue(specialist.all("header .badge").isEmpty(), "read now");
        }

        client.open(thread);
        assertTrue(client.text().contains("Yes, in English or German, as you prefer."), client.text());
        client.assertAccessible("a message thread");
        client.screenshots("messages-thread");
    }

    @Test
    @Order(4)
    void questions_are_accessible() {
        visitor.open("/questions");
        assertTrue(visitor.text().contains("How do I know which therapy suits me?"), visitor.text());
        visitor.assertAccessible("the questions");
        visitor.screenshots("questions");
        visitor.find("a[href^='/questions/']:not([href='/questions/ask'])").click();
        visitor.waitForPath("/questions/");
        assertFalse(visitor.text().contains("Publish answer"), "only specialists answer");
        visitor.assertAccessible("a question");
    }

    @Test
    @Order(5)
    void the_other_pages_are_accessible() {
        for (String path : List.of("/contact", "/privacy", "/timezone", "/questions/ask", "/no-such-page")) {
            visitor.open(path);
            visitor.assertAccessible(path);
        }
        client.open("/account");
        client.assertAccessible("the account page");
    }

    @Test
    @Order(6)
    void a_visitor_answers_the_guided_start_and_can_change_the_answers() {
        visitor.open("/start");
        assertTrue(visitor.text().contains("The first consultation is always free."), visitor.text());
        visitor.assertAccessible("the guided start");
        visitor.find("input[name=specialty][value=stress-burnout]").click();
        new Select(visitor.find("#s-language")).selectByValue("de");
        visitor.find("input[name=format][value=online]").click();
        new Select(visitor.find("#s-maxFee")).selectByValue("80");
        new Select(visitor.find("#s-currency")).selectByValue("EUR");
        visitor.find("form.guided button[type=submit]").click();
        visitor.waitForPath("/specialists?");
        String text = visitor.text();
        assertTrue(text.contains("Dr Hannah Webster"), text);
        assertTrue(text.contains("You chose:") && text.contains("up to 80 EUR per session"), text);
        visitor.assertAccessible("the directory after the guided start");
        visitor.find("#guided-summary a").click();
        visitor.waitForPath("/start?");
        assertTrue(visitor.find("input[name=specialty][value=stress-burnout]").isSelected(), "the answers come back");
    }

    @Test
    @Order(7)
    void a_visitor_picks_a_place_from_the_suggestions_and_searches_near_it() {
        visitor.open("/specialists");
        WebElement near = visitor.find("#f-place");
        assertEquals("combobox", near.getAttribute("role"), "site.js made the field a combobox");
        near.sendKeys("ber");
        WebElement first = visitor.find("#f-place-suggestions [role=option]");
        new WebDriverWait(visitor.driver(), Duration.ofSeconds(10)).until(d -> first.isDisplayed());
        assertEquals("true", near.getAttribute("aria-expanded"));
        assertTrue(first.getText().startsWith("Berlin, State of Berlin, DE"), first.getText());
        visitor.assertAccessible("the directory with the place suggestions open");

        near.sendKeys(Keys.ARROW_DOWN);
        assertEquals(first.getAttribute("id"), near.getAttribute("aria-activedescendant"));
        near.sendKeys(Keys.ENTER); // picks the suggestion; the form is not sent yet
        assertEquals("/specialists", visitor.path());
        assertEquals("Berlin, State of Berlin, DE", near.getAttribute("value"));
        assertEquals("2950159", visitor.find("#f-near").getAttribute("value"), "the picked place's id");
        assertEquals("false", near.getAttribute("aria-expanded"));

        visitor.find("form.filters button[type=submit]").click();
        visitor.waitForPath("/specialists?");
        assertTrue(visitor.path().contains("near=2950159") && visitor.path().contains("radiusKm=25"), visitor.path());
        String text = visitor.text();
        assertTrue(text.contains("Dr Hannah Webster") && text.contains("0 km away"), text);
        assertEquals("Berlin, State of Berlin, DE", visitor.find("#f-place").getAttribute("value"), "the field keeps the pick");
        visitor.assertAccessible("the directory near a place");
    }
}
