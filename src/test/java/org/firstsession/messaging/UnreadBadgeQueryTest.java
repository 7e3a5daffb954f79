package org.firstsession.messaging;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The unread badge is on every logged-in page, so its query must be index lookups only: with sequential
 * scans switched off, every scan in the plan has an index condition. (The former "client_id = ? OR
 * account_id = ?" join could not, and collapsed at 100,000 profiles; the second test shows this check
 * catches it.)
 */
@QuarkusTest
class UnreadBadgeQueryTest {

    /** The query the badge used before issue #14, kept here only to prove the check can fail. */
    private static final String FORMER_OR_JOIN = """
            SELECT count(*) FROM conversation c
            JOIN specialist s ON s.id = c.specialist_id
            JOIN message m ON m.conversation_id = c.id
            WHERE (c.client_id = ?1 AND m.sender = 'SPECIALIST' AND m.seq > c.client_read_seq)
               OR (s.account_id = ?1 AND m.sender = 'CLIENT' AND m.seq > c.specialist_read_seq)""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_unread_badge_is_answered_by_index_lookups_only() {
        assertEquals(List.of(), scansWithoutIndexCondition(MessagingService.UNREAD_TOTAL));
    }

    @Test
    void the_former_or_join_is_caught_by_this_check() {
        assertFalse(scansWithoutIndexCondition(FORMER_OR_JOIN).isEmpty());
    }

    @Test
    void the_badge_adds_up_both_sides_of_someone_who_is_client_and_specialist() {
        Specialists.Owned mine = Specialists.published(Profiles.complete("Dr. Both Sides"));
        Specialists.Owned other = Specialists.published(Profiles.complete("Dr. Other Side"));
        TestUser client = TestUser.client();
        client.request().body(Map.of("specialistId", mine.id(), "text", "to the specialist")).post("/api/conversations")
                .then().statusCode(201);
        String asClient = mine.owner().request().body(Map.of("specialistId", other.id(), "text", "as a client"))
                .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
        other.owner().request().body(Map.of("text", "reply 1")).post("/api/conversations/" + asClient + "/messages")
                .then().statusCode(201);
        other.owner().request().body(Map.of("text", "reply 2")).post("/api/conversations/" + asClient + "/messages")
                .then().statusCode(201);
        mine.owner().request().get("/api/me/unread").then().statusCode(200).body("unread", equalTo(3));
    }

    /** Scans in the plan of {@code sql} (for a random account) that read a table without an index condition. */
    private List<String> scansWithoutIndexCondition(String sql) {
        String explain = "EXPLAIN (FORMAT JSON) " + sql.replace("?1", "'" + UUID.randomUUID() + "'::uuid");
        String json;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("SET enable_seqscan = off");
            try (ResultSet rs = st.executeQuery(explain)) {
                rs.next();
                json = rs.getString(1);
            } finally {
                st.execute("RESET enable_seqscan");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<String> found = new ArrayList<>();
        try {
            collect(new ObjectMapper().readTree(json).get(0).get("Plan"), found);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static void collect(JsonNode node, List<String> found) {
        String type = node.path("Node Type").asText();
        boolean indexScan = type.equals("Index Scan") || type.equals("Index Only Scan") || type.equals("Bitmap Index Scan");
        if (type.equals("Seq Scan") || (indexScan && !node.has("Index Cond"))) {
            found.add(type + " on " + node.path("Relation Name").asText(node.path("Index Name").asText()));
        }
        for (JsonNode child : node.path("Plans")) {
            collect(child, found);
        }
    }
}
