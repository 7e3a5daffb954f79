package org.firstsession.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.firstsession.testsupport.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** The article pages: reading, the author card, sharing and previews; the author's editor; feed and sitemap. */
@QuarkusTest
class ArticlePagesTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    private static String word() {
        StringBuilder word = new StringBuilder("qp");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    private static Map<String, Object> article(String title, String body) {
        Map<String, Object> article = new HashMap<>();
        article.put("title", title);
        article.put("summary", "Small kindnesses keep the account in credit.");
        article.put("body", body);
        article.put("topics", List.of("relationships"));
        article.put("references", List.of(
                Map.of("authors", "Covey, S. R.", "year", 1989, "title", "The 7 Habits", "publisher", "Free Press",
                        "pages", "pp. 188-203", "url", "https://example.org/covey"),
                Map.of("authors", "Gottman, J. M.", "year", 1999, "title", "The Seven Principles")));
        return article;
    }

    private static String publish(TestUser author, Map<String, Object> body) {
        String id = author.request().body(body).post("/api/articles").then().statusCode(201).extract().path("id");
        return author.request().post("/api/articles/" + id + "/publish").then().statusCode(200).extract().path("slug");
    }

    /** The editor's fields in the order a browser sends them; reference fields once per row. */
    private static Map<String, List<String>> form(String title, String body, List<String[]> rows, String action) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("title", List.of(title));
        form.put("summary", List.of("A short summary for lists."));
        form.put("body", List.of(body));
        form.put("topics", List.of("relationships", "stress-burnout"));
        String[] names = {"refAuthors", "refYear", "refTitle", "refPublisher", "refUrl", "refPages", "refNote"};
        for (int f = 0; f < names.length; f++) {
            List<String> values = new ArrayList<>();
            for (String[] row : rows) {
                values.add(row[f]);
            }
            if (!values.isEmpty()) {
                form.put(names[f], values);
            }
        }
        form.put("action", List.of(action));
        return form;
    }

    private static String[] row(String authors, String year, String title, String url) {
        return new String[] {authors, year, title, "", url, "", ""};
    }

    @Test
    void an_author_previews_reorders_references_without_javascript_and_publishes() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Editor Author"));
        WebSession author = WebSession.as(s.owner());
        assertNotNull(author.page("/specialist/articles").selectFirst("a[href='/specialist/articles/new']"));
        assertNotNull(author.page("/specialist/articles/new").selectFirst("#article-title"));
        String w = word();
        String body = "# Deposits " + w + "\n\nKind words are *deposits*. <script>alert(1)</script> [x](javascript:alert(1))";
        List<String[]> rows = new ArrayList<>(List.<String[]>of(row("Covey, S. R.", "1989", "The 7 Habits", "https://example.org/c")));

        Response added = author.postFields("/specialist/articles", form("Reciprocity " + w, body, rows, "add-reference"));
        assertEquals(200, added.statusCode());
        Document page = html(added);
        assertEquals("Reciprocity " + w, page.selectFirst("#article-title").val());
        assertEquals("Covey, S. R.", page.selectFirst("#ref-authors-0").val());
        assertEquals("", page.selectFirst("#ref-authors-1").val());
        s.owner().request().get("/api/me/articles").then().body("total", org.hamcrest.Matchers.equalTo(0));

        rows.add(row("Gottman, J. M.", "1999", "The Seven Principles", ""));
        Document moved = html(author.postFields("/specialist/articles", form("Reciprocity " + w, body, rows, "down-0")));
        assertEquals("Gottman, J. M.", moved.selectFirst("#ref-authors-0").val());
        assertEquals("Covey, S. R.", moved.selectFirst("#ref-authors-1").val());
        java.util.Collections.reverse(rows); // the browser sends the rows back in their new order
        Document removed = html(author.postFields("/specialist/articles",
                form("Reciprocity " + w, body, List.<String[]>of(rows.get(0), row("Extra", "2000", "Gone", ""), rows.get(1)), "remove-1")));
        assertNull(removed.selectFirst("#ref-authors-2"));
        assertEquals("Covey, S. R.", removed.selectFirst("#ref-authors-1").val());

        Response preview = author.postFields("/specialist/articles", form("Reciprocity " + w, body, rows, "preview"));
        assertEquals(200, preview.statusCode());
        Document previewed = html(preview);
        var frame = previewed.selectFirst("#article-preview");
        assertEquals("Deposits " + w, frame.selectFirst(".article-body h2").text());
        assertTrue(frame.select("script").isEmpty());
        assertTrue(frame.select(".article-body a").isEmpty(), "the javascript: link is plain text");
        assertEquals(2, frame.select("ol.reference-list li").size());
        s.owner().request().get("/api/me/articles").then().body("total", org.hamcrest.Matchers.equalTo(0));

        Response bad = author.postFields("/specialist/articles",
                form("Reciprocity " + w, body, List.<String[]>of(row("A", "19x9", "T", "javascript:alert(1)")), "save"));
        assertEquals(400, bad.statusCode());
        Document badPage = html(bad);
        assertNotNull(badPage.selectFirst("#ref-year-0-error"));
        assertEquals("javascript:alert(1)", badPage.selectFirst("#ref-url-0").val());
        Response badUrl = author.postFields("/specialist/articles",
                form("Reciprocity " + w, body, List.<String[]>of(row("A", "1999", "T", "javascript:alert(1)")), "save"));
        assertEquals(400, badUrl.statusCode());
        assertNotNull(html(badUrl).selectFirst("#ref-url-0-error"));
        s.owner().request().get("/api/me/articles").then().body("total", org.hamcrest.Matchers.equalTo(0));

        Response published = author.postFields("/specialist/articles", form("Reciprocity " + w, body, rows, "publish"));
        assertEquals(303, published.statusCode());
        String editorPath = URIPath.of(published.header("Location"));
        assertTrue(editorPath.startsWith("/specialist/articles/"), editorPath);
        Document editor = author.page(editorPath + "?saved=published");
        assertEquals("Published", editor.selectFirst("#article-status").text());
        String readerLink = editor.selectFirst("a[href^='/articles/']").attr("href");
        Document reader = WebSession.visitor().page(readerLink);
        assertEquals("Reciprocity " + w, reader.selectFirst("main h1").text());
        assertEquals(frame.selectFirst(".article-body").html(), reader.selectFirst(".article-body").html(),
                "the preview is exactly what is published");
        assertEquals(List.of("Gottman, J. M.", "Covey, S. R."), reader.select("ol.reference-list li").stream()
                .map(li -> li.text().substring(0, li.text().indexOf(" ("))).toList());
        assertTrue(WebSession.visitor().page("/articles?q=" + w).text().contains("Reciprocity " + w));

        // Unpublish from the editor: readers get the 404 page.
        assertEquals(303, author.post(editorPath + "/unpublish", Map.of()).statusCode());
        assertEquals(404, WebSession.visitor().get(readerLink).statusCode());
    }

    @Test
    void an_article_page_has_the_author_card_references_share_links_and_link_previews() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Card Author"));
        Instant slot = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofHours(9));
        Slots.offer(s, slot);
        String w = word();
        String slug = publish(s.owner(), article("Bank account " + w, "## Deposits\n\nText </script><script>alert(1)</script>"));
        String other = publish(s.owner(), article("Another one " + w, "More text."));
        Document page = WebSession.visitor().page("/articles/" + slug);
        assertEquals("Bank account " + w, page.selectFirst("main h1").text());
        assertEquals(1, page.select("main h1").size());
        assertEquals(2, page.select("ol.reference-list li").size());
        assertEquals("https://example.org/covey", page.selectFirst("ol.reference-list a").attr("href"));
        assertEquals("/specialists/" + s.id() + "#book", page.selectFirst("#book-author").attr("href"));
        assertNotNull(page.selectFirst(".author-card time"), "the next free slot");
        String text = page.text();
        assertTrue(text.contains("You need to be logged in to send messages"), text);
        assertNotNull(page.selectFirst(".author-card a[href^='/login?next=']"));
        assertNotNull(page.selectFirst("a[href='/articles/" + other + "']"), "the author's other articles");
        assertTrue(page.selectFirst("a[href^='https://www.facebook.com/sharer/sharer.php?u=']").attr("href").contains(slug));
        assertEquals("Link to this article", page.selectFirst("ul.share a").text());
        assertEquals("Bank account " + w, page.selectFirst("meta[property=og:title]").attr("content"));
        assertTrue(page.selectFirst("meta[property=og:url]").attr("content").endsWith("/articles/" + slug));
        assertNotNull(page.selectFirst("meta[name=twitter:card]"));
        var scripts = page.select("script");
        assertEquals(2, scripts.size(), "site.js and the JSON-LD data block only: " + scripts);
        JsonNode ld = readJson(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Article", ld.get("@type").asText());
        assertEquals("Person", ld.get("author").get("@type").asText());
        assertEquals("Card Author", ld.get("author").get("name").asText());
        assertEquals(2, ld.get("citation").size());
        assertEquals("The 7 Habits", ld.get("citation").get(0).get("name").asText());

        WebSession reader = WebSession.loggedIn("reader", false);
        Document loggedIn = reader.page("/articles/" + slug);
        assertNotNull(loggedIn.selectFirst(".author-card form[action='/messages'] textarea"));
        Response blank = reader.post("/articles/" + slug + "/report", Map.of("reason", " "));
        assertEquals(400, blank.statusCode());
        assertNotNull(html(blank).selectFirst("#reason-error"));
        assertEquals(303, reader.post("/articles/" + slug + "/report", Map.of("reason", "Advertising")).statusCode());
    }

    @Test
    void the_list_filters_by_topic_and_searches_and_explains_bad_values() {
        Specialists.Owned s = Specialists.published(Profiles.complete("List Author"));
        String w = word();
        publish(s.owner(), article("Listed " + w, "Body."));
        Document found = WebSession.visitor().page("/articles?q=" + w + "&topic=relationships");
        assertEquals(1, found.select("article.article-item").size());
        assertTrue(WebSession.visitor().page("/articles?q=" + w + "&topic=sleep").select("article.article-item").isEmpty());
        Response bad = WebSession.visitor().get("/articles?topic=astrology");
        assertEquals(400, bad.statusCode());
        assertNotNull(html(bad).selectFirst("#topic-error"));
        assertEquals(404, WebSession.visitor().get("/articles/no-such-article-12345678").statusCode());
    }

    @Test
    void others_cannot_open_an_authors_editor_and_visitors_must_log_in() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Owner Author"));
        String id = s.owner().request().body(Map.of("title", "Private draft")).post("/api/articles").then()
                .statusCode(201).extract().path("id");
        WebSession other = WebSession.as(Specialists.published(Profiles.complete("Other Author")).owner());
        assertEquals(404, other.get("/specialist/articles/" + id).statusCode());
        assertEquals(404, other.postFields("/specialist/articles/" + id, form("Hijacked", "x", List.of(), "save")).statusCode());
        assertEquals(404, other.post("/specialist/articles/" + id + "/delete", Map.of()).statusCode());
        s.owner().request().get("/api/articles/" + id).then().statusCode(200).body("title", org.hamcrest.Matchers.equalTo("Private draft"));
        Response visitor = WebSession.visitor().get("/specialist/articles");
        assertTrue(visitor.statusCode() == 302 || visitor.statusCode() == 303, "status " + visitor.statusCode());
        assertTrue(visitor.header("Location").contains("/login?next="), visitor.header("Location"));
        WebSession client = WebSession.loggedIn("client", false);
        assertTrue(client.page("/specialist/articles").text().contains("Only specialists with a published profile write articles"));
        assertEquals(403, client.postFields("/specialist/articles", form("By a client", "x", List.of(), "save")).statusCode());
    }

    @Test
    void the_feed_and_the_sitemap_list_published_articles() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Feed Author"));
        String w = word();
        String slug = publish(s.owner(), article("Feed & <entry> " + w, "Body."));
        Response feed = WebSession.visitor().get("/articles/feed.xml");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.contentType().startsWith("application/atom+xml"), feed.contentType());
        Document atom = Jsoup.parse(feed.asString(), "", Parser.xmlParser());
        assertEquals("http://www.w3.org/2005/Atom", atom.selectFirst("feed").attr("xmlns"));
        var entry = atom.select("entry").stream().filter(e -> e.selectFirst("title").text().equals("Feed & <entry> " + w))
                .findFirst().orElseThrow();
        assertTrue(entry.selectFirst("link").attr("href").endsWith("/articles/" + slug));
        assertEquals("Feed Author", entry.selectFirst("author name").text());

        String question = TestUser.client().request().body(Map.of("title", "Sitemap question", "body", "B", "topic", "general"))
                .post("/api/questions").then().statusCode(201).extract().path("id");
        Response sitemap = WebSession.visitor().get("/sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        Document xml = Jsoup.parse(sitemap.asString(), "", Parser.xmlParser());
        List<String> locs = xml.select("url > loc").stream().map(e -> e.text()).toList();
        assertTrue(locs.stream().anyMatch(l -> l.endsWith("/articles/" + slug)), "article");
        assertTrue(locs.stream().anyMatch(l -> l.endsWith("/specialists/" + s.id())), "profile");
        assertTrue(locs.stream().anyMatch(l -> l.endsWith("/questions/" + question)), "question");
        String draft = Specialists.draft(Profiles.complete("Unlisted Draft")).id();
        assertFalse(WebSession.visitor().get("/sitemap.xml").asString().contains(draft));
    }

    @Test
    void an_admin_reads_a_reported_article_and_hides_it_from_the_report() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Reported Author"));
        String w = word();
        String slug = publish(s.owner(), article("Reported " + w, "Questionable advice " + w));
        String id = s.owner().request().get("/api/me/articles").then().extract().path("items[0].id");
        String report = TestUser.client().request().body(Map.of("reason", "Advertising"))
                .post("/api/articles/" + id + "/report").then().statusCode(201).extract().path("id");
        WebSession admin = WebSession.loggedIn("admin", true);
        Document page = admin.page("/admin/reports/" + report);
        assertTrue(page.text().contains("Questionable advice " + w), page.text());
        assertEquals(303, admin.post("/admin/reports/" + report + "/moderate", Map.of("action", "hide")).statusCode());
        assertEquals(404, WebSession.visitor().get("/articles/" + slug).statusCode());
        assertEquals(303, admin.post("/admin/reports/" + report + "/moderate", Map.of("action", "restore")).statusCode());
        assertEquals(200, WebSession.visitor().get("/articles/" + slug).statusCode());
    }

    private static JsonNode readJson(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }

    /** The path of a Location header (absolute or not). */
    private static final class URIPath {
        static String of(String location) {
            String path = java.net.URI.create(location).getPath();
            return path;
        }
    }
}
