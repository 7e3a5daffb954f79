package org.firstsession.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Articles in a real browser against the packaged app and Keycloak: a specialist writes an article with
 * two references on the editor page (rows added without JavaScript), previews it and publishes; a visitor
 * finds it from the home page, sees its share links, and books the author from the article after logging
 * in. axe-core on the editor, the preview, the list, the article and the specialist's list.
 */
@ExtendWith(E2eExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArticleBrowserIT {

    private static final RealmUser AUTHOR = new RealmUser("article-amira", "Amira-writes-2026", "Amira Author", "amira@example.org");
    private static final RealmUser READER = new RealmUser("article-rui", "Rui-reads-2026!", "Rui Reader", "rui@example.org");
    private static final String TITLE = "The emotional bank account";

    @RegisterExtension
    static final JourneyIT.StepByStep STEPS = new JourneyIT.StepByStep();

    private E2eEnvironment env;
    private Browser author;
    private Browser visitor;
    private String specialistId;

    @BeforeAll
    void start(E2eEnvironment env) {
        this.env = env;
        env.createRealmUsers(AUTHOR, READER);
        Map<String, Object> profile = new HashMap<>();
        profile.put("displayName", "Dr Amira Author");
        profile.put("professionalTitle", "Couples Therapist");
        profile.put("bio", "I work with couples who have drifted apart.");
        profile.put("specialties", List.of("relationships"));
        profile.put("languages", List.of("en"));
        profile.put("sessionFormats", List.of("online"));
        profile.put("timeZone", "Europe/Berlin");
        specialistId = env.publishedProfile(AUTHOR, profile);
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofHours(10));
        env.as(AUTHOR).body(Map.of("startsAt", day.toString())).post("/api/specialists/" + specialistId + "/slots")
                .then().statusCode(201);
    }

    @AfterAll
    void stop() {
        for (Browser browser : new Browser[] { author, visitor }) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    @Order(1)
    void a_specialist_writes_an_article_with_two_references_previews_and_publishes() {
        author = Browser.start(env.appUrl());
        author.open("/specialist/articles/new");
        author.logInOnKeycloak(AUTHOR);
        author.waitForPath("/specialist/articles/new");
        author.assertAccessible("the article editor");

        author.find("#article-title").sendKeys(TITLE);
        author.find("#article-summary").sendKeys("Why reciprocity fades, and how small deposits restore it.");
        author.find("#article-body").sendKeys("# Deposits and withdrawals\n\nEvery kind word is a *deposit*.");
        author.find("input[name=topics][value=relationships]").click();
        author.find("#add-reference").click();
        author.find("#ref-authors-0").sendKeys("Covey, S. R.");
        author.find("#ref-year-0").sendKeys("1989");
        author.find("#ref-title-0").sendKeys("The 7 Habits of Highly Effective People");
        author.find("#ref-pages-0").sendKeys("ch. 3, pp. 188-203");
        author.find("#add-reference").click();
        author.find("#ref-authors-1").sendKeys("Gottman, J. M.");
        author.find("#ref-year-1").sendKeys("1999");
        author.find("#ref-title-1").sendKeys("The Seven Principles for Making Marriage Work");
        author.find("#preview").click();
        author.find("#article-preview");
        assertEquals("Deposits and withdrawals", author.find("#article-preview .article-body h2").getText());
        assertEquals(2, author.all("#article-preview ol.reference-list li").size());
        author.assertAccessible("the article preview");
        author.screenshots("article-editor");

        author.find("#publish").click();
        author.waitForPath("/specialist/articles/");
        assertEquals("Published", author.find("#article-status").getText());
        author.find("a[href='/specialist/articles']").click();
        author.waitForPath("/specialist/articles");
        assertTrue(author.text().contains(TITLE), author.text());
        author.assertAccessible("my articles");
    }

    @Test
    @Order(2)
    void a_visitor_finds_it_from_the_home_page_shares_it_and_books_the_author() {
        visitor = Browser.start(env.appUrl());
        visitor.open("/");
        visitor.find("#articles-heading");
        visitor.find("section[aria-labelledby=articles-heading] a[href^='/articles/']").click();
        visitor.waitForPath("/articles/");
        String slugPath = visitor.path();
        assertEquals(TITLE, visitor.find("main h1").getText());
        assertEquals(2, visitor.all("ol.reference-list li").size());
        String facebook = visitor.find("ul.share a[href^='https://www.facebook.com/sharer/sharer.php?u=']").getAttribute("href");
        assertTrue(facebook.contains(slugPath.substring("/articles/".length())), facebook);
        assertTrue(visitor.text().contains("You need to be logged in to send messages"), visitor.text());
        visitor.assertAccessible("an article");
        visitor.screenshots("article");

        visitor.open("/articles");
        assertTrue(visitor.text().contains(TITLE), visitor.text());
        visitor.assertAccessible("the articles");

        visitor.open(slugPath);
        visitor.find("#book-author").click();
        visitor.waitForPath("/specialists/" + specialistId);
        visitor.find("#book a[href^='/login?next=']").click();
        visitor.logInOnKeycloak(READER);
        visitor.waitForPath("/specialists/" + specialistId);
        visitor.find("#booking-form input[name=slotId]").click();
        visitor.find("#booking-form input[name=consentVersion]").click();
        visitor.find("#booking-form button[type=submit]").click();
        visitor.waitForPath("/bookings/");
        assertTrue(visitor.text().contains("Dr Amira Author"), visitor.text());
    }
}
