package org.firstsession.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The database goes away under load and comes back: a copy of the packaged app reaches PostgreSQL
 * through an in-JVM TCP proxy, which the test closes (connections cut, new ones refused) and reopens.
 * Requests in flight fail cleanly (503 problem, never a 500), readiness reports DOWN while the database
 * is unreachable, and the app recovers by itself without a restart.
 */
@ExtendWith(E2eExtension.class)
class FaultsIT {

    @Test
    void losing_the_database_gives_clean_503s_readiness_down_and_recovery(E2eEnvironment env) throws Exception {
        URI db = URI.create(System.getProperty("e2e.db.url").substring("jdbc:".length()));
        int proxyPort = FreePorts.next();
        int appPort = FreePorts.next();
        String base = "http://127.0.0.1:" + appPort;
        int managementPort = FreePorts.next();
        String management = "http://127.0.0.1:" + managementPort;
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> badBodies = Collections.synchronizedList(new java.util.ArrayList<>());
        try (NioReactor reactor = new NioReactor()) {
            TcpCrusher proxy = TcpCrusherBuilder.builder().withReactor(reactor)
                    .withBindAddress("127.0.0.1", proxyPort).withConnectAddress(db.getHost(), db.getPort()).buildAndOpen();
            ChildProcess app = env.startExtraInstance("faulty app", Map.of(
                    "QUARKUS_HTTP_PORT", String.valueOf(appPort),
                    "MANAGEMENT_PORT", String.valueOf(managementPort),
                    "DB_URL", "jdbc:postgresql://127.0.0.1:" + proxyPort + db.getPath(),
                    // Fail fast while the database is gone, instead of holding requests for the default 5 s.
                    "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "2s"), management + "/q/health/ready");
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(4);
            try {
                for (int i = 0; i < 4; i++) {
                    load.submit(() -> {
                        while (running.get()) {
                            Response response = RestAssured.given().baseUri(base).get("/api/specialists?q=anxiety");
                            statuses.merge(response.statusCode(), 1, Integer::sum);
                            if (response.statusCode() >= 500 && (response.statusCode() != 503
                                    || !response.contentType().startsWith("application/problem+json"))) {
                                badBodies.add(response.statusCode() + " " + response.asString());
                            }
                        }
                        return null;
                    });
                }
                Thread.sleep(2_000);
                proxy.close(); // the database is unreachable
                assertTrue(awaitStatus(management + "/q/health/ready", 503, Duration.ofSeconds(30)), "readiness goes DOWN");
                assertTrue(RestAssured.given().baseUri(management).get("/q/health/ready").asString().contains("DOWN"));
                assertEquals(200, RestAssured.given().baseUri(management).get("/q/health/live").statusCode(), "still alive");
                Thread.sleep(3_000);
                proxy.open(); // it is back
                assertTrue(awaitStatus(management + "/q/health/ready", 200, Duration.ofSeconds(60)), "readiness comes back UP");
                Thread.sleep(2_000);
            } finally {
                running.set(false);
                load.shutdown();
                load.awaitTermination(30, TimeUnit.SECONDS);
                app.close();
                proxy.close();
            }
        }
        E2eEnvironment.log("FaultsIT statuses under load: %s", statuses);
        assertEquals(List.of(), badBodies.stream().limit(5).toList(), "never a 500, only 503 problems");
        assertTrue(statuses.getOrDefault(503, 0) > 0, "requests during the outage failed cleanly: " + statuses);
        assertTrue(statuses.getOrDefault(200, 0) > 0, "and the others succeeded: " + statuses);
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 200 || s == 503), statuses.toString());
    }

    @Test
    void the_mail_server_stops_in_a_burst_of_bookings_and_every_email_still_goes_out_once(E2eEnvironment env)
            throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        RealmUser specialist = new RealmUser("burst-spec-" + suffix, "burst-password", "Bea Burst", "bea-" + suffix + "@example.org");
        env.keycloak().createUser(specialist.username(), specialist.password(), "Bea", "Burst", specialist.email());
        var asSpecialist = (java.util.function.Supplier<io.restassured.specification.RequestSpecification>) () ->
                env.app().auth().oauth2(env.token(specialist));
        String specialistId = asSpecialist.get().body(Map.of("displayName", "Bea Burst", "professionalTitle", "Counsellor",
                "bio", "Here to help.", "specialties", List.of("stress-burnout"), "languages", List.of("en"),
                "sessionFormats", List.of("online"), "timeZone", "Europe/London"))
                .post("/api/specialists").then().statusCode(201).extract().path("id");
        asSpecialist.get().post("/api/specialists/" + specialistId + "/publish").then().statusCode(200);
        java.time.Instant first = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                .plus(Duration.ofDays(5));
        String consent = env.app().get("/api/consents/booking").then().extract().path("version");
        List<String> bookings = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                if (i == 3) {
                    env.mailbox().stop(); // the mail server goes down in the middle of the burst
                }
                String slot = asSpecialist.get().body(Map.of("startsAt", first.plus(Duration.ofHours(i)).toString()))
                        .post("/api/specialists/" + specialistId + "/slots").then().statusCode(201)
                        .extract().path("created[0].id");
                RealmUser client = new RealmUser("burst-" + suffix + "-" + i, "burst-password", "Burst " + i, "burst-" + suffix + "-" + i + "@example.org");
                env.keycloak().createUser(client.username(), client.password(), "Burst", String.valueOf(i), client.email());
                bookings.add(env.app().auth().oauth2(env.token(client))
                        .body(Map.of("slotId", slot, "consentVersion", consent)).post("/api/bookings")
                        .then().statusCode(201).extract().path("id"));
            }
            Thread.sleep(3_000); // the relay tries and fails meanwhile
        } finally {
            env.mailbox().restart();
        }
        for (String booking : bookings) {
            for (String side : List.of("client", "specialist")) {
                env.mailbox().await("<booking-" + booking + ".booked.0." + side + "@firstsession.local>", Duration.ofSeconds(60));
            }
        }
        Thread.sleep(4_000); // more relay runs: nothing is sent twice
        for (String booking : bookings) {
            for (String side : List.of("client", "specialist")) {
                String id = "<booking-" + booking + ".booked.0." + side + "@firstsession.local>";
                assertEquals(1, env.mailbox().count(id), id);
            }
        }
        asSpecialist.get().queryParam("as", "specialist").get("/api/bookings").then()
                .body("total", org.hamcrest.Matchers.equalTo(10));
    }

    private static boolean awaitStatus(String url, int status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (RestAssured.given().get(url).statusCode() == status) {
                    return true;
                }
            } catch (RuntimeException e) {
                // not answering yet
            }
            Thread.sleep(250);
        }
        return false;
    }
}
