package org.firstsession.directory;

import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import jakarta.inject.Inject;

import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A directory statement that runs past DIRECTORY_STATEMENT_TIMEOUT is cancelled by PostgreSQL and the
 * caller gets 503 problem+json with Retry-After, never a 500 and never a connection held for long. The
 * test makes the statement wait deterministically: another transaction holds an exclusive lock on the
 * specialist table (statement_timeout counts lock waits too).
 */
@QuarkusTest
@TestProfile(DirectoryStatementTimeoutTest.ShortTimeout.class)
class DirectoryStatementTimeoutTest {

    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("firstsession.directory.statement-timeout", "300ms");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_directory_query_past_the_timeout_is_a_503_with_retry_after() throws Exception {
        TestUser.anonymous().queryParam("city", "Berlin").get("/api/specialists").then().statusCode(200);
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.execute("LOCK TABLE specialist IN ACCESS EXCLUSIVE MODE");
            }
            long start = System.nanoTime();
            TestUser.anonymous().queryParam("city", "Berlin").get("/api/specialists").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "2")
                    .body("status", equalTo(503));
            TestUser.anonymous().get("/api/specialists/featured").then().statusCode(503).header("Retry-After", "2");
            // Without the timeout both requests would wait for the lock until the rollback below (never
            // answering first); the bound is loose because the build machine is shared.
            long millis = (System.nanoTime() - start) / 1_000_000;
            org.junit.jupiter.api.Assertions.assertTrue(millis < 20_000, "cancelled after the timeout, not held: " + millis + " ms");
            blocker.rollback();
        }
        TestUser.anonymous().queryParam("city", "Berlin").get("/api/specialists").then().statusCode(200);
    }
}
