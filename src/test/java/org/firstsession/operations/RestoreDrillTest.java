package org.firstsession.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstsession.shared.crypto.FieldCipher;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The backup and restore drill of docs/operations.md, run by the suite: a message is written through the API,
 * the database is dumped with pg_dump, the restore target is emptied (the "drop"), the dump is restored with
 * pg_restore, and the message read from the restored copy decrypts with the encryption key to what was sent.
 * The dump alone is useless: without the key the restored text stays ciphertext.
 */
@QuarkusTest
class RestoreDrillTest {

    private static final String TEXT = "Restore drill: can we talk on Thursday?";

    @Inject
    FieldCipher cipher;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void a_dump_restored_into_an_empty_database_with_the_key_gives_back_the_message() throws Exception {
        Specialists.Owned specialist = Specialists.published(Profiles.complete("Dr. Restore"));
        String messageId = TestUser.client().request().body(Map.of("specialistId", specialist.id(), "text", TEXT))
                .post("/api/conversations").then().statusCode(201).extract().path("message.id");

        URI db = URI.create(url.substring("jdbc:".length()));
        String source = db.getPath().substring(1);
        String target = System.getProperty("restore-drill.db.name", "firstsession_restore");
        assertNotEquals(source, target);
        Path dump = Path.of("target", "restore-drill.dump");
        Files.deleteIfExists(dump);

        run(List.of("pg_dump", "-Fc", "--no-owner", "--exclude-schema=firstsession_admin", "--exclude-table=audit_log*", "-h", db.getHost(), "-p", String.valueOf(db.getPort()), "-U", user,
                "-f", dump.toString(), source));
        assertTrue(Files.size(dump) > 0, "the dump has content");

        String targetUrl = "jdbc:postgresql://" + db.getHost() + ":" + db.getPort() + "/" + target;
        try (Connection c = DriverManager.getConnection(targetUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        run(List.of("pg_restore", "--no-owner", "--exit-on-error", "-h", db.getHost(), "-p", String.valueOf(db.getPort()),
                "-U", user, "-d", target, dump.toString()));

        try (Connection c = DriverManager.getConnection(targetUrl, user, password);
                PreparedStatement q = c.prepareStatement("SELECT body FROM message WHERE id = ?::uuid")) {
            q.setString(1, messageId);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "the message is in the restored database");
                String stored = rs.getString(1);
                assertNotEquals(TEXT, stored, "stored encrypted, not as text");
                assertEquals(TEXT, cipher.decrypt(stored, "message.body", java.util.UUID.fromString(messageId)), "the key decrypts the restored message");
            }
        } finally {
            emptyTarget(targetUrl);
        }
    }

    /** The drill leaves no copy of the data behind. */
    private void emptyTarget(String targetUrl) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(targetUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        Files.deleteIfExists(Path.of("target", "restore-drill.dump"));
    }

    private void run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), command.get(0) + " finished");
        assertEquals(0, process.exitValue(), command.get(0) + " failed:\n" + output);
    }
}
