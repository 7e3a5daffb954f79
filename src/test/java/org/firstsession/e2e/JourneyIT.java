package org.firstsession.e2e;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.firstsession.notification.Ics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.path.json.JsonPath;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DtStart;

/**
 * The whole journey against the packaged app, a real Keycloak and a real SMTP server, one step per test in
 * order (a failed step skips the rest): a specialist publishes a profile and offers slots, a client finds
 * and books them, both get the invite by email, they exchange messages, an admin verifies and features the
 * specialist, and the client reschedules and then cancels.
 */
@ExtendWith(E2eExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneyIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(30);
    private static final String MEETING_URL = "https://meet.example.org/sam-specialist";
    private static final String NOTE = "Evenings are hard for me, I would like to talk about it.";
    private static final String CLIENT_MESSAGE = "Hello, could we hold the first session in English?";
    private static final String REPLY = "Of course, English is fine. See you soon.";
    /** The app's sender domain (MAIL_FROM's default): it names Message-IDs and invite UIDs. */
    private static final String MAIL_DOMAIN = "firstsession.local";

    /** Two more published specialists who also match "anxiety" and sort before "Sam Specialist" by name. */
    private static final RealmUser ABIGAIL = new RealmUser("e2e-abigail", "abigail-password", "Abigail Early", "abigail@example.org");
    private static final RealmUser ADAM = new RealmUser("e2e-adam", "adam-password", "Adam Able", "adam@example.org");

    @RegisterExtension
    static final StepByStep STEPS = new StepByStep();

    private E2eEnvironment env;
    private String specialistId;
    private final List<String> otherSpecialistIds = new ArrayList<>();
    private final Map<String, Instant> offeredSlots = new HashMap<>();
    private String singleSlotId;
    private String bookingId;
    private String rescheduledSlotId;
    private String conversationId;

    @BeforeAll
    void connect(E2eEnvironment environment) {
        env = environment;
    }

    @Test
    @Order(1)
    void a_specialist_creates_fills_and_publishes_a_profile_and_offers_slots() {
        env.as(RealmUser.SPECIALIST).get("/api/me").then().statusCode(200)
                .body("displayName", equalTo("Sam Specialist")).body("roles", contains("client"))
                .body("specialistId", nullValue());

        specialistId = env.as(RealmUser.SPECIALIST).body(Map.of("displayName", "Sam Specialist"))
                .post("/api/specialists").then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().path("id");
        env.as(RealmUser.SPECIALIST).post("/api/specialists/" + specialistId + "/publish").then().statusCode(422);
        env.as(RealmUser.SPECIALIST).body(profile("Sam Specialist", List.of("anxiety", "depression")))
                .put("/api/specialists/" + specialistId).then().statusCode(204);
        env.as(RealmUser.SPECIALIST).post("/api/specialists/" + specialistId + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("meetingUrl", equalTo(MEETING_URL));
        env.as(RealmUser.SPECIALIST).get("/api/me").then().body("roles", hasItem("specialist"))
                .body("specialistId", equalTo(specialistId));

        // A weekly rule for next week (Monday and Wednesday 09:00-11:00 Berlin: 8 slots of 30 minutes) ...
        LocalDate monday = LocalDate.now(BERLIN).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        JsonPath rule = env.as(RealmUser.SPECIALIST)
                .body(Map.of("rule", Map.of("days", List.of("MONDAY", "WEDNESDAY"), "startTime", "09:00",
                        "endTime", "11:00", "fromDate", monday.toString(), "toDate", monday.plusDays(6).toString())))
                .post("/api/specialists/" + specialistId + "/slots").then().statusCode(201)
                .body("created", hasSize(8)).body("skipped", hasSize(0))
                .body("created[0].localStart", equalTo(monday + "T09:00:00"))
                .extract().jsonPath();
        for (int i = 0; i < 8; i++) {
            offeredSlots.put(rule.getString("created[" + i + "].id"), Instant.parse(rule.getString("created[" + i + "].startsAt")));
        }
        // ... and one single slot the day after tomorrow, 15:00 UTC (never inside the rule's mornings).
        Instant single = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(2)).plus(Duration.ofHours(15));
        singleSlotId = env.as(RealmUser.SPECIALIST).body(Map.of("startsAt", single.toString()))
                .post("/api/specialists/" + specialistId + "/slots").then().statusCode(201)
                .body("created", hasSize(1)).extract().path("created[0].id");
        offeredSlots.put(singleSlotId, single);

        // Two more published specialists (new realm users), so the directory has something to order.
        for (RealmUser other : List.of(ABIGAIL, ADAM)) {
            env.keycloak().createUser(other.username(), other.password(), other.name().split(" ")[0],
                    other.name().split(" ")[1], other.email());
            Map<String, Object> profile = profile(other.name(), List.of("anxiety"));
            profile.remove("meetingUrl");
            String id = env.as(other).body(profile).post("/api/specialists").then().statusCode(201).extract().path("id");
            env.as(other).post("/api/specialists/" + id + "/publish").then().statusCode(200);
            otherSpecialistIds.add(id);
        }
    }

    @Test
    @Order(2)
    void the_client_finds_the_specialist_in_the_directory_and_books_a_slot() {
        env.app().queryParam("q", "anxiety").queryParam("city", "Berlin").get("/api/specialists").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", containsInAnyOrder(specialistId, otherSpecialistIds.get(0), otherSpecialistIds.get(1)));
        Instant earliest = offeredSlots.values().stream().min(Instant::compareTo).orElseThrow();
        env.as(RealmUser.CLIENT).queryParam("q", "anxiety").queryParam("freeConsultation", true)
                .queryParam("city", "Berlin").get("/api/specialists").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(specialistId))
                .body("items[0].displayName", equalTo("Sam Specialist"))
                .body("items[0].nextFreeSlot", equalTo(earliest.toString()))
                .body("items[0].shareUrl", startsWith(env.appUrl()));

        env.app().get("/api/specialists/" + specialistId).then().statusCode(200)
                .body("displayName", equalTo("Sam Specialist"))
                .body("$", not(hasKey("meetingUrl")))
                .body("licence", not(hasKey("number")));
        LocalDate today = LocalDate.now(BERLIN);
        env.app().queryParam("from", today.toString()).queryParam("to", today.plusDays(14).toString())
                .get("/api/specialists/" + specialistId + "/slots").then().statusCode(200)
                .body("specialistTimeZone", equalTo("Europe/Berlin"))
                .body("items.id", containsInAnyOrder(offeredSlots.keySet().toArray()));

        Instant start = offeredSlots.get(singleSlotId);
        bookingId = env.as(RealmUser.CLIENT).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("slotId", singleSlotId, "note", NOTE, "format", "online", "consentVersion",
                        env.as(RealmUser.CLIENT).get("/api/consents/booking").then().extract().path("version")))
                .post("/api/bookings").then().statusCode(201)
                .header("Location", startsWith(env.appUrl() + "/api/bookings/"))
                .body("status", equalTo("CONFIRMED"))
                .body("startsAt", equalTo(start.toString()))
                .body("sessionFormat", equalTo("online"))
                // A private room per consultation (issue #19), not the profile's shared link.
                .body("meetingUrl", matchesPattern("https://meet\\.jit\\.si/firstsession-[0-9a-f]{40}"))
                .body("specialist.displayName", equalTo("Sam Specialist"))
                .extract().path("id");
        env.as(RealmUser.SPECIALIST).get("/api/bookings/" + bookingId).then().statusCode(200)
                .body("role", equalTo("specialist"))
                .body("client.displayName", equalTo("Clara Client"))
                .body("note", equalTo(NOTE));
    }

    @Test
    @Order(3)
    void both_receive_the_booking_email_with_a_calendar_invite() throws Exception {
        Instant start = offeredSlots.get(singleSlotId);
        MimeMessage toClient = invite("booked", 0, "client", "client@example.org", "REQUEST", start);
        MimeMessage toSpecialist = invite("booked", 0, "specialist", "specialist@example.org", "REQUEST", start);
        assertTrue(toClient.getSubject().startsWith("Your free consultation is confirmed"), toClient.getSubject());
        assertTrue(toSpecialist.getSubject().startsWith("New free consultation booked"), toSpecialist.getSubject());

        String clientText = Mailbox.part(toClient, "text/plain");
        String specialistText = Mailbox.part(toSpecialist, "text/plain");
        assertTrue(clientText.contains("https://meet.jit.si/firstsession-") && !clientText.contains(MEETING_URL), "the client's email says where: " + clientText);
        assertTrue(clientText.contains(env.appUrl()), "links use PUBLIC_BASE_URL: " + clientText);
        assertFalse(specialistText.contains(NOTE), "no one's free text in our email: " + specialistText);
        assertTrue(specialistText.contains("The client added a note"), "the specialist learns there is a note");
        assertFalse(clientText.contains(NOTE) || toClient.getSubject().contains(NOTE), "the note is in no email");
    }

    @Test
    @Order(4)
    void the_client_messages_the_specialist_and_gets_a_reply() {
        conversationId = env.as(RealmUser.CLIENT).body(Map.of("specialistId", specialistId, "text", CLIENT_MESSAGE))
                .post("/api/conversations").then().statusCode(201)
                .body("message.text", equalTo(CLIENT_MESSAGE))
                .extract().path("conversation.id");

        env.as(RealmUser.SPECIALIST).get("/api/conversations").then().statusCode(200)
                .body("items[0].id", equalTo(conversationId))
                .body("items[0].role", equalTo("SPECIALIST"))
                .body("items[0].otherParty.displayName", equalTo("Clara Client"))
                .body("items[0].lastMessagePreview", equalTo(CLIENT_MESSAGE))
                .body("items[0].unreadCount", equalTo(1));
        env.as(RealmUser.SPECIALIST).get("/api/conversations/" + conversationId + "/messages").then().statusCode(200)
                .body("items.text", contains(CLIENT_MESSAGE));
        env.as(RealmUser.SPECIALIST).body(Map.of("text", REPLY))
                .post("/api/conversations/" + conversationId + "/messages").then().statusCode(201)
                .body("text", equalTo(REPLY)).body("mine", equalTo(true));

        env.as(RealmUser.CLIENT).get("/api/me/unread").then().statusCode(200).body("unread", equalTo(1));
        env.as(RealmUser.CLIENT).get("/api/conversations/" + conversationId + "/messages").then().statusCode(200)
                .body("items.text", contains(REPLY, CLIENT_MESSAGE))
                .body("items.mine", contains(false, true));
        env.as(RealmUser.ADMIN).get("/api/conversations/" + conversationId).then().statusCode(404);
    }

    @Test
    @Order(5)
    void an_admin_verifies_and_features_the_specialist_who_then_leads_the_directory() {
        // Default order without featuring: by name, so Abigail and Adam come first. (Filtered to the journey's
        // city: other end-to-end classes share the database and publish specialists of their own.)
        env.app().queryParam("city", "Berlin").get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Abigail Early", "Adam Able", "Sam Specialist"));

        env.as(RealmUser.ADMIN).get("/api/me").then().body("roles", hasItem("admin"));
        env.as(RealmUser.CLIENT).body(Map.of("featured", true))
                .put("/api/admin/specialists/" + specialistId + "/featured").then().statusCode(403);
        LocalDate today = LocalDate.now();
        env.as(RealmUser.ADMIN).body(Map.of("status", "VERIFIED", "checkedOn", today.toString(),
                        "validUntil", today.plusYears(1).toString(), "note", "Licence checked with the chamber"))
                .put("/api/admin/specialists/" + specialistId + "/verification").then().statusCode(200)
                .body("verified", equalTo(true));
        env.as(RealmUser.ADMIN).body(Map.of("featured", true))
                .put("/api/admin/specialists/" + specialistId + "/featured").then().statusCode(200)
                .body("featured", equalTo(true));

        env.app().queryParam("city", "Berlin").get("/api/specialists").then().statusCode(200)
                .body("items.displayName", contains("Sam Specialist", "Abigail Early", "Adam Able"))
                .body("items[0].featured", equalTo(true))
                .body("items[0].verified", equalTo(true));
        env.app().queryParam("q", "anxiety").queryParam("city", "Berlin").get("/api/specialists").then().statusCode(200)
                .body("total", equalTo(3)).body("items[0].id", equalTo(specialistId));
        env.app().queryParam("verified", true).queryParam("city", "Berlin").get("/api/specialists").then().statusCode(200)
                .body("items.id", contains(specialistId));
        env.app().get("/api/specialists/featured").then().statusCode(200)
                .body("id", contains(specialistId)).body("[0].featured", equalTo(true));
        env.app().get("/api/specialists/" + specialistId).then().body("verified", equalTo(true));
    }

    @Test
    @Order(6)
    void the_client_reschedules_then_cancels_and_both_get_the_updates() throws Exception {
        LocalDate today = LocalDate.now(BERLIN);
        JsonPath open = env.app().queryParam("from", today.toString()).queryParam("to", today.plusDays(14).toString())
                .get("/api/specialists/" + specialistId + "/slots").then().statusCode(200).extract().jsonPath();
        rescheduledSlotId = open.getString("items.find { it.id != '" + singleSlotId + "' }.id");
        Instant newStart = offeredSlots.get(rescheduledSlotId);
        assertFalse(open.getList("items.id").contains(singleSlotId), "the booked slot is not offered");

        env.as(RealmUser.SPECIALIST).body(Map.of("slotId", rescheduledSlotId))
                .post("/api/bookings/" + bookingId + "/reschedule").then().statusCode(403);
        env.as(RealmUser.CLIENT).body(Map.of("slotId", rescheduledSlotId))
                .post("/api/bookings/" + bookingId + "/reschedule").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("slotId", equalTo(rescheduledSlotId))
                .body("startsAt", equalTo(newStart.toString()));
        MimeMessage moved = invite("rescheduled", 1, "client", "client@example.org", "REQUEST", newStart);
        invite("rescheduled", 1, "specialist", "specialist@example.org", "REQUEST", newStart);
        assertTrue(moved.getSubject().startsWith("Free consultation moved to"), moved.getSubject());

        env.as(RealmUser.CLIENT).body(Map.of("reason", "Something came up at work"))
                .post("/api/bookings/" + bookingId + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("CLIENT"));
        MimeMessage cancelled = invite("cancelled", 2, "client", "client@example.org", "CANCEL", newStart);
        invite("cancelled", 2, "specialist", "specialist@example.org", "CANCEL", newStart);
        assertTrue(cancelled.getSubject().startsWith("Free consultation cancelled"), cancelled.getSubject());

        // Both slots are bookable again, and every email went out exactly once.
        env.app().queryParam("from", today.toString()).queryParam("to", today.plusDays(14).toString())
                .get("/api/specialists/" + specialistId + "/slots").then()
                .body("items.id", hasItems(singleSlotId, rescheduledSlotId));
        for (String event : List.of("booked.0", "rescheduled.1", "cancelled.2")) {
            for (String side : List.of("client", "specialist")) {
                assertEquals(1, env.mailbox().count(messageId(event, side)), event + " to the " + side);
            }
        }
    }

    @Test
    @Order(7)
    void the_app_log_holds_no_tokens_or_private_text() throws IOException {
        List<String> lines = Files.readAllLines(env.appLog());
        assertTrue(lines.stream().anyMatch(l -> l.contains("/api/bookings")), "the access log is in " + env.appLog());
        Pattern jwt = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}");
        Pattern email = Pattern.compile("[A-Za-z0-9._%+-]+@example\\.org");
        List<String> leaks = lines.stream().filter(l -> jwt.matcher(l).find() || email.matcher(l).find()
                || l.contains(NOTE) || l.contains(CLIENT_MESSAGE) || l.contains(REPLY)).toList();
        assertEquals(List.of(), leaks, "the app logged tokens, emails or private text");
        // LOG_FORMAT=json: every line one JSON object; requests carry their id.
        ObjectMapper json = new ObjectMapper();
        List<String> notJson = new ArrayList<>();
        long bookingRequests = 0;
        for (String line : lines) {
            try {
                JsonNode entry = json.readTree(line);
                if (entry.path("message").asText().contains("POST /api/bookings ")) {
                    assertTrue(entry.path("mdc").path("requestId").isTextual(), "a request id on " + line);
                    bookingRequests++;
                }
            } catch (IOException e) {
                notJson.add(line);
            }
        }
        assertEquals(List.of(), notJson, "lines of " + env.appLog() + " that are not JSON objects");
        assertTrue(bookingRequests > 0, "the booking requests are in the JSON access log");
    }

    /**
     * Waits for one booking email, checks its recipient and parses its {@code .ics}: METHOD, UID (stable for
     * the booking), SEQUENCE (raised on every change) and DTSTART.
     */
    private MimeMessage invite(String event, int sequence, String side, String recipient, String method, Instant start)
            throws MessagingException {
        MimeMessage message = env.mailbox().await(messageId(event + "." + sequence, side), MAIL_TIMEOUT);
        assertEquals(1, message.getAllRecipients().length);
        assertTrue(message.getAllRecipients()[0].toString().contains(recipient), "sent to " + recipient);
        Calendar invite = Ics.parse(Mailbox.part(message, "text/calendar"));
        assertEquals(method, invite.getProperty(Property.METHOD).orElseThrow().getValue());
        Component vevent = invite.getComponent(Component.VEVENT).orElseThrow();
        assertEquals("booking-" + bookingId + "@" + MAIL_DOMAIN, vevent.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals(String.valueOf(sequence), vevent.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        DtStart<?> dtStart = (DtStart<?>) vevent.getProperty(Property.DTSTART).orElseThrow();
        assertEquals(start, Instant.from(dtStart.getDate()));
        return message;
    }

    private String messageId(String eventAndSequence, String side) {
        return "<booking-" + bookingId + "." + eventAndSequence + "." + side + "@" + MAIL_DOMAIN + ">";
    }

    private static Map<String, Object> profile(String displayName, List<String> specialties) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", displayName);
        body.put("professionalTitle", "Clinical Psychologist");
        body.put("headline", "Calm, practical help with worry and low mood");
        body.put("bio", "I work with adults who feel stuck. Together we find small steps that help.");
        body.put("specialties", specialties);
        body.put("approaches", List.of("cbt"));
        body.put("languages", List.of("en", "de"));
        body.put("sessionFormats", List.of("online", "in_person"));
        body.put("city", "Berlin");
        body.put("country", "DE");
        body.put("timeZone", "Europe/Berlin");
        body.put("fee", Map.of("amount", 90, "currency", "EUR"));
        body.put("yearsOfPractice", 8);
        body.put("licence", Map.of("number", "PSY-12345", "licensingBody", "Psychotherapeutenkammer Berlin", "country", "DE"));
        body.put("meetingUrl", MEETING_URL);
        return body;
    }

    /** Runs the steps as one story: once a step fails, the later ones are skipped instead of failing noisily. */
    static final class StepByStep implements ExecutionCondition, TestWatcher {

        private volatile String failed;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return Optional.ofNullable(failed)
                    .map(step -> ConditionEvaluationResult.disabled("an earlier step failed: " + step))
                    .orElse(ConditionEvaluationResult.enabled("every earlier step passed"));
        }

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failed = context.getDisplayName();
        }
    }
}
