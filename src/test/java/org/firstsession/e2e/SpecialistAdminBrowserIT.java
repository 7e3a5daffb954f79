package org.firstsession.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.firstsession.testsupport.IcsTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The specialist's and the admin's pages in headless Chromium with Keycloak's login form: a new specialist
 * creates and publishes a profile and offers slots with a weekly rule (preview, then create); a client
 * books one (through the API) and the specialist sees it with the client's name; an admin features the
 * specialist, who then leads the home page. axe-core checks every page on the way; screenshots of the
 * dashboard, profile form, slots with the preview and the admin work list go to docs/screenshots. (Marking
 * a consultation completed needs a started one: SpecialistPagesTest covers it.)
 */
@ExtendWith(E2eExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpecialistAdminBrowserIT {

    private static final RealmUser SPECIALIST = new RealmUser("web-petra", "petra-password", "Petra Practice", "petra@example.org");
    private static final RealmUser CLIENT = new RealmUser("web-bruno", "bruno-password", "Bruno Booker", "bruno@example.org");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @RegisterExtension
    static final JourneyIT.StepByStep STEPS = new JourneyIT.StepByStep();

    private E2eEnvironment env;
    private Browser specialist;
    private String specialistId;

    @BeforeAll
    void start(E2eEnvironment env) {
        this.env = env;
        env.createRealmUsers(SPECIALIST, CLIENT);
        specialist = Browser.start(env.appUrl());
    }

    @AfterAll
    void stop() {
        if (specialist != null) {
            specialist.close();
        }
    }

    @Test
    @Order(1)
    void a_specialist_logs_in_creates_and_publishes_a_profile() {
        specialist.open("/specialist");
        specialist.logInOnKeycloak(SPECIALIST);
        specialist.waitForPath("/specialist");
        assertTrue(specialist.text().contains("Create my specialist profile"), specialist.text());
        specialist.assertAccessible("the practice page without a profile");
        specialist.find("main a[href='/specialist/profile']").click();
        specialist.waitForPath("/specialist/profile");

        specialist.find("#p-displayName").sendKeys("Dr Petra Practice");
        specialist.find("#p-professionalTitle").sendKeys("Psychotherapist");
        specialist.find("#p-headline").sendKeys("Steady help with anxiety and low mood");
        specialist.find("#p-bio").sendKeys("I work with adults who want to feel more at ease. The first talk is free.");
        specialist.find("#p-yearsOfPractice").sendKeys("9");
        specialist.find("#p-specialties input[value=anxiety]").click();
        specialist.find("#p-specialties input[value=depression]").click();
        specialist.find("#p-approaches input[value=cbt]").click();
        specialist.find("#p-languages").sendKeys("en, de");
        specialist.find("#p-meetingUrl").sendKeys("https://meet.example.org/petra");
        specialist.find("#p-city").sendKeys("Leipzig");
        new Select(specialist.find("#p-country")).selectByValue("DE");
        new Select(specialist.find("#p-timeZone")).selectByValue("Europe/Berlin");
        specialist.find("#p-feeAmount").sendKeys("70");
        specialist.find("#p-feeCurrency").sendKeys("EUR");
        specialist.find("#save-profile").click();
        specialist.waitForPath("/specialist/profile?done=created");
        assertEquals("Draft", specialist.find("#profile-status").getText());
        specialist.assertAccessible("the profile form");
        specialist.screenshots("specialist-profile-form");

        specialist.find("#publish").click();
        specialist.waitForPath("/specialist/profile?done=published");
        assertEquals("Published", specialist.find("#profile-status").getText());
        specialistId = specialist.find("a[href^='/specialists/']:not([href='/specialists'])").getAttribute("href")
                .replaceAll(".*/specialists/", "");
    }

    @Test
    @Order(2)
    void the_specialist_previews_a_weekly_rule_then_creates_the_slots() {
        specialist.find("nav[aria-label=Specialist] a[href='/specialist/slots']").click();
        specialist.waitForPath("/specialist/slots");
        LocalDate from = LocalDate.now(BERLIN).plusDays(1);
        for (int attempt = 1; ; attempt++) {
            try {
                specialist.find("#rule-form");
                for (WebElement day : specialist.all("#r-days input[name=days]")) {
                    day.click();
                }
                setValue("#r-start", "09:00");
                setValue("#r-end", "10:00");
                setValue("#r-from", from.toString());
                setValue("#r-to", from.plusDays(6).toString());
                specialist.find("#rule-preview").click();
                break;
            } catch (org.openqa.selenium.StaleElementReferenceException reloaded) {
                // The page was replaced while we filled it in (a navigation still finishing): start again.
                if (attempt == 3) {
                    throw reloaded;
                }
                specialist.open("/specialist/slots");
            }
        }
        specialist.waitForPath("/specialist/slots/rule");
        assertEquals(14, specialist.all("#preview li").size(), specialist.text());
        assertTrue(specialist.text().contains("Nothing is saved"), specialist.text());
        env.as(SPECIALIST).get("/api/me/slots").then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(0));
        specialist.assertAccessible("the slots page with a preview");
        specialist.screenshots("specialist-slots-preview");

        specialist.find("#rule-create").click();
        new org.openqa.selenium.support.ui.WebDriverWait(specialist.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> specialist.text().contains("14 slots are now offered"));
        assertEquals(14, specialist.all("#my-slots li").size());

        // Busy calendars (issue #19): a refused address next to its field, then one calendar listed (an empty
        // feed, so no slot is blocked for the booking below).
        String path = "/cal/browser-" + UUID.randomUUID() + ".ics";
        IcsTestServer.serve(path, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//e2e//EN\r\nEND:VCALENDAR\r\n");
        specialist.find("nav[aria-label=Specialist] a[href='/specialist/calendars']").click();
        specialist.waitForPath("/specialist/calendars");
        setValue("#c-url", "https://10.0.0.1/cal.ics");
        setValue("#c-label", "Clinic");
        specialist.find("#calendar-form button[type=submit]").click();
        new WebDriverWait(specialist.driver(), Duration.ofSeconds(20)).until(d -> !specialist.all("#url-error").isEmpty());
        specialist.assertAccessible("the busy calendars page with a refused address");
        setValue("#c-url", IcsTestServer.url(path));
        setValue("#c-label", "Clinic");
        specialist.find("#calendar-form button[type=submit]").click();
        new WebDriverWait(specialist.driver(), Duration.ofSeconds(20)).until(d -> specialist.text().contains("The calendar is added"));
        assertTrue(specialist.find("#my-calendars").getText().contains("Clinic"), specialist.text());
        specialist.assertAccessible("the busy calendars page");
    }

    @Test
    @Order(3)
    void a_client_books_and_the_specialist_sees_it_on_the_dashboard_and_the_consultations() {
        String consent = env.app().get("/api/consents/booking").then().statusCode(200).extract().path("version");
        String slot = env.app().get("/api/specialists/" + specialistId + "/slots?to=" + LocalDate.now(BERLIN).plusDays(8))
                .then().statusCode(200).extract().path("items[0].id");
        env.as(CLIENT).body(Map.of("slotId", slot, "consentVersion", consent)).post("/api/bookings").then().statusCode(201);

        specialist.find("header a[href='/specialist']").click();
        // "/specialist/slots/rule" also starts with "/specialist": wait for the dashboard itself.
        new org.openqa.selenium.support.ui.WebDriverWait(specialist.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> specialist.path().equals("/specialist") && !specialist.all("#next-heading").isEmpty());
        assertTrue(specialist.text().contains("Bruno Booker"), specialist.text());
        assertTrue(specialist.find("#profile-status").getText().startsWith("Published"));
        specialist.assertAccessible("the specialist dashboard");
        specialist.screenshots("specialist-dashboard");

        specialist.find("nav[aria-label=Specialist] a[href='/specialist/bookings']").click();
        specialist.waitForPath("/specialist/bookings");
        assertTrue(specialist.find(".client-name").getText().contains("Bruno Booker"), specialist.text());
        specialist.assertAccessible("the specialist's consultations");
    }

    @Test
    @Order(4)
    void an_admin_features_the_specialist_who_then_leads_the_home_page() {
        // Only this specialist is to be featured, whatever other end-to-end classes featured before.
        List<String> featured = env.as(RealmUser.ADMIN).get("/api/admin/specialists?featured=true&size=100")
                .then().statusCode(200).extract().path("items.id");
        for (String id : featured) {
            env.as(RealmUser.ADMIN).body(Map.of("featured", false)).put("/api/admin/specialists/" + id + "/featured")
                    .then().statusCode(200);
        }
        try (Browser admin = Browser.start(env.appUrl())) {
            admin.open("/admin");
            admin.logInOnKeycloak(RealmUser.ADMIN);
            admin.waitForPath("/admin");
            admin.assertAccessible("the admin work list");
            admin.find("#f-q").sendKeys("Petra Practice");
            admin.find("form[role=search] button[type=submit]").click();
            admin.waitForPath("/admin?");
            admin.screenshots("admin-work-list");
            admin.find("a[href='/admin/specialists/" + specialistId + "']").click();
            admin.waitForPath("/admin/specialists/" + specialistId);
            admin.assertAccessible("an admin's specialist page");
            admin.find("#feature-button").click();
            admin.waitForPath("/admin/specialists/" + specialistId + "?done=featured");
            assertTrue(admin.find("#admin-featured").getText().startsWith("Yes"), admin.text());
            String question = env.as(CLIENT).body(Map.of("title", "Is a first talk really free?", "body",
                    "Just checking before I book.", "topic", "general")).post("/api/questions").then().statusCode(201)
                    .extract().path("id");
            for (String path : List.of("/admin/reports", "/admin/contact", "/admin/audit", "/admin/stats",
                    "/admin/questions/" + question)) {
                admin.open(path);
                admin.assertAccessible(path);
            }
            assertTrue(admin.text().contains("Is a first talk really free?"), admin.text());
        }
        try (Browser visitor = Browser.start(env.appUrl())) {
            visitor.open("/");
            String first = visitor.find("#featured-heading ~ ul .card h3 a").getAttribute("href");
            assertTrue(first.endsWith("/specialists/" + specialistId), first);
            assertTrue(visitor.find("#featured-heading ~ ul .card").getText().contains("Dr Petra Practice"));
        }
    }

    private void setValue(String css, String value) {
        ((JavascriptExecutor) specialist.driver()).executeScript("arguments[0].value = arguments[1];", specialist.find(css), value);
    }
}
