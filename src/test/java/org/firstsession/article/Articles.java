package org.firstsession.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;

/** Article request bodies and seeding through the API, as an author would. */
final class Articles {

    private Articles() {
    }

    /** A made-up word (letters only, so full-text search sees one word) that no other test uses. */
    static String word() {
        StringBuilder word = new StringBuilder("qz");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    static Map<String, Object> reference(String authors, int year, String title) {
        Map<String, Object> reference = new HashMap<>();
        reference.put("authors", authors);
        reference.put("year", year);
        reference.put("title", title);
        return reference;
    }

    /** A complete article that can be published. */
    static Map<String, Object> complete(String title) {
        Map<String, Object> article = new HashMap<>();
        article.put("title", title);
        article.put("summary", "How small kindnesses keep a relationship's account in credit.");
        article.put("body", "## Deposits and withdrawals\n\nEvery kind word is a *deposit*. See [Gottman](https://www.gottman.com).");
        article.put("topics", List.of("relationships"));
        Map<String, Object> first = reference("Covey, S. R.", 1989, "The 7 Habits of Highly Effective People");
        first.put("publisher", "Free Press");
        first.put("pages", "ch. 3, pp. 188-203");
        first.put("note", "The emotional bank account");
        first.put("url", "https://example.org/covey");
        article.put("references", new ArrayList<>(List.of(first,
                reference("Gottman, J. M., & Silver, N.", 1999, "The Seven Principles for Making Marriage Work"))));
        return article;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    static Specialists.Owned author(String name) {
        return Specialists.published(Profiles.complete(name));
    }

    static String draft(TestUser author, Map<String, Object> body) {
        return author.request().body(body).post("/api/articles").then().statusCode(201).extract().path("id");
    }

    static String published(TestUser author, Map<String, Object> body) {
        String id = draft(author, body);
        author.request().post("/api/articles/" + id + "/publish").then().statusCode(200);
        return id;
    }
}
