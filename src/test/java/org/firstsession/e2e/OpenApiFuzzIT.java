package org.firstsession.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.firstsession.e2e.HostileRequests.Caller;
import org.firstsession.e2e.HostileRequests.Spec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Ten thousand hostile and malformed requests ({@link HostileRequests}) over every operation of the OpenAPI
 * document, sent byte for byte ({@link RawHttp}) to the packaged app that {@link E2eEnvironment} runs, as anonymous
 * callers, with broken tokens, and as three real Keycloak users (a client and a specialist unrelated to the victim,
 * and an admin). Asserted: no 5xx but a 503 problem; every error is {@code application/problem+json} with
 * {@code type}, {@code title} and the matching {@code status}; no response shows a stack trace, SQL or a class
 * name; a victim's profile, booking, conversation and question read the same afterwards; and the app is healthy
 * and answers normally at the end.
 *
 * <p>The requests are fixed by the seed ({@code -Dfuzz.seed=…}, logged; {@code -Dfuzz.requests=…} for more); they
 * go out over {@value #CONNECTIONS} keep-alive connections at once, so only their interleaving differs between runs.
 * The summary (statuses, categories, time) is written to {@code target/fuzz-it-summary.txt}.
 */
@ExtendWith(E2eExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiFuzzIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20261130L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
    private static final int CONNECTIONS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final RealmUser VICTIM = new RealmUser("fuzz-victim", "victim-password-1", "Vera Victim", "vera@example.org");
    private static final RealmUser VICTIM_CLIENT = new RealmUser("fuzz-victim-client", "victim-client-password-1", "Vic Client",
            "vic@example.org");
    private static final RealmUser ATTACKER = new RealmUser("fuzz-attacker", "attacker-password-1", "Mallory Attacker",
            "mallory@example.org");
    private static final RealmUser ATTACKER_SPECIALIST = new RealmUser("fuzz-attacker-specialist", "attacker-specialist-1",
            "Trudy Specialist", "trudy@example.org");
    /** An admin's own playground: a published specialist the fuzzing admin may feature, verify or suspend. */
    private static final RealmUser TARGET = new RealmUser("fuzz-admin-target", "admin-target-password-1", "Tess Target",
            "tess@example.org");

    /**
     * What an error response must never show: a Java stack frame or exception, a class or package name of ours or of
     * the libraries, SQL or PostgreSQL's own messages. None of the fuzzer's own strings matches these.
     */
    private static final Pattern LEAK = Pattern.compile("(?i)(\\bat [a-z_$][\\w$]*(\\.[\\w$]+)+\\(|\\w+Exception\\b|\\w+Error\\b(?!s)"
            + "|org\\.firstsession|java\\.(lang|util|io|time|sql)\\.|jakarta\\.|org\\.(hibernate|postgresql|jboss)|io\\.(vertx|quarkus"
            + "|netty|smallrye)|com\\.fasterxml|\\bSQLState|\\bselect\\s.+\\sfrom\\s|\\binsert into\\b|\\bupdate \\w+ set\\b"
            + "|syntax error at or near|violates \\w+ constraint|duplicate key value|\\bpg_\\w+|\\bPSQL)");

    private E2eEnvironment env;
    private HostileRequests.Ids ids;
    private String victimProfile;
    private String victimBooking;
    private String victimConversation;
    private String victimQuestion;

    @BeforeAll
    void seed(E2eEnvironment env) {
        this.env = env;
        for (RealmUser user : List.of(VICTIM, VICTIM_CLIENT, ATTACKER, ATTACKER_SPECIALIST, TARGET)) {
            env.keycloak().createUser(user.username(), user.password(), user.name().split(" ")[0], user.name().split(" ")[1],
                    user.email());
        }
        // The victim: a published specialist with two slots, one booked by their client, a conversation and a question.
        victimProfile = publishedProfile(VICTIM, "Dr Vera Victim");
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(4));
        String bookedSlot = slot(VICTIM, victimProfile, day.plus(Duration.ofHours(9)));
        String openSlot = slot(VICTIM, victimProfile, day.plus(Duration.ofHours(10)));
        victimBooking = env.as(VICTIM_CLIENT).body(Map.of("slotId", bookedSlot, "note", "victim note", "consentVersion", "2026-11"))
                .post("/api/bookings").then().statusCode(201).extract().path("id");
        victimConversation = env.as(VICTIM_CLIENT).body(Map.of("specialistId", victimProfile, "text", "victim message"))
                .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
        victimQuestion = env.as(VICTIM_CLIENT).body(Map.of("title", "How do I start?", "body", "victim question", "topic", "general"))
                .post("/api/questions").then().statusCode(201).extract().path("id");
        String answer = env.as(VICTIM).body(Map.of("body", "victim answer")).post("/api/questions/" + victimQuestion + "/answers")
                .then().statusCode(201).extract().path("id");
        String report = env.as(VICTIM_CLIENT).body(Map.of("reason", "victim report"))
                .post("/api/conversations/" + victimConversation + "/report").then().statusCode(201).extract().path("id");

        // The attacking specialist has a draft of their own; the admin's target is published, with a slot.
        String attackerProfile = env.as(ATTACKER_SPECIALIST).body(Map.of("displayName", "Trudy Draft"))
                .post("/api/specialists").then().statusCode(201).extract().path("id");
        String targetProfile = publishedProfile(TARGET, "Dr Tess Target");
        String targetSlot = slot(TARGET, targetProfile, day.plus(Duration.ofHours(11)));

        ids = new HostileRequests.Ids(List.of(victimProfile, bookedSlot, openSlot, victimBooking, victimConversation, victimQuestion,
                answer, report), List.of(attackerProfile), List.of(targetProfile, targetSlot));
    }

    private String publishedProfile(RealmUser user, String displayName) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("displayName", displayName);
        profile.put("professionalTitle", "Counsellor");
        profile.put("bio", "Fuzzing target. Adults, change and loss.");
        profile.put("specialties", List.of("grief-loss"));
        profile.put("languages", List.of("en"));
        profile.put("sessionFormats", List.of("online"));
        profile.put("country", "GB");
        profile.put("timeZone", "Europe/London");
        String id = env.as(user).body(profile).post("/api/specialists").then().statusCode(201).extract().path("id");
        env.as(user).post("/api/specialists/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private String slot(RealmUser user, String profile, Instant startsAt) {
        return env.as(user).body(Map.of("startsAt", startsAt.toString())).post("/api/specialists/" + profile + "/slots")
                .then().statusCode(201).extract().path("created[0].id");
    }

    /** The victim's data as they and their client see it; must read the same after the run. */
    private String victimSnapshot() {
        return env.as(VICTIM).get("/api/specialists/" + victimProfile).then().statusCode(200).extract().asString()
                .replaceAll("\"updatedAt\":\"[^\"]*\"", "").replaceAll("\"nextFreeSlot\":\"[^\"]*\"", "")
                + env.as(VICTIM_CLIENT).get("/api/bookings/" + victimBooking).then().statusCode(200).extract().asString()
                + env.as(VICTIM_CLIENT).get("/api/conversations/" + victimConversation + "/messages").then().statusCode(200).extract()
                        .asString()
                + env.app().get("/api/questions/" + victimQuestion).then().statusCode(200).extract().asString();
    }

    @Test
    @SuppressWarnings("unchecked")
    void ten_thousand_hostile_requests_get_problems_never_a_server_error_or_a_leak() throws Exception {
        Map<String, Object> document = env.management().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().as(Map.class);
        List<HostileRequests.Operation> operations = HostileRequests.operations(document);
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.getOrDefault("components", Map.of()))
                .getOrDefault("schemas", Map.of());
        List<Spec> specs = new HostileRequests(SEED, schemas, ids).generate(operations, REQUESTS);
        E2eEnvironment.log("OpenApiFuzzIT: seed %d (-Dfuzz.seed=%d replays it), %d requests over %d operations", SEED, SEED,
                specs.size(), operations.size());
        String before = victimSnapshot();

        Map<Caller, String> authorization = authorizations();
        URI app = URI.create(env.appUrl());
        String host = app.getHost() + ":" + app.getPort();
        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> byCategory = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> byOperation = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();

        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            workers.add(pool.submit(() -> {
                try (RawHttp http = new RawHttp(app.getHost(), app.getPort())) {
                    Spec previous = null;
                    for (int i = next.getAndIncrement(); i < specs.size(); i = next.getAndIncrement()) {
                        Spec spec = specs.get(i);
                        // what went before on the same connection, for a failure that only a predecessor explains
                        String after = previous != null && http.open() ? " (after " + previous.describe() + ")" : "";
                        previous = spec;
                        byOperation.computeIfAbsent(spec.operation().key(), k -> new AtomicInteger()).incrementAndGet();
                        for (String category : spec.category().split(",")) {
                            byCategory.computeIfAbsent(category, k -> new AtomicInteger()).incrementAndGet();
                        }
                        RawHttp.Response response;
                        try {
                            response = http.send(spec.bytes(host, caller -> caller.realUser()
                                    ? "Bearer " + env.keycloak().accessToken(user(caller).username(), user(caller).password())
                                    : authorization.get(caller)), spec.method().equals("HEAD"));
                        } catch (IOException e) {
                            byStatus.computeIfAbsent(0, k -> new AtomicInteger()).incrementAndGet();
                            failures.add(spec.describe() + ": no response (" + e.getMessage() + ")" + after);
                            continue;
                        }
                        byStatus.computeIfAbsent(response.status(), k -> new AtomicInteger()).incrementAndGet();
                        String problem = check(spec, response);
                        if (problem != null) {
                            failures.add(spec.describe() + " -> " + response.status() + ": " + problem + after);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        String summary = String.format(java.util.Locale.ROOT,
                "seed %d: %d requests over %d operations in %.1f s (%.0f/s, %d connections)%nstatuses %s%ncategories %s%n"
                        + "requests per operation %s%n",
                SEED, specs.size(), operations.size(), took.toMillis() / 1000.0, specs.size() * 1000.0 / Math.max(1, took.toMillis()),
                CONNECTIONS, new TreeMap<>(byStatus), new TreeMap<>(byCategory), new TreeMap<>(byOperation));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "fuzz-it-summary.txt"), summary + "failures " + failures.size() + "\n"
                + String.join("\n", failures) + "\n");
        E2eEnvironment.log("OpenApiFuzzIT: %s", summary);

        assertEquals(operations.size(), byOperation.size(), "every operation was fuzzed");
        List<String> distinct = failures.stream().map(f -> f.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>")
                .replaceAll("#\\d+ ", "")).distinct().limit(30).toList();
        assertEquals(List.of(), distinct, failures.size() + " failures (all in target/fuzz-it-summary.txt); " + summary);

        // Afterwards: healthy, answering normally, and the victim's data untouched.
        env.management().get("/q/health/ready").then().statusCode(200);
        env.app().get("/api/taxonomy").then().statusCode(200);
        env.as(ATTACKER).get("/api/me").then().statusCode(200);
        assertEquals(before, victimSnapshot(), "the victim's data changed");
    }

    /** Null when the response is acceptable, else what is wrong with it. */
    @SuppressWarnings("unchecked")
    static String check(Spec spec, RawHttp.Response response) {
        int status = response.status();
        String body = response.text();
        boolean api = isApi(spec);
        if (status >= 400 && LEAK.matcher(body).find()) {
            return "leaks internals: " + shorten(body);
        }
        if (status < 400) {
            return api && status >= 300 && status != 304 ? "a redirect from the API: " + response.header("location") : null;
        }
        if (spec.category().contains("control-in-header")) {
            // Not HTTP: Netty's decoder refuses a header value with a control character before any handler runs.
            return status == 400 ? null : "expected the decoder's 400";
        }
        String type = response.header("content-type");
        if (status >= 500 && status != 503) {
            return "server error: " + type + " " + shorten(body);
        }
        if (type == null || !type.startsWith("application/problem+json")) {
            if (type != null && type.startsWith("text/html") && !api) {
                return null; // a dot-segment took the request out of the API, onto the website's HTML pages
            }
            return "not problem+json: " + type + " " + shorten(body);
        }
        if (spec.method().equals("HEAD")) {
            return null; // no body to read: the status and the content type say enough
        }
        try {
            Map<String, Object> problem = JSON.readValue(body, Map.class);
            if (!(problem.get("type") instanceof String) || !(problem.get("title") instanceof String)
                    || !Integer.valueOf(status).equals(problem.get("status"))) {
                return "incomplete problem: " + shorten(body);
            }
        } catch (IOException e) {
            return "problem+json that is not JSON: " + shorten(body);
        }
        return null;
    }

    /** Whether the request's path, once its dot-segments are resolved as the server does, is still an API path. */
    private static boolean isApi(Spec spec) {
        String target = new String(spec.target(), StandardCharsets.ISO_8859_1);
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        try {
            path = HostileRequests.decodePath(path);
            String normalized = URI.create("http://x" + path.replace(" ", "%20")).normalize().getPath();
            return normalized.startsWith("/api/") || normalized.startsWith("/photos/");
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static RealmUser user(Caller caller) {
        return switch (caller) {
            case ATTACKER -> ATTACKER;
            case ATTACKER_SPECIALIST -> ATTACKER_SPECIALIST;
            case ADMIN -> RealmUser.ADMIN;
            default -> throw new IllegalArgumentException(caller.name());
        };
    }

    /** The made-up Authorization headers: garbage, a real token with another payload, an unsigned one, Basic, a huge one. */
    private Map<Caller, String> authorizations() {
        String real = env.token(ATTACKER);
        String[] parts = real.split("\\.");
        // Another payload under the real signature: an admin role added (and a claim, so it differs in any case).
        String payload = "{\"forged\":true," + new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .substring(1).replace("\"realm_access\":{\"roles\":[", "\"realm_access\":{\"roles\":[\"admin\",");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        Map<Caller, String> headers = new HashMap<>();
        headers.put(Caller.ANONYMOUS, null);
        headers.put(Caller.GARBAGE_TOKEN, "Bearer not-a-jwt");
        headers.put(Caller.FORGED_TOKEN, "Bearer " + parts[0] + "." + forgedPayload + "." + parts[2]);
        headers.put(Caller.UNSIGNED_TOKEN, "Bearer " + none + "." + forgedPayload + ".");
        headers.put(Caller.BASIC_AUTH, "Basic " + Base64.getEncoder().encodeToString("admin:admin-password".getBytes(StandardCharsets.UTF_8)));
        headers.put(Caller.HUGE_TOKEN, "Bearer " + "A".repeat(12_000) + "." + "B".repeat(3_000) + ".C");
        return headers;
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
