package org.firstsession.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.firstsession.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Ten thousand requests generated from the packaged app's own OpenAPI document, sent over a raw socket so
 * that nothing is cleaned up on the way: schema-shaped JSON bodies and their mutations, every kind of
 * content type (multipart, forms, XML, wrong charsets, garbage) on every operation, control characters in
 * bodies, query, and path, malformed and odd encodings (bad percent escapes, overlong and invalid UTF-8,
 * BOMs), headers from 1 KB to 60 KB, odd methods and broken credentials. No answer may be a 5xx, every error
 * must be problem+json with a matching status, and another user's data must read the same afterwards.
 * Request {@code i} is generated from {@code SEED} and {@code i} alone, so any failure replays.
 */
@ExtendWith(E2eExtension.class)
class OpenApiFuzzIT {

    private static final long SEED = 20261130L;
    private static final int REQUESTS = 10_000;
    private static final int THREADS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Map<String, Object> schemas = Map.of();
    private final List<Operation> operations = new ArrayList<>();
    private List<String> knownIds = List.of();
    private String attackerToken;

    private record Operation(String method, String path, List<String> queryParams, Object bodySchema) {
    }

    private record Case(int index, String flavour, String method, String target, Map<String, String> headers, byte[] body) {

        String describe() {
            return "#" + index + " [" + flavour + "] " + method + " " + (target.length() > 160 ? target.substring(0, 160) + "…" : target)
                    + (headers.containsKey("Content-Type") ? " (" + headers.get("Content-Type") + ")" : "");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void ten_thousand_generated_requests_get_no_5xx_and_only_problem_errors(E2eEnvironment env) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        RealmUser specialist = user(env, "fuzz-victim-" + suffix, "Vera", "Victim");
        RealmUser client = user(env, "fuzz-client-" + suffix, "Cleo", "Client");
        RealmUser attacker = user(env, "fuzz-attacker-" + suffix, "Max", "Mallory");
        String specialistToken = env.token(specialist);
        String clientToken = env.token(client);
        attackerToken = env.token(attacker);

        String victim = as(env, specialistToken).body(Map.of("displayName", "Vera Victim " + suffix,
                "professionalTitle", "Psychotherapist", "bio", "Calm help.", "specialties", List.of("anxiety"),
                "languages", List.of("en"), "sessionFormats", List.of("online"), "timeZone", "Europe/Berlin",
                "meetingUrl", "https://meet.example.org/vera")).post("/api/specialists").then().statusCode(201).extract().path("id");
        as(env, specialistToken).post("/api/specialists/" + victim + "/publish").then().statusCode(200);
        String slot = as(env, specialistToken).body(Map.of("startsAt", Instant.now().truncatedTo(ChronoUnit.HOURS)
                .plus(Duration.ofDays(5)).toString())).post("/api/specialists/" + victim + "/slots").then().statusCode(201)
                .extract().path("created[0].id");
        String consent = as(env, clientToken).get("/api/consents/booking").then().statusCode(200).extract().path("version");
        String booking = as(env, clientToken).body(Map.of("slotId", slot, "consentVersion", consent, "note", "victim note"))
                .post("/api/bookings").then().statusCode(201).extract().path("id");
        String conversation = as(env, clientToken).body(Map.of("specialistId", victim, "text", "victim message"))
                .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
        knownIds = List.of(victim, slot, booking, conversation);
        String before = snapshot(env, specialistToken, clientToken, victim, booking, conversation);

        Map<String, Object> document = env.management().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().as(Map.class);
        schemas = (Map<String, Object>) ((Map<String, Object>) document.getOrDefault("components", Map.of()))
                .getOrDefault("schemas", Map.of());
        for (var path : ((Map<String, Map<String, Object>>) document.get("paths")).entrySet()) {
            for (var op : path.getValue().entrySet()) {
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)
                        || (method.equals("DELETE") && path.getKey().equals("/api/me"))) {
                    continue; // erasing the attacker would only make the rest of the run anonymous
                }
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                List<String> query = new ArrayList<>();
                for (Map<String, Object> param : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
                    if ("query".equals(param.get("in"))) {
                        query.add((String) param.get("name"));
                    }
                }
                Object body = operation.get("requestBody") instanceof Map<?, ?> requestBody ? schemaOf((Map<String, Object>) requestBody) : null;
                operations.add(new Operation(method, path.getKey(), query, body == null && operation.containsKey("requestBody") ? Map.of() : body));
            }
        }

        URI base = URI.create(env.appUrl());
        Map<Integer, Integer> byStatus = new ConcurrentHashMap<>();
        Map<String, Integer> byFlavour = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    Case c = generate(i);
                    byFlavour.merge(c.flavour(), 1, Integer::sum);
                    RawHttp.Answer answer;
                    try {
                        answer = RawHttp.send(base, c.method(), c.target(), c.headers(), c.body());
                    } catch (IOException e) {
                        failures.add(c.describe() + ": no answer (" + e.getMessage() + ")");
                        continue;
                    }
                    byStatus.merge(answer.status(), 1, Integer::sum);
                    String problem = check(c, answer);
                    if (problem != null) {
                        failures.add(c.describe() + " -> " + answer.status() + ": " + problem);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;

        String after = snapshot(env, specialistToken, clientToken, victim, booking, conversation);
        String summary = String.format(java.util.Locale.ROOT, "seed %d: %d requests to %d operations in %.1f s (%.0f/s, %d threads); flavours %s; statuses %s",
                SEED, REQUESTS, operations.size(), seconds, REQUESTS / seconds, THREADS, new TreeMap<>(byFlavour), new TreeMap<>(byStatus));
        Path out = Path.of(System.getProperty("e2e.log.dir", "target"), "fuzz-summary.txt");
        Files.writeString(out, summary + "\n" + String.join("\n", failures.stream().limit(200).toList()) + "\n");
        E2eEnvironment.log("OpenApiFuzzIT %s", summary);
        assertTrue(operations.size() > 30, summary);
        assertEquals(REQUESTS, byStatus.values().stream().mapToInt(Integer::intValue).sum() + failures.stream()
                .filter(f -> f.contains(": no answer")).count(), summary);
        assertEquals(List.of(), failures.stream().map(f -> f.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>")).distinct()
                .limit(25).toList(), summary);
        assertEquals(before, after, "the victim's data changed");
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    @SuppressWarnings("unchecked")
    private static String check(Case c, RawHttp.Answer answer) {
        if (answer.status() >= 500) {
            return "server error " + shorten(answer.body());
        }
        if (answer.status() < 400 || c.method().equals("HEAD")) {
            return null;
        }
        String type = answer.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "not problem+json: " + type + " " + shorten(answer.body());
        }
        try {
            Map<String, Object> problem = JSON.readValue(answer.body(), Map.class);
            if (!problem.containsKey("type") || !problem.containsKey("title")
                    || !Integer.valueOf(answer.status()).equals(problem.get("status"))) {
                return "incomplete problem " + shorten(answer.body());
            }
        } catch (IOException e) {
            return "problem body is not JSON: " + shorten(answer.body());
        }
        return null;
    }

    private Case generate(int index) {
        Random random = new Random(SEED * 1_000_003L + index);
        Operation op = operations.get(random.nextInt(operations.size()));
        int roll = random.nextInt(100);
        String flavour = roll < 40 ? "schema" : roll < 55 ? "content-type" : roll < 67 ? "control-characters"
                : roll < 79 ? "encoding" : roll < 88 ? "header-size" : roll < 94 ? "credentials" : "method";
        String method = op.method();
        StringBuilder target = new StringBuilder(fillPath(op.path(), random));
        List<String> query = new ArrayList<>();
        for (String name : op.queryParams()) {
            if (random.nextBoolean()) {
                query.add(name + "=" + enc(oddValue(random)));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", random.nextInt(10) == 0 ? pick(random, "application/xml", "text/html", "*/*;q=abc", "", "application/json;charset=utf-16") : "*/*");
        int auth = random.nextInt(20);
        if (auth < 16) {
            headers.put("Authorization", "Bearer " + attackerToken);
        } else if (auth < 18) {
            headers.put("Authorization", "Bearer not.a.jwt");
        }
        byte[] body = null;
        if (op.bodySchema() != null || random.nextInt(5) == 0) {
            headers.put("Content-Type", "application/json");
            body = random.nextInt(12) == 0 ? utf8("{\"broken\": ") : json(mutate(generate(op.bodySchema(), 0, random), random));
        }
        switch (flavour) {
            case "content-type" -> {
                headers.put("Content-Type", pick(random, "multipart/form-data; boundary=x", "multipart/form-data", "multipart/mixed; boundary=zz",
                        "multipart/form-data; boundary=", "application/x-www-form-urlencoded", "text/plain", "application/xml",
                        "application/json; charset=ISO-8859-1", "application/json; charset=utf-16", "application/json; charset=nope",
                        "", "a/b/c;;;", "application/json, text/html", "*/*", "application/octet-stream", "text/html; charset=utf-8"));
                body = switch (random.nextInt(6)) {
                    case 0 -> utf8("--x\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nhello\r\n--x--\r\n");
                    case 1 -> utf8("--x\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhi\r\n--x--\r\n");
                    case 2 -> utf8("a=b&c=%00&d=%zz&text=" + "x".repeat(random.nextInt(200)));
                    case 3 -> randomBytes(random, random.nextInt(2000));
                    case 4 -> new byte[0];
                    default -> body == null ? utf8("{}") : body;
                };
            }
            case "control-characters" -> {
                String control = pick(random, "\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u001b", "\u001f", "\u007f", "\u0085",
                        "\u2028", "\uffff", "\ufeff");
                switch (random.nextInt(3)) {
                    case 0 -> {
                        headers.put("Content-Type", "application/json");
                        body = json(withControl(generate(op.bodySchema(), 0, random), control, random));
                    }
                    case 1 -> query.add((op.queryParams().isEmpty() ? "q" : op.queryParams().get(random.nextInt(op.queryParams().size())))
                            + "=" + enc("text" + control + "more"));
                    default -> {
                        int slash = target.lastIndexOf("/");
                        target.insert(slash + 1, enc(control));
                    }
                }
            }
            case "encoding" -> {
                String odd = pick(random, "%zz", "%", "%8", "%G0", "%c0%ae%c0%ae", "%ff%fe", "%252e%252e%252f", "%2F..%2F", "%e2%80%ae",
                        "%ed%a0%80", "+", "%20", "%C3%A9", "%u0041", ";jsessionid=1", "..%5c..%5c", "%00");
                if (random.nextBoolean()) {
                    query.add((op.queryParams().isEmpty() ? "q" : op.queryParams().get(0)) + "=" + odd);
                } else {
                    target.append(random.nextBoolean() ? "/" : "").append(odd);
                }
                if (random.nextInt(3) == 0) {
                    headers.put("Content-Type", pick(random, "application/json", "application/json; charset=utf-8"));
                    body = switch (random.nextInt(4)) {
                        case 0 -> new byte[] { '{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' };
                        case 1 -> concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, body == null ? utf8("{}") : body);
                        case 2 -> concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, "{\"a\":1}".getBytes(StandardCharsets.UTF_16LE));
                        default -> new byte[] { '{', '"', 't', '"', ':', '"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"', '}' };
                    };
                }
            }
            case "header-size" -> {
                int size = pick(random, 1_000, 8_000, 16_000, 19_000, 21_000, 25_000, 40_000, 60_000);
                if (random.nextBoolean()) {
                    headers.put("X-Fuzz", "a".repeat(size));
                } else {
                    for (int i = 0; i < size / 100; i++) {
                        headers.put("X-Fuzz-" + i, "b".repeat(90));
                    }
                }
            }
            case "credentials" -> headers.put("Authorization", pick(random, "Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=", "Bearer " + "x".repeat(8_000),
                    "Bearer " + attackerToken + "x", "Bearer a.b.c", "bearer " + attackerToken, "Negotiate abc", "Bearer \u00e9\u00e9"));
            case "method" -> method = pick(random, "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO", "CONNECT", "PROPFIND");
            default -> {
                // schema-shaped body and odd parameters as generated above
            }
        }
        if (!query.isEmpty()) {
            target.append('?').append(String.join("&", query));
        }
        return new Case(index, flavour, method, target.toString(), headers, body);
    }

    private String fillPath(String template, Random random) {
        String url = template;
        while (url.contains("{")) {
            int open = url.indexOf('{');
            int close = url.indexOf('}', open);
            String value = switch (random.nextInt(5)) {
                case 0 -> knownIds.get(random.nextInt(knownIds.size())); // someone else's object
                case 1 -> UUID.randomUUID().toString();
                case 2 -> "not-a-uuid";
                case 3 -> "%2e%2e%2f" + "x".repeat(random.nextInt(300));
                default -> "00000000-0000-0000-0000-000000000000";
            };
            url = url.substring(0, open) + value + url.substring(close + 1);
        }
        return url;
    }

    private static String oddValue(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> "";
            case 1 -> "-1";
            case 2 -> "99999999999999999999";
            case 3 -> "abc";
            case 4 -> "x".repeat(random.nextBoolean() ? 5000 : 3000);
            case 5 -> "' OR 1=1 --";
            case 6 -> "2026-13-45T99:99:99Z";
            case 7 -> "true";
            case 8 -> "anxi\u00e9t\u00e9 \u5fc3";
            default -> String.valueOf(random.nextInt(100));
        };
    }

    @SuppressWarnings("unchecked")
    private static Object schemaOf(Map<String, Object> requestBody) {
        Map<String, Object> content = (Map<String, Object>) requestBody.get("content");
        if (content == null || content.isEmpty()) {
            return null;
        }
        Map<String, Object> media = (Map<String, Object>) content.values().iterator().next();
        return media.get("schema");
    }

    /** A value shaped like the schema ($ref, object, array, string formats, numbers, enums). */
    @SuppressWarnings("unchecked")
    private Object generate(Object schemaObject, int depth, Random random) {
        if (!(schemaObject instanceof Map) || depth > 6) {
            return random.nextBoolean() ? Map.of() : "x";
        }
        Map<String, Object> schema = (Map<String, Object>) schemaObject;
        if (schema.get("$ref") instanceof String ref) {
            return generate(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)), depth + 1, random);
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(random.nextInt(values.size()));
        }
        String type = String.valueOf(schema.getOrDefault("type", schema.containsKey("properties") ? "object" : "string"));
        return switch (type) {
            case "object" -> {
                Map<String, Object> out = new LinkedHashMap<>();
                Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                props.forEach((name, prop) -> out.put(name, generate(prop, depth + 1, random)));
                yield out;
            }
            case "array" -> {
                List<Object> out = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    out.add(generate(schema.get("items"), depth + 1, random));
                }
                yield out;
            }
            case "integer" -> random.nextInt(200) - 20;
            case "number" -> random.nextDouble() * 500 - 50;
            case "boolean" -> random.nextBoolean();
            default -> switch (String.valueOf(schema.get("format"))) {
                case "uuid" -> random.nextBoolean() ? knownIds.get(random.nextInt(knownIds.size())) : UUID.randomUUID().toString();
                case "date-time" -> Instant.now().plus(Duration.ofHours(random.nextInt(2000) - 100)).toString();
                case "date" -> LocalDate.now().plusDays(random.nextInt(120) - 10).toString();
                default -> random.nextBoolean() ? "Sample text" : "x".repeat(random.nextInt(300));
            };
        };
    }

    /** Invalid variants: wrong types, nulls, extra fields, hostile strings, dropped fields. */
    @SuppressWarnings("unchecked")
    private static Object mutate(Object value, Random random) {
        if (!(value instanceof Map) || random.nextInt(4) == 0) {
            return value;
        }
        Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) value);
        List<String> keys = new ArrayList<>(out.keySet());
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes && !keys.isEmpty(); i++) {
            String key = keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(7)) {
                case 0 -> out.put("id", UUID.randomUUID().toString());
                case 1 -> out.put("status", "PUBLISHED");
                case 2 -> out.remove(key);
                case 3 -> out.put(key, null);
                case 4 -> out.put(key, List.of(1, 2, 3));
                case 5 -> out.put(key, "<script>alert(1)</script>\u202e" + "y".repeat(random.nextInt(6000)));
                default -> out.put(key, random.nextInt());
            }
        }
        return out;
    }

    /** The same value with a control character put into one of its strings (or the value itself). */
    @SuppressWarnings("unchecked")
    private static Object withControl(Object value, String control, Random random) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) map);
            List<String> keys = new ArrayList<>(out.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            out.put(key, withControl(out.get(key), control, random));
            return out;
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            List<Object> out = new ArrayList<>(list);
            out.set(0, withControl(out.get(0), control, random));
            return out;
        }
        String text = value instanceof String s ? s : "text";
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + control + text.substring(at);
    }

    private String snapshot(E2eEnvironment env, String specialistToken, String clientToken, String victim, String booking,
            String conversation) {
        return as(env, specialistToken).get("/api/specialists/" + victim).then().statusCode(200).extract().asString()
                .replaceAll("\"updatedAt\":\"[^\"]*\"", "")
                + as(env, clientToken).get("/api/bookings/" + booking).then().statusCode(200).extract().asString()
                + as(env, clientToken).get("/api/conversations/" + conversation + "/messages").then().statusCode(200).extract().asString();
    }

    private static RequestSpecification as(E2eEnvironment env, String token) {
        return RestAssured.given().baseUri(env.appUrl()).contentType("application/json").auth().oauth2(token);
    }

    private static RealmUser user(E2eEnvironment env, String username, String first, String last) {
        RealmUser user = new RealmUser(username, "pw-" + username, first + " " + last, username + "@example.org");
        env.keycloak().createUser(user.username(), user.password(), first, last, user.email());
        return user;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
