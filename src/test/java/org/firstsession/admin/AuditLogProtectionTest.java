package org.firstsession.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The audit log resists the application's own database role (the one Flyway and the app run as): it may
 * insert and read, nothing else. Ownership of the table and its trigger function belongs to the role
 * {@code firstsession_audit} (see README "Audit log protection"), so TRUNCATE, removing or disabling the
 * append-only trigger, replacing its function, UPDATE and DELETE all fail with "permission denied".
 */
@QuarkusTest
class AuditLogProtectionTest {

    /** PostgreSQL's SQLSTATE for "insufficient privilege". */
    private static final String PERMISSION_DENIED = "42501";

    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "TRUNCATE audit_log",
            "DROP TRIGGER audit_log_append_only ON audit_log",
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
            "ALTER TABLE audit_log DISABLE TRIGGER ALL",
            "CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger AS $$ BEGIN RETURN OLD; END $$ LANGUAGE plpgsql",
            "DELETE FROM audit_log",
            "UPDATE audit_log SET outcome = 'REFUSED'",
            "ALTER TABLE audit_log OWNER TO CURRENT_USER",
            "ALTER TABLE audit_log ADD COLUMN note text"})
    void the_application_role_cannot_change_or_remove_history(String statement) {
        SQLException refused = assertThrows(SQLException.class, () -> execute(statement));
        assertEquals(PERMISSION_DENIED, refused.getSQLState(), refused.getMessage());
    }

    @Test
    void the_application_role_still_appends_and_reads() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("""
                    INSERT INTO audit_log (actor_issuer, actor_subject, action, object_type, outcome)
                    VALUES ('test', 'audit-protection', 'TEST_APPEND', 'TEST', 'SUCCESS')"""));
            var rows = s.executeQuery("SELECT count(*) FROM audit_log WHERE actor_subject = 'audit-protection'");
            rows.next();
            assertEquals(true, rows.getLong(1) >= 1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
