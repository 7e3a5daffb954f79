package org.firstsession.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The spelling vocabulary (search_word) and the relevance postings (directory_term) hold exactly what
 * visible profiles say: nothing from drafts, nothing from an erased person, nothing a profile no longer
 * says (so the vocabulary cannot grow without bound). Each test uses made-up words of its own.
 */
@QuarkusTest
class SearchVocabularyTest {

    @Inject
    AgroalDataSource dataSource;

    private static String unique(String stem) {
        // letters only: the vocabulary keeps alphabetic words
        StringBuilder suffix = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            suffix.append((char) ('a' + Character.digit(c, 16)));
        }
        return stem + suffix;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private boolean inVocabulary(String word) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT 1 FROM search_word WHERE word = ?")) {
            s.setString(1, word);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private long postings(String profileId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM directory_term WHERE specialist_id = ?::uuid")) {
            s.setString(1, profileId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static List<String> names(String q) {
        return TestUser.anonymous().queryParam("q", q).get("/api/specialists").then().statusCode(200)
                .extract().path("items.displayName");
    }

    @Test
    void an_erased_specialists_name_leaves_the_vocabulary_and_the_index() throws Exception {
        String surname = unique("quenzl");
        String name = "Ilse " + capitalised(surname);
        Specialists.Owned owned = Specialists.published(Profiles.complete(name));
        assertTrue(inVocabulary(surname), "a published profile's words are in the vocabulary");
        assertTrue(postings(owned.id()) > 0);
        // Found by name, and by a misspelling of it (the vocabulary offers the correction).
        assertEquals(List.of(name), names(surname));
        assertEquals(List.of(name), names(surname.substring(0, surname.length() - 1) + "x"));

        owned.owner().request().body(Map.of("confirm", "DELETE MY ACCOUNT")).delete("/api/me").then().statusCode(204);

        assertTrue(!inVocabulary(surname), "the erased person's surname must not stay in search_word");
        assertEquals(0, postings(owned.id()), "nothing of the erased profile stays in directory_term");
        assertEquals(List.of(), names(surname));
        assertEquals(List.of(), names(surname.substring(0, surname.length() - 1) + "x"));
    }

    @Test
    void drafts_do_not_feed_the_vocabulary_and_unpublishing_takes_words_back() throws Exception {
        String word = unique("wobbert");
        Specialists.Owned owned = Specialists.draft(Profiles.with(Profiles.complete("Draft " + capitalised(word)), "headline",
                "Help with " + word));
        assertTrue(!inVocabulary(word), "a draft's words stay out of the vocabulary");
        assertEquals(0, postings(owned.id()));

        owned.owner().request().post("/api/specialists/" + owned.id() + "/publish").then().statusCode(200);
        assertTrue(inVocabulary(word));
        owned.owner().request().post("/api/specialists/" + owned.id() + "/unpublish").then().statusCode(200);
        assertTrue(!inVocabulary(word), "an unpublished profile's words leave the vocabulary");
        assertEquals(0, postings(owned.id()));
    }

    @Test
    void words_a_profile_no_longer_uses_leave_and_shared_words_stay() throws Exception {
        String before = unique("flimmer");
        String after = unique("glommer");
        String shared = unique("sharedword");
        Map<String, Object> body = Profiles.with(Profiles.complete("Edit " + capitalised(before)), "bio", "I mention " + shared + ".");
        Specialists.Owned first = Specialists.published(body);
        Specialists.Owned second = Specialists.published(Profiles.with(Profiles.complete("Other Person"), "bio", "Also " + shared + "."));
        assertTrue(inVocabulary(before) && inVocabulary(shared));

        first.owner().request().body(Profiles.with(Profiles.with(body, "displayName", "Edit " + capitalised(after)), "bio", "Nothing else."))
                .put("/api/specialists/" + first.id()).then().statusCode(204);
        assertTrue(!inVocabulary(before), "the old name is gone once no profile says it");
        assertTrue(inVocabulary(after));
        assertTrue(inVocabulary(shared), "a word another visible profile still uses stays");
        assertEquals(List.of("Edit " + capitalised(after)), names(after));
        assertEquals(List.of(), names(before));
        assertTrue(postings(second.id()) > 0);
    }
}
