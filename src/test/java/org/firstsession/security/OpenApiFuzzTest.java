package org.firstsession.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Requests generated from the app's own OpenAPI document — schema-shaped bodies and their mutations
 * (wrong types, missing and extra fields, nulls, huge and hostile strings), odd path and query values —
 * sent to every operation as an authenticated user. No answer may be a 5xx, every error must be valid
 * problem+json, and another user's data must be unchanged afterwards. Seeded, so a failure replays.
 */
@QuarkusTest
class OpenApiFuzzTest {

    private static final long SEED = 20261124L;
    private static final int REQUESTS_PER_OPERATION = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random = new Random(SEED);
    private Map<String, Object> schemas = Map.of();

    @Test
    @SuppressWarnings("unchecked")
    void generated_requests_never_break_the_api_or_touch_other_users() throws IOException {
        // The victim: a published specialist with a slot, a booking by a client and a conversation.
        Specialists.Owned victim = Specialists.published(Profiles.complete("Dr. Victim"));
        TestUser victimClient = TestUser.client();
        String slot = Slots.offer(victim, Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofHours(9)));
        String booking = victimClient.request().body(Map.of("slotId", slot, "note", "victim note", "consentVersion", "2026-11"))
                .post("/api/bookings").then().statusCode(201).extract().path("id");
        String conversation = victimClient.request().body(Map.of("specialistId", victim.id(), "text", "victim message"))
                .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
        List<String> knownIds = List.of(victim.id(), slot, booking, conversation);
        String before = snapshot(victim, victimClient, booking, conversation);

        TestUser attacker = TestUser.client();
        Map<String, Object> document = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().as(Map.class);
        schemas = (Map<String, Object>) ((Map<String, Object>) document.getOrDefault("components", Map.of()))
                .getOrDefault("schemas", Map.of());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");

        int sent = 0;
        int operations = 0;
        Map<Integer, Integer> byStatus = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)
                        || (method.equals("DELETE") && path.getKey().equals("/api/me"))) {
                    continue; // erasing the attacker would only make the rest of the run anonymous
                }
                operations++;
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                    String url = fillPath(path.getKey(), knownIds);
                    var request = given().auth().oauth2(attacker.token()).accept("*/*");
                    for (Map<String, Object> param : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
                        if ("query".equals(param.get("in")) && random.nextBoolean()) {
                            request.queryParam((String) param.get("name"), oddValue());
                        }
                    }
                    Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                    if (body != null || random.nextInt(5) == 0) {
                        Object schema = body == null ? null : schemaOf(body);
                        request.contentType(random.nextInt(10) == 0 ? "text/plain" : "application/json")
                                .body(random.nextInt(12) == 0 ? "{\"broken\": " : JSON.writeValueAsString(mutate(generate(schema, 0))));
                    }
                    Response response = request.request(method, url);
                    sent++;
                    int status = response.statusCode();
                    byStatus.merge(status, 1, Integer::sum);
                    String what = method + " " + url + " -> " + status;
                    if (status >= 500) {
                        failures.add(what + ": " + shorten(response.asString()));
                    } else if (status == 414) {
                        // Request line over quarkus.http.limits.max-initial-line-length: refused by the HTTP
                        // server before any application code runs, so there is no problem body to check.
                        continue;
                    } else if (status >= 400) {
                        String type = response.contentType();
                        Map<String, Object> problem = null;
                        try {
                            problem = JSON.readValue(response.asString(), Map.class);
                        } catch (IOException e) {
                            // reported below
                        }
                        if (type == null || !type.startsWith("application/problem+json") || problem == null
                                || !problem.containsKey("type") || !problem.containsKey("title")
                                || !Integer.valueOf(status).equals(problem.get("status"))) {
                            failures.add(what + " is not valid problem+json: " + type + " " + shorten(response.asString()));
                        }
                    }
                }
            }
        }
        String after = snapshot(victim, victimClient, booking, conversation);
        String summary = "seed " + SEED + ": " + sent + " requests to " + operations + " operations; statuses " + byStatus;
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "fuzz-summary.txt"), summary + "\n");
        System.out.println("OpenApiFuzzTest " + summary);
        assertTrue(operations > 30, summary);
        assertEquals(List.of(), failures.stream().map(f -> f.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>")).distinct()
                .limit(20).toList(), summary);
        assertEquals(before, after, "the victim's data changed");
    }

    /** The victim's view of their own data; must be the same before and after the run. */
    private static String snapshot(Specialists.Owned victim, TestUser client, String booking, String conversation) {
        return victim.owner().request().get("/api/specialists/" + victim.id()).then().statusCode(200).extract().asString()
                .replaceAll("\"updatedAt\":\"[^\"]*\"", "")
                + client.request().get("/api/bookings/" + booking).then().statusCode(200).extract().asString()
                + client.request().get("/api/conversations/" + conversation + "/messages").then().statusCode(200).extract().asString();
    }

    private String fillPath(String template, List<String> knownIds) {
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

    private Object oddValue() {
        return switch (random.nextInt(9)) {
            case 0 -> "";
            case 1 -> "-1";
            case 2 -> "99999999999999999999";
            case 3 -> "abc";
            case 4 -> "x".repeat(5000);
            case 5 -> "' OR 1=1 --";
            case 6 -> "2026-13-45T99:99:99Z";
            case 7 -> "true";
            default -> String.valueOf(random.nextInt(100));
        };
    }

    @SuppressWarnings("unchecked")
    private Object schemaOf(Map<String, Object> requestBody) {
        Map<String, Object> content = (Map<String, Object>) requestBody.get("content");
        if (content == null || content.isEmpty()) {
            return null;
        }
        Map<String, Object> media = (Map<String, Object>) content.values().iterator().next();
        return media.get("schema");
    }

    /** A value shaped like the schema ($ref, object, array, string formats, numbers, enums). */
    @SuppressWarnings("unchecked")
    private Object generate(Object schemaObject, int depth) {
        if (!(schemaObject instanceof Map) || depth > 6) {
            return random.nextBoolean() ? Map.of() : "x";
        }
        Map<String, Object> schema = (Map<String, Object>) schemaObject;
        if (schema.get("$ref") instanceof String ref) {
            return generate(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)), depth + 1);
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(random.nextInt(values.size()));
        }
        String type = String.valueOf(schema.getOrDefault("type", schema.containsKey("properties") ? "object" : "string"));
        return switch (type) {
            case "object" -> {
                Map<String, Object> out = new LinkedHashMap<>();
                Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                props.forEach((name, prop) -> out.put(name, generate(prop, depth + 1)));
                yield out;
            }
            case "array" -> {
                List<Object> out = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    out.add(generate(schema.get("items"), depth + 1));
                }
                yield out;
            }
            case "integer" -> random.nextInt(200) - 20;
            case "number" -> random.nextDouble() * 500 - 50;
            case "boolean" -> random.nextBoolean();
            default -> switch (String.valueOf(schema.get("format"))) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date-time" -> Instant.now().plus(Duration.ofHours(random.nextInt(2000) - 100)).toString();
                case "date" -> java.time.LocalDate.now().plusDays(random.nextInt(120) - 10).toString();
                default -> random.nextBoolean() ? "Sample text" : "x".repeat(random.nextInt(300));
            };
        };
    }

    /** Invalid variants: wrong types, nulls, extra fields, hostile strings, dropped fields. */
    @SuppressWarnings("unchecked")
    private Object mutate(Object value) {
        if (!(value instanceof Map) || random.nextInt(4) == 0) {
            return value;
        }
        Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) value);
        List<String> keys = new ArrayList<>(out.keySet());
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            switch (random.nextInt(7)) {
                case 0 -> out.put("id", UUID.randomUUID().toString());
                case 1 -> out.put("status", "PUBLISHED");
                case 2 -> { if (!keys.isEmpty()) out.remove(keys.get(random.nextInt(keys.size()))); }
                case 3 -> { if (!keys.isEmpty()) out.put(keys.get(random.nextInt(keys.size())), null); }
                case 4 -> { if (!keys.isEmpty()) out.put(keys.get(random.nextInt(keys.size())), List.of(1, 2, 3)); }
                case 5 -> { if (!keys.isEmpty()) out.put(keys.get(random.nextInt(keys.size())), "<script>alert(1)</script>\u0000\uFFFF"); }
                default -> { if (!keys.isEmpty()) out.put(keys.get(random.nextInt(keys.size())), random.nextInt()); }
            }
        }
        return out;
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
