package org.firstsession.e2e;

import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.firstsession.testsupport.IcsTestServer;
import org.firstsession.testsupport.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Two copies of the packaged app on one database, as behind a load balancer: the booking race spread
 * over both has exactly one winner, and every outbox email and reminder (a day and two hours before) is
 * sent exactly once although both instances run the relay and the reminder job; both scan for waitlist
 * offers and still make one offer per slot at a time; a request rate limit is one bucket for both; a busy
 * calendar is fetched once although both instances run its sync.
 */
@ExtendWith(E2eExtension.class)
class TwoInstancesIT {

    private static final int RACERS = 12;

    private E2eEnvironment env;

    @BeforeEach
    void connect(E2eEnvironment environment) {
        this.env = environment;
    }

    private RequestSpecification on(String baseUrl, String token) {
        return RestAssured.given().baseUri(baseUrl).contentType("application/json").auth().oauth2(token);
    }

    @Test
    void a_race_over_two_instances_has_one_winner_and_every_email_goes_out_once() throws Exception {
        String first = env.appUrl();
        String second = env.secondInstanceUrl();
        String suffix = UUID.randomUUID().toString().substring(0, 6);

        RealmUser specialist = new RealmUser("two-spec-" + suffix, "twin-password-" + suffix, "Tess Twin", "tess-" + suffix + "@example.org");
        env.keycloak().createUser(specialist.username(), specialist.password(), "Tess", "Twin", specialist.email());
        String specialistToken = env.token(specialist);
        Map<String, Object> profile = Map.of("displayName", "Tess Twin", "professionalTitle", "Psychotherapist",
                "bio", "Calm help.", "specialties", List.of("anxiety"), "languages", List.of("en"),
                "sessionFormats", List.of("online"), "timeZone", "Europe/Berlin",
                "meetingUrl", "https://meet.example.org/tess");
        String specialistId = on(first, specialistToken).body(profile).post("/api/specialists").then().statusCode(201)
                .extract().path("id");
        on(second, specialistToken).post("/api/specialists/" + specialistId + "/publish").then().statusCode(200);
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(4));
        String slot = on(first, specialistToken).body(Map.of("startsAt", start.toString()))
                .post("/api/specialists/" + specialistId + "/slots").then().statusCode(201).extract().path("created[0].id");

        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            RealmUser racer = new RealmUser("racer-" + suffix + "-" + i, "racer-password", "Racer " + i, "racer-" + suffix + "-" + i + "@example.org");
            env.keycloak().createUser(racer.username(), racer.password(), "Racer", String.valueOf(i), racer.email());
            String token = env.token(racer);
            on(i % 2 == 0 ? first : second, token).get("/api/me").then().statusCode(200);
            tokens.add(token);
        }
        String consent = on(first, tokens.get(0)).get("/api/consents/booking").then().extract().path("version");

        List<Callable<Object[]>> calls = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String base = i % 2 == 0 ? first : second;
            String token = tokens.get(i);
            calls.add(() -> {
                var response = on(base, token).body(Map.of("slotId", slot, "consentVersion", consent)).post("/api/bookings");
                return new Object[] { response.statusCode(), response.statusCode() == 201 ? response.path("id") : null };
            });
        }
        List<Object[]> results = Race.all(calls);
        List<Integer> statuses = results.stream().map(r -> (Integer) r[0]).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(RACERS - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        String booking = (String) results.stream().filter(r -> r[1] != null).findFirst().orElseThrow()[1];
        on(second, specialistToken).queryParam("as", "specialist").get("/api/bookings").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));

        // Both instances run the relay: each booking email still arrives exactly once.
        String toSpecialist = "<booking-" + booking + ".booked.0.specialist@firstsession.local>";
        String toClient = "<booking-" + booking + ".booked.0.client@firstsession.local>";
        env.mailbox().await(toSpecialist, Duration.ofSeconds(30));
        env.mailbox().await(toClient, Duration.ofSeconds(30));

        // A day before the start both instances' reminder jobs see the booking; one reminder each side.
        moveToTomorrow(booking);
        String reminderToClient = "<booking-" + booking + ".reminder-pt24h.0.client@firstsession.local>";
        String reminderToSpecialist = "<booking-" + booking + ".reminder-pt24h.0.specialist@firstsession.local>";
        env.mailbox().await(reminderToClient, Duration.ofSeconds(30));
        env.mailbox().await(reminderToSpecialist, Duration.ofSeconds(30));
        // Two hours before: the second reminder, again once each side.
        moveTo(booking, "90 minutes");
        String secondToClient = "<booking-" + booking + ".reminder-pt2h.0.client@firstsession.local>";
        String secondToSpecialist = "<booking-" + booking + ".reminder-pt2h.0.specialist@firstsession.local>";
        env.mailbox().await(secondToClient, Duration.ofSeconds(30));
        env.mailbox().await(secondToSpecialist, Duration.ofSeconds(30));
        Thread.sleep(5_000); // several more relay and reminder runs on both instances
        for (String id : List.of(toSpecialist, toClient, reminderToClient, reminderToSpecialist, secondToClient, secondToSpecialist)) {
            assertEquals(1, env.mailbox().count(id), id + " arrives exactly once");
        }
    }

    /**
     * Both instances scan for waitlist offers every 2 s: three slots that appear in the table (no request on
     * either instance to offer them at once) are each offered once, with one email, to the first three of four
     * waiting clients, one open offer per client although the two instances race for the same clients; when
     * the holds expire, each slot goes to a client who has not had it, again once and one open offer each.
     */
    @Test
    void two_instances_make_one_waitlist_offer_per_slot() throws Exception {
        String first = env.appUrl();
        String second = env.secondInstanceUrl();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        RealmUser specialist = new RealmUser("wait-spec-" + suffix, "wait-password-" + suffix, "Wanda Wait", "wanda-" + suffix + "@example.org");
        env.keycloak().createUser(specialist.username(), specialist.password(), "Wanda", "Wait", specialist.email());
        String specialistToken = env.token(specialist);
        Map<String, Object> profile = Map.of("displayName", "Wanda Wait", "professionalTitle", "Psychotherapist",
                "bio", "Calm help.", "specialties", List.of("anxiety"), "languages", List.of("en"),
                "sessionFormats", List.of("online"), "timeZone", "Europe/Berlin",
                "meetingUrl", "https://meet.example.org/wanda");
        String specialistId = on(first, specialistToken).body(profile).post("/api/specialists").then().statusCode(201)
                .extract().path("id");
        on(second, specialistToken).post("/api/specialists/" + specialistId + "/publish").then().statusCode(200);
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            RealmUser waiting = new RealmUser("waiter-" + suffix + "-" + i, "waiter-password-" + suffix, "Waiter " + i,
                    "waiter-" + suffix + "-" + i + "@example.org");
            env.keycloak().createUser(waiting.username(), waiting.password(), "Waiter", String.valueOf(i), waiting.email());
            String token = env.token(waiting);
            String id = on(i % 2 == 0 ? first : second, token).get("/api/me").then().statusCode(200).extract().path("id");
            on(i % 2 == 0 ? first : second, token).body(Map.of()).post("/api/specialists/" + specialistId + "/waitlist")
                    .then().statusCode(201);
            clients.add(id);
        }
        List<UUID> slots = new ArrayList<>();
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofHours(8));
        try (Connection db = database()) {
            for (int i = 0; i < 3; i++) {
                UUID slot = UUID.randomUUID();
                try (PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO slot (id, specialist_id, starts_at, ends_at) VALUES (?, ?, ?, ?)")) {
                    insert.setObject(1, slot);
                    insert.setObject(2, UUID.fromString(specialistId));
                    insert.setTimestamp(3, Timestamp.from(day.plus(Duration.ofHours(i))));
                    insert.setTimestamp(4, Timestamp.from(day.plus(Duration.ofHours(i)).plus(Duration.ofMinutes(30))));
                    insert.executeUpdate();
                }
                slots.add(slot);
            }
        }
        awaitOffers(slots, 1);
        Thread.sleep(5_000); // more scans on both instances
        Map<UUID, String> firstRound = assertOnePerSlot(slots, 1);
        assertEquals(Set.copyOf(clients.subList(0, 3)), Set.copyOf(firstRound.values()), "the first three in the queue");

        // The holds run out: each slot goes to the next client, once.
        try (Connection db = database();
                PreparedStatement expire = db.prepareStatement(
                        "UPDATE waitlist_offer SET expires_at = now() - interval '1 second' WHERE specialist_id = ? AND status = 'OPEN'");
                PreparedStatement holds = db.prepareStatement(
                        "UPDATE slot_hold SET held_until = now() - interval '1 second' WHERE slot_id IN (SELECT id FROM slot WHERE specialist_id = ?)")) {
            expire.setObject(1, UUID.fromString(specialistId));
            holds.setObject(1, UUID.fromString(specialistId));
            expire.executeUpdate();
            holds.executeUpdate();
        }
        awaitOffers(slots, 2);
        Thread.sleep(5_000);
        Map<UUID, String> secondRound = assertOnePerSlot(slots, 2);
        for (UUID slot : slots) {
            assertNotEquals(firstRound.get(slot), secondRound.get(slot), "a slot is offered to a client once");
        }
    }

    private static void awaitOffers(List<UUID> slots, int perSlot) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (offers(slots).size() < slots.size() * perSlot) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("offers after 30 s: " + offers(slots).size());
            }
            Thread.sleep(500);
        }
    }

    /**
     * Each slot: {@code total} offers in all, one of them open; no client holds two open offers; each offer's
     * email once. Returns whom each slot's open offer is for.
     */
    private Map<UUID, String> assertOnePerSlot(List<UUID> slots, int total) throws Exception {
        List<Object[]> all = offers(slots);
        assertEquals(slots.size() * total, all.size(), "offers in all");
        Map<UUID, String> openFor = new HashMap<>();
        for (UUID slot : slots) {
            List<Object[]> ofSlot = all.stream().filter(o -> slot.equals(o[1])).toList();
            assertEquals(total, ofSlot.size(), "offers of slot " + slot);
            List<Object[]> open = ofSlot.stream().filter(o -> "OPEN".equals(o[3])).toList();
            assertEquals(1, open.size(), "open offers of slot " + slot);
            openFor.put(slot, open.get(0)[2].toString());
        }
        assertEquals(slots.size(), Set.copyOf(openFor.values()).size(), "one open offer per client: " + openFor);
        for (Object[] offer : all) {
            String messageId = "<waitlist-offer-" + offer[0] + "@firstsession.local>";
            env.mailbox().await(messageId, Duration.ofSeconds(30));
            assertEquals(1, env.mailbox().count(messageId), messageId + " arrives exactly once");
        }
        return openFor;
    }

    private static List<Object[]> offers(List<UUID> slots) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (Connection db = database(); PreparedStatement select = db.prepareStatement(
                "SELECT id, slot_id, client_id, status FROM waitlist_offer WHERE slot_id = ANY (?)")) {
            select.setArray(1, db.createArrayOf("uuid", slots.toArray()));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Object[] { result.getObject(1), result.getObject(2), result.getObject(3), result.getString(4) });
                }
            }
        }
        return rows;
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(System.getProperty("e2e.db.url"), System.getProperty("e2e.db.username"),
                System.getProperty("e2e.db.password"));
    }

    /**
     * Busy calendars (issue #19): both instances look for due calendars every second, yet the calendar is
     * fetched once per BUSY_SYNC_INTERVAL (the database hands out the claim), and its busy time blocks the slot
     * on either instance.
     */
    @Test
    void two_instances_fetch_a_busy_calendar_once_per_interval() throws Exception {
        String first = env.appUrl();
        String second = env.secondInstanceUrl();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        RealmUser specialist = new RealmUser("busy-spec-" + suffix, "busy-password-" + suffix, "Bea Busy", "bea-" + suffix + "@example.org");
        env.keycloak().createUser(specialist.username(), specialist.password(), "Bea", "Busy", specialist.email());
        String specialistToken = env.token(specialist);
        Map<String, Object> profile = Map.of("displayName", "Bea Busy", "professionalTitle", "Psychologist",
                "bio", "Steady help.", "specialties", List.of("anxiety"), "languages", List.of("en"),
                "sessionFormats", List.of("online"), "timeZone", "Europe/Berlin");
        String specialistId = on(first, specialistToken).body(profile).post("/api/specialists").then().statusCode(201)
                .extract().path("id");
        on(second, specialistToken).post("/api/specialists/" + specialistId + "/publish").then().statusCode(200);
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(5)).plus(Duration.ofHours(1));
        String slot = on(first, specialistToken).body(Map.of("startsAt", start.toString()))
                .post("/api/specialists/" + specialistId + "/slots").then().statusCode(201).extract().path("created[0].id");
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
        String path = "/cal/two-" + suffix + ".ics";
        IcsTestServer.serve(path, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//e2e//EN\r\nBEGIN:VEVENT\r\nUID:e2e-" + suffix
                + "\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:" + utc.format(start.minus(Duration.ofMinutes(15)))
                + "\r\nDTEND:" + utc.format(start.plus(Duration.ofMinutes(45))) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

        on(second, specialistToken).body(Map.of("url", IcsTestServer.url(path), "label", "Clinic")).post("/api/me/busy-calendars")
                .then().statusCode(201);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (on(first, specialistToken).get("/api/me/busy-calendars").then().statusCode(200).extract()
                .path("[0].lastSuccessAt") == null) {
            assertTrue(System.nanoTime() < deadline, "the calendar was read within 30 s");
            Thread.sleep(250);
        }
        Thread.sleep(5_000); // about ten more polls on each instance
        assertEquals(1, IcsTestServer.hits(path), "fetched once by the two instances");

        RealmUser client = new RealmUser("busy-client-" + suffix, "busy-client-password", "Cal Client", "cal-" + suffix + "@example.org");
        env.keycloak().createUser(client.username(), client.password(), "Cal", "Client", client.email());
        String clientToken = env.token(client);
        String consent = on(first, clientToken).get("/api/consents/booking").then().extract().path("version");
        for (String base : List.of(first, second)) {
            on(base, clientToken).body(Map.of("slotId", slot, "consentVersion", consent)).post("/api/bookings").then()
                    .statusCode(409).body("type", endsWith("/slot-unavailable"));
        }
    }

    /**
     * Two instances with small limits (10 a minute per address and per account): a client that alternates
     * between them, or hits both at once, gets 10 answers in all, not 10 from each. X-Forwarded-For from the
     * test (a trusted proxy here) makes each part a new client.
     */
    @Test
    void rate_limits_are_shared_by_both_instances() throws Exception {
        Map<String, String> limits = Map.of("RATE_LIMIT_ANONYMOUS_PER_MINUTE", "10", "RATE_LIMIT_ACCOUNT_PER_MINUTE", "10",
                "PROXY_TRUSTED", "127.0.0.1/32");
        List<ChildProcess> started = new ArrayList<>();
        try {
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int port = FreePorts.next();
                int management = FreePorts.next();
                Map<String, String> env2 = new java.util.HashMap<>(limits);
                env2.put("QUARKUS_HTTP_PORT", String.valueOf(port));
                env2.put("MANAGEMENT_PORT", String.valueOf(management));
                started.add(env.startExtraInstance("limited app " + (i + 1), env2, "http://127.0.0.1:" + management + "/q/health/ready"));
                urls.add("http://127.0.0.1:" + port);
            }
            // One after the other, alternating instances.
            List<Integer> alternating = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                alternating.add(RestAssured.given().baseUri(urls.get(i % 2)).header("X-Forwarded-For", "203.0.113.61")
                        .get("/api/taxonomy").statusCode());
            }
            assertEquals(10, alternating.stream().filter(s -> s == 200).count(), alternating.toString());
            assertEquals(List.of(429, 429), alternating.subList(10, 12), alternating.toString());

            // All at once: 24 parallel requests of one new client over both instances, exactly 10 get through.
            List<Callable<Object[]>> burst = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String url = urls.get(i % 2);
                burst.add(() -> {
                    var response = RestAssured.given().baseUri(url).header("X-Forwarded-For", "203.0.113.62").get("/api/specialists/featured");
                    return new Object[] { response.statusCode(), response.header("Retry-After") };
                });
            }
            List<Object[]> results = Race.all(burst);
            List<Integer> statuses = results.stream().map(r -> (Integer) r[0]).toList();
            assertEquals(10, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(14, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
            assertTrue(results.stream().filter(r -> (Integer) r[0] == 429).allMatch(r -> r[1] != null), "Retry-After on every 429");

            // A logged-in account is one bucket across instances and addresses.
            String suffix = UUID.randomUUID().toString().substring(0, 6);
            RealmUser busy = new RealmUser("busy-" + suffix, "busy-bee-password", "Busy Bee", "busy-" + suffix + "@example.org");
            env.keycloak().createUser(busy.username(), busy.password(), "Busy", "Bee", busy.email());
            String token = env.token(busy);
            List<Integer> account = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                account.add(on(urls.get(i % 2), token).header("X-Forwarded-For", "198.51.100." + i).get("/api/me").statusCode());
            }
            assertEquals(10, account.stream().filter(s -> s == 200).count(), account.toString());
            assertEquals(429, account.get(10), account.toString());
        } finally {
            started.forEach(ChildProcess::close);
        }
    }

    private static void moveToTomorrow(String booking) throws Exception {
        moveTo(booking, "23 hours");
    }

    private static void moveTo(String booking, String fromNow) throws Exception {
        try (Connection db = database(); PreparedStatement update = db.prepareStatement(
                "UPDATE booking SET starts_at = now() + cast(? as interval), ends_at = now() + cast(? as interval)"
                        + " + interval '30 minutes' WHERE id = ?")) {
            update.setString(1, fromNow);
            update.setString(2, fromNow);
            update.setObject(3, UUID.fromString(booking));
            assertEquals(1, update.executeUpdate());
        }
    }
}
