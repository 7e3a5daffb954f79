package org.firstsession.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The README's key rotation, followed literally on the packaged app with its restarts, on a schema of
 * its own: write every kind of encrypted text with key 1; restart with the new key in
 * {@code ENCRYPTION_KEY} and the old one in {@code ENCRYPTION_KEY_PREVIOUS} and read everything; a start
 * without the old key is refused while values still need it; {@code POST /api/admin/crypto/rotate}; restart
 * with the new key alone and read everything again, including the queued emails, which then go out.
 */
@ExtendWith(E2eExtension.class)
class KeyRotationIT {

    private static final String SCHEMA = "rotation_it";
    private static final String NOTE = "note-" + UUID.randomUUID();
    private static final String CANCEL = "cancel-" + UUID.randomUUID();
    private static final String MESSAGE = "message-" + UUID.randomUUID();
    private static final String REPORT = "report-" + UUID.randomUUID();
    private static final String SUBJECT = "subject-" + UUID.randomUUID();
    private static final String CONTACT = "contact-" + UUID.randomUUID();

    private E2eEnvironment env;
    private String base;
    private String bookingId;
    private String cancelledId;
    private String conversationId;
    private String reportId;
    private String contactId;
    private String idempotencyKey;
    private Map<String, Object> bookingRequest;

    @Test
    void following_the_readme_keeps_every_encrypted_text_readable(E2eEnvironment env) throws Exception {
        this.env = env;
        String oldKey = randomKey();
        String newKey = randomKey();
        resetSchema();

        try (ChildProcess first = start("rotation app 1", Map.of("ENCRYPTION_KEY", oldKey))) {
            writeEverything();
            readEverything();
        }
        // README step: the new key in ENCRYPTION_KEY, the old one in ENCRYPTION_KEY_PREVIOUS, restart.
        try (ChildProcess second = start("rotation app 2", Map.of("ENCRYPTION_KEY", newKey, "ENCRYPTION_KEY_PREVIOUS", oldKey))) {
            readEverything();
        }
        // Dropping the old key before the re-encryption: the app refuses to start instead of failing reads.
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> start("rotation app without the old key", Map.of("ENCRYPTION_KEY", newKey)));
        assertTrue(refused.getMessage().contains("Refusing to start"), refused.getMessage());

        try (ChildProcess third = start("rotation app 3", Map.of("ENCRYPTION_KEY", newKey, "ENCRYPTION_KEY_PREVIOUS", oldKey))) {
            // README step: re-encrypt everything.
            as(RealmUser.ADMIN).post("/api/admin/crypto/rotate").then().statusCode(200)
                    .body("unreadable", equalTo(0)).body("keysStillNeeded", equalTo(0));
            Set<String> keyIds = storedKeyIds();
            assertEquals(1, keyIds.size(), "every value names the new key: " + keyIds);
            readEverything();
        }
        // README step: afterwards the old key can go.
        try (ChildProcess last = start("rotation app 4", Map.of("ENCRYPTION_KEY", newKey, "MAIL_RELAY_INTERVAL", "1s"))) {
            readEverything();
            // The emails queued with the old key are delivered with the new one.
            env.mailbox().await("<booking-" + bookingId + ".booked.0.specialist@firstsession.local>", Duration.ofSeconds(60));
            env.mailbox().await("<booking-" + cancelledId + ".cancelled.1.specialist@firstsession.local>", Duration.ofSeconds(60));
        }
    }

    private void writeEverything() {
        String specialistId = as(RealmUser.SPECIALIST).body(Map.of("displayName", "Sam Rotation", "professionalTitle",
                "Counsellor", "bio", "Here to help.", "specialties", List.of("stress-burnout"), "languages", List.of("en"),
                "sessionFormats", List.of("online"), "timeZone", "Europe/London"))
                .post("/api/specialists").then().statusCode(201).extract().path("id");
        as(RealmUser.SPECIALIST).post("/api/specialists/" + specialistId + "/publish").then().statusCode(200);
        Instant day = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(6));
        String slot1 = slot(specialistId, day);
        String slot2 = slot(specialistId, day.plus(Duration.ofHours(2)));
        String consent = RestAssured.given().baseUri(base).get("/api/consents/booking").then().extract().path("version");
        idempotencyKey = UUID.randomUUID().toString();
        bookingRequest = Map.of("slotId", slot1, "note", NOTE, "consentVersion", consent);
        // One upcoming consultation per client and specialist: the cancelled booking comes first.
        cancelledId = as(RealmUser.CLIENT).body(Map.of("slotId", slot2, "consentVersion", consent))
                .post("/api/bookings").then().statusCode(201).extract().path("id");
        as(RealmUser.CLIENT).body(Map.of("reason", CANCEL)).post("/api/bookings/" + cancelledId + "/cancel")
                .then().statusCode(200);
        bookingId = as(RealmUser.CLIENT).header("Idempotency-Key", idempotencyKey).body(bookingRequest)
                .post("/api/bookings").then().statusCode(201).extract().path("id");
        conversationId = as(RealmUser.CLIENT).body(Map.of("specialistId", specialistId, "text", MESSAGE))
                .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
        reportId = as(RealmUser.CLIENT).body(Map.of("reason", REPORT)).post("/api/conversations/" + conversationId + "/report")
                .then().statusCode(201).extract().path("id");
        contactId = as(RealmUser.CLIENT).body(Map.of("subject", SUBJECT, "message", CONTACT)).post("/api/contact")
                .then().statusCode(201).extract().path("id");
    }

    /** Every kind of encrypted text, through the API. */
    private void readEverything() {
        as(RealmUser.CLIENT).get("/api/bookings/" + bookingId).then().statusCode(200).body("note", equalTo(NOTE));
        as(RealmUser.CLIENT).get("/api/bookings/" + cancelledId).then().statusCode(200).body("cancelReason", equalTo(CANCEL));
        as(RealmUser.CLIENT).get("/api/conversations/" + conversationId + "/messages").then().statusCode(200)
                .body("items[0].text", equalTo(MESSAGE));
        as(RealmUser.ADMIN).get("/api/admin/reports/" + reportId).then().statusCode(200).body("report.reason", equalTo(REPORT));
        as(RealmUser.ADMIN).get("/api/admin/contact/" + contactId).then().statusCode(200)
                .body("subject", equalTo(SUBJECT)).body("message", equalTo(CONTACT));
        // The stored idempotent response: a retry answers the original booking.
        as(RealmUser.CLIENT).header("Idempotency-Key", idempotencyKey).body(bookingRequest).post("/api/bookings")
                .then().statusCode(201).body("id", equalTo(bookingId));
        String export = as(RealmUser.CLIENT).get("/api/me/export").then().statusCode(200).extract().asString();
        for (String text : List.of(NOTE, CANCEL, MESSAGE, REPORT, SUBJECT, CONTACT)) {
            assertTrue(export.contains(text), text + " in the export");
        }
    }

    private String slot(String specialistId, Instant startsAt) {
        return as(RealmUser.SPECIALIST).body(Map.of("startsAt", startsAt.toString()))
                .post("/api/specialists/" + specialistId + "/slots").then().statusCode(201).extract().path("created[0].id");
    }

    private RequestSpecification as(RealmUser user) {
        return RestAssured.given().baseUri(base).contentType("application/json").auth().oauth2(env.token(user));
    }

    /** A copy of the packaged app on the schema of this test; emails stay queued unless the relay is switched on. */
    private ChildProcess start(String name, Map<String, String> keys) {
        int port = FreePorts.next();
        base = "http://127.0.0.1:" + port;
        Map<String, String> overrides = new HashMap<>();
        overrides.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        overrides.put("DB_URL", dbUrl() + "?currentSchema=" + SCHEMA + ",public");
        overrides.put("ENCRYPTION_KEY_PREVIOUS", "unset");
        overrides.put("MAIL_RELAY_INTERVAL", "off");
        overrides.putAll(keys);
        // Health is served on the management port in prod; each copy needs its own.
        int management = FreePorts.next();
        overrides.put("MANAGEMENT_PORT", String.valueOf(management));
        return env.startExtraInstance(name, overrides, "http://127.0.0.1:" + management + "/q/health/ready");
    }

    private static String dbUrl() {
        return System.getProperty("e2e.db.url");
    }

    private static void resetSchema() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
        }
    }

    /** The key ids every encrypted value of the schema names. */
    private static Set<String> storedKeyIds() throws SQLException {
        Set<String> ids = new TreeSet<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SET search_path = " + SCHEMA);
            for (String column : List.of("message.body", "booking.note", "booking.cancel_reason", "report.reason",
                    "contact_request.subject", "contact_request.message", "email_outbox.body_text",
                    "email_outbox.body_html", "email_outbox.ics", "idempotency_key.response_body")) {
                String[] tc = column.split("\\.");
                try (ResultSet rs = s.executeQuery("SELECT DISTINCT split_part(%2$s, ':', 1) || ':' || split_part(%2$s, ':', 2)"
                        .formatted(tc[0], tc[1]) + " FROM " + tc[0] + " WHERE " + tc[1] + " IS NOT NULL AND " + tc[1] + " <> ''")) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
        }
        return ids;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl(), System.getProperty("e2e.db.username"), System.getProperty("e2e.db.password"));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
