package org.firstsession.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

/** Which failures count as a lost database (503, retry) and which stay bugs (500). */
class DatabaseOutageTest {

    @Test
    void connection_states_and_pool_timeouts_are_outages_wherever_they_sit_in_the_chain() {
        assertTrue(DatabaseOutage.isCertain(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(DatabaseOutage.isCertain(new SQLException("admin shutdown", "57P01")));
        assertTrue(DatabaseOutage.isCertain(new IllegalStateException("x",
                new SQLException("Sorry, acquisition timeout!"))));
        RuntimeException rollbackFailed = new RuntimeException("commit failed");
        rollbackFailed.addSuppressed(new SQLException("I/O error", "08006"));
        assertTrue(DatabaseOutage.isCertain(rollbackFailed), "a suppressed cause counts");
        SQLException batch = new SQLException("batch", "42000");
        batch.setNextException(new SQLException("gone", "08003"));
        assertTrue(DatabaseOutage.isCertain(batch), "a chained next exception counts");
        assertFalse(DatabaseOutage.isCertain(new SQLException("syntax error", "42601")));
    }

    @Test
    void a_data_access_failure_without_a_state_is_an_outage_only_right_after_a_certain_one() {
        RuntimeException stateless = new RuntimeException(new RollbackException("ARJUNA016053: Could not commit transaction."));
        assertTrue(DatabaseOutage.isDataAccess(stateless));
        assertFalse(DatabaseOutage.isDataAccess(new IllegalArgumentException("a bug")));
        // Bugs stay bugs during an outage too.
        DatabaseOutage.explains(new SQLException("refused", "08001"));
        assertTrue(DatabaseOutage.explains(stateless), "commit failure during an outage");
        assertFalse(DatabaseOutage.explains(new NullPointerException()), "a bug during an outage is still a bug");
    }
}
