package org.firstsession.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Hostile and malformed HTTP requests generated from the app's OpenAPI document, fixed by a seed: every operation
 * gets its share, with its own path, query and body shape as the starting point, then broken the ways attackers
 * and broken clients break them — wrong types, missing and extra fields, huge values, control characters, invalid
 * UTF-8 (raw and percent-encoded), malformed percent escapes, bad JSON, wrong and multipart content types, path
 * traversal, missing, invalid and other people's tokens, overlong request lines and headers.
 *
 * <p>Only the structure is generated here; the bytes are assembled when a request is sent
 * ({@link Spec#bytes(String, Function)}), because real tokens expire while the run goes on.
 */
final class HostileRequests {

    /** Who sends a request. The real users' tokens come from Keycloak; the others are made up. */
    enum Caller {
        ANONYMOUS, GARBAGE_TOKEN, FORGED_TOKEN, UNSIGNED_TOKEN, BASIC_AUTH, HUGE_TOKEN,
        /** a client with no relation to the victim */
        ATTACKER,
        /** a specialist with a draft profile of their own, also unrelated to the victim */
        ATTACKER_SPECIALIST,
        /** the realm's admin; given its own target instead of the victim's ids */
        ADMIN;

        boolean realUser() {
            return this == ATTACKER || this == ATTACKER_SPECIALIST || this == ADMIN;
        }
    }

    /** An operation of the OpenAPI document. */
    record Operation(String method, String path, Map<String, Object> definition) {

        String key() {
            return method + " " + path;
        }
    }

    /** Ids a caller may put into paths and bodies: someone else's (the victim's), their own, the admin's target. */
    record Ids(List<String> victim, List<String> own, List<String> adminTarget) {
    }

    /** One request, fixed by the seed; {@code category} names the kind of hostility for the summary. */
    record Spec(int index, Operation operation, String method, byte[] target, Caller caller, List<String[]> headers,
            byte[] body, boolean chunked, String category) {

        /** The request on the wire; {@code authorization} turns the caller into an Authorization header value or null. */
        byte[] bytes(String hostHeader, Function<Caller, String> authorization) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 + target.length + (body == null ? 0 : body.length));
            write(out, method + " ");
            out.writeBytes(target);
            write(out, " HTTP/1.1\r\nHost: " + hostHeader + "\r\n");
            String auth = authorization.apply(caller);
            if (auth != null) {
                write(out, "Authorization: " + auth + "\r\n");
            }
            for (String[] header : headers) {
                out.writeBytes((header[0] + ": " + header[1] + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            if (body != null && chunked) {
                write(out, "Transfer-Encoding: chunked\r\n\r\n");
                int half = body.length / 2;
                chunk(out, body, 0, half);
                chunk(out, body, half, body.length);
                write(out, "0\r\n\r\n");
            } else if (body != null) {
                write(out, "Content-Length: " + body.length + "\r\n\r\n");
                out.writeBytes(body);
            } else {
                write(out, "\r\n");
            }
            return out.toByteArray();
        }

        String describe() {
            String shownTarget = new String(target, StandardCharsets.ISO_8859_1);
            if (shownTarget.length() > 160) {
                shownTarget = shownTarget.substring(0, 160) + "…(" + target.length + " bytes)";
            }
            return "#" + index + " " + method + " " + shownTarget.replaceAll("\\p{Cntrl}", "?") + " as " + caller + " ["
                    + category + "]";
        }

        private static void chunk(ByteArrayOutputStream out, byte[] body, int from, int to) {
            if (to > from) {
                write(out, Integer.toHexString(to - from) + "\r\n");
                out.write(body, from, to - from);
                write(out, "\r\n");
            }
        }

        private static void write(ByteArrayOutputStream out, String text) {
            out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** Strings that have broken applications before; none of them contains a word the leak check looks for. */
    private static final List<String> HOSTILE_TEXT = List.of("\u0000", "a\u0000b", "\u0001\u0002\u001f", "\u007f", "\u001b[31mred",
            "\u202eevil", "\uFFFF\uFFFE", "\uD83D\uDE00", "<script>alert(1)</script>", "' OR '1'='1' --", "\"; DROP TABLE x; --",
            "${jndi:ldap://x.invalid/a}", "{inject:viewer}", "{{7*7}}", "../../../../etc/passwd", "\r\nBcc: victim@example.org",
            "%s%s%n", "", "   ", "\t\n", "null", "\\", "\u00e9\u00e8\u00ea", "a".repeat(10_001), "\u0430dmin");

    /** Query and path values: wrong types, out of range, broken escapes, control characters, invalid UTF-8. */
    private static final List<String> ODD_RAW_VALUES = List.of("", "-1", "0", "2147483648", "-2147483649", "99999999999999999999999",
            "1e309", "NaN", "abc", "TRUE", "null", "%27%20OR%201%3D1%20--", "2026-13-45T99:99:99Z", "2026-02-30", "%zz", "%",
            "%4", "%u0041", "%00", "a%00b", "%0d%0aSet-Cookie:%20x=y", "%1b%5b31m", "%7f", "%C3%28", "%FF%FE", "%ED%A0%80", "%C0%AF",
            "%E2%80%AE", "%F0%9F%98%80", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%2f..%2f", "%252e%252e%252f", "+", "%20%20",
            "x,y,z", "[]", "{}", "%5B%5D", "PUBLISHED", "online", "general", "Europe%2FBerlin", "Mars%2FOlympus");

    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "multipart/form-data", "multipart/mixed; boundary=----", "image/png", "image/jpeg",
            "application/octet-stream", "", "*/*", "application/json;;;", "%%%", "application/problem+json",
            "application/json; charset=ISO-8859-1", "application/json; charset=utf-16", "application/json; charset=x-unknown",
            "text/html; charset=\"\"", "application/json; boundary=\u0001", "application/vnd.api+json");

    private static final List<String> ACCEPTS = List.of("application/json", "*/*", "text/html", "application/xml", "",
            "application/problem+json", ";;;", "text/*;q=0.5, */*;q=0", "image/png", "application/json;q=abc");

    private static final List<String> METHODS_ELSEWHERE = List.of("PATCH", "OPTIONS", "TRACE", "HEAD", "PUT", "DELETE", "POST",
            "PROPFIND", "CONNECT");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random;
    private final Map<String, Object> schemas;
    private final Ids ids;

    HostileRequests(long seed, Map<String, Object> schemas, Ids ids) {
        this.random = new Random(seed);
        this.schemas = schemas;
        this.ids = ids;
    }

    /** Every operation of the document (GET, POST, PUT, DELETE, PATCH), in document order. */
    @SuppressWarnings("unchecked")
    static List<Operation> operations(Map<String, Object> document) {
        List<Operation> operations = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        paths.forEach((path, methods) -> methods.forEach((method, definition) -> {
            if (List.of("get", "post", "put", "delete", "patch").contains(method)) {
                operations.add(new Operation(method.toUpperCase(), path, (Map<String, Object>) definition));
            }
        }));
        return operations;
    }

    /** {@code total} requests spread evenly over the operations, in a seeded order. */
    List<Spec> generate(List<Operation> operations, int total) {
        List<Spec> specs = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            specs.add(one(i, operations.get(i % operations.size())));
        }
        java.util.Collections.shuffle(specs, random);
        return specs;
    }

    @SuppressWarnings("unchecked")
    private Spec one(int index, Operation operation) {
        Map<String, Object> definition = operation.definition();
        boolean adminOperation = operation.path().startsWith("/api/admin");
        Caller caller = caller(adminOperation);
        List<String> categories = new ArrayList<>();
        String method = operation.method();
        if (random.nextInt(40) == 0) {
            method = pick(METHODS_ELSEWHERE);
            categories.add("method");
        }

        // Path: the template with odd values; now and then a long tail or a traversal.
        StringBuilder target = new StringBuilder();
        String path = operation.path();
        int cursor = 0;
        while (path.indexOf('{', cursor) >= 0) {
            int open = path.indexOf('{', cursor);
            int close = path.indexOf('}', open);
            target.append(path, cursor, open).append(pathValue(caller, categories));
            cursor = close + 1;
        }
        target.append(path.substring(cursor));
        if (random.nextInt(50) == 0) {
            target.append(pick(List.of("/..", "/../../admin/stats", "/%2e%2e/%2e%2e/q/health", "//", "/.;/x", ";jsessionid=x",
                    "/%00", "/extra")));
            categories.add("path-suffix");
        }

        // Query: the operation's parameters with odd values, unknown and repeated ones, sometimes far too long.
        List<String> query = new ArrayList<>();
        for (Map<String, Object> param : (List<Map<String, Object>>) definition.getOrDefault("parameters", List.of())) {
            if ("query".equals(param.get("in")) && random.nextInt(3) > 0) {
                query.add(param.get("name") + "=" + queryValue(param));
                if (random.nextInt(15) == 0) {
                    query.add(param.get("name") + "=" + queryValue(param));
                    categories.add("repeated-param");
                }
            }
        }
        if (random.nextInt(10) == 0) {
            query.add(pick(List.of("unknown=1", "%zz=1", "a%00=1", "=", "&&", "page", "size=", "q=" + "%41".repeat(900),
                    "x=" + "y".repeat(1000 + random.nextInt(6000)))));
            categories.add("odd-query");
        }
        byte[] targetBytes;
        {
            String text = target + (query.isEmpty() ? "" : "?" + String.join("&", query));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
            bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            if (random.nextInt(60) == 0) {
                // raw bytes that are not valid UTF-8 (and not allowed in a URI at all)
                bytes.writeBytes(new byte[] { (query.isEmpty() ? (byte) '?' : (byte) '&'), 'q', '=', (byte) 0xC3, (byte) 0x28,
                        (byte) 0xFF, (byte) 0xE9 });
                categories.add("raw-invalid-utf8-uri");
            }
            targetBytes = bytes.toByteArray();
        }

        // Headers.
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] { "Accept", random.nextInt(3) == 0 ? pick(ACCEPTS) : "application/json" });
        for (Map<String, Object> param : (List<Map<String, Object>>) definition.getOrDefault("parameters", List.of())) {
            if ("header".equals(param.get("in")) && random.nextBoolean()) {
                headers.add(new String[] { (String) param.get("name"), pick(List.of(randomUuid(), "",
                        "x".repeat(300), "\"etag\"", "W/\"x\", *", "\u00e9t\u00e9", "a\tb", "1' OR '1'='1")) });
                categories.add("declared-header");
            }
        }
        switch (random.nextInt(25)) {
            case 0 -> { headers.add(new String[] { "X-Big", "h".repeat(5_000 + random.nextInt(30_000)) }); categories.add("huge-header"); }
            case 1 -> { for (int i = 0; i < 250; i++) headers.add(new String[] { "X-Many-" + i, "v".repeat(100) }); categories.add("many-headers"); }
            case 2 -> { headers.add(new String[] { "X-Forwarded-For", pick(List.of("not-an-ip", "999.1.1.1", "::ffff:zz", "1.2.3.4, " + "5.6.7.8, ".repeat(400), "")) }); categories.add("forwarded"); }
            case 3 -> { headers.add(new String[] { "Cookie", pick(List.of("q_session=garbage", "q_session=" + "x".repeat(4000), "fs_csrf=%zz; a=b", "=;;=")) }); categories.add("cookie"); }
            case 4 -> { headers.add(new String[] { "Origin", pick(List.of("https://evil.example", "null", "http://127.0.0.1:1", "%zz")) }); categories.add("origin"); }
            case 5 -> { headers.add(new String[] { "Content-Encoding", pick(List.of("gzip", "br", "deflate", "x-unknown")) }); categories.add("content-encoding"); }
            case 6 -> { headers.add(new String[] { "Range", "bytes=0-1,2-3,-99999999999" }); categories.add("range"); }
            case 7 -> { headers.add(new String[] { "Accept-Language", "\u00ff".repeat(50) + ";q=x" }); categories.add("accept-language"); }
            case 8 -> { headers.add(new String[] { "X-Request-Id", "\u0001\u007f" + "r".repeat(500) }); categories.add("control-in-header"); }
            case 9 -> { headers.add(new String[] { "If-None-Match", "*" }); headers.add(new String[] { "If-Modified-Since", "yesterday" }); categories.add("conditional"); }
            default -> { }
        }

        // Body.
        Map<String, Object> requestBody = (Map<String, Object>) definition.get("requestBody");
        byte[] body = null;
        String contentType = null;
        if (requestBody != null) {
            Map<String, Object> content = (Map<String, Object>) requestBody.getOrDefault("content", Map.of());
            String declared = content.isEmpty() ? "application/json" : content.keySet().iterator().next();
            if (declared.startsWith("image/")) {
                body = image(categories);
                contentType = random.nextInt(5) == 0 ? pick(CONTENT_TYPES) : declared;
            } else {
                Object schema = content.isEmpty() ? null : ((Map<String, Object>) content.get(declared)).get("schema");
                body = jsonBody(schema, caller, categories);
                contentType = random.nextInt(6) == 0 ? pick(CONTENT_TYPES) : declared;
            }
            if (random.nextInt(30) == 0) {
                body = null; // a required body left out
                categories.add("no-body");
            }
        } else if (random.nextInt(4) == 0) {
            // An operation that reads no body gets one anyway (multipart above all: it answered 500 before issue #14).
            contentType = random.nextBoolean() ? pick(List.of("multipart/form-data; boundary=x", "multipart/form-data",
                    "multipart/mixed; boundary=b")) : pick(CONTENT_TYPES);
            body = pick(List.of("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n", "abc", "{}",
                    "--x\r\nContent-Disposition: form-data; name=\"f\"; filename=\"../../x.sh\"\r\n\r\n#!/bin/sh\r\n--x--",
                    "--x\r\n\r\n", "")).getBytes(StandardCharsets.ISO_8859_1);
            categories.add("unexpected-body");
        }
        if (contentType != null) {
            headers.add(new String[] { "Content-Type", contentType });
            if (contentType.chars().anyMatch(c -> c < 0x20)) {
                categories.add("control-in-header"); // not HTTP: the decoder's bare 400 (see OpenApiFuzzIT.check)
            }
        }
        boolean chunked = body != null && random.nextInt(20) == 0;
        if (chunked) {
            categories.add("chunked");
        }
        if (categories.isEmpty()) {
            categories.add("shaped");
        }
        return new Spec(index, operation, method, targetBytes, caller, headers, body, chunked, String.join(",", categories));
    }

    private Caller caller(boolean adminOperation) {
        int roll = random.nextInt(100);
        if (roll < 12) {
            return Caller.ANONYMOUS;
        }
        if (roll < 24) {
            return pick(List.of(Caller.GARBAGE_TOKEN, Caller.FORGED_TOKEN, Caller.UNSIGNED_TOKEN, Caller.BASIC_AUTH, Caller.HUGE_TOKEN));
        }
        if (roll < (adminOperation ? 40 : 55)) {
            return Caller.ATTACKER;
        }
        if (roll < (adminOperation ? 55 : 80)) {
            return Caller.ATTACKER_SPECIALIST;
        }
        return Caller.ADMIN;
    }

    private String pathValue(Caller caller, List<String> categories) {
        int roll = random.nextInt(100);
        if (roll < 45) {
            return knownId(caller);
        }
        if (roll < 60) {
            return randomUuid();
        }
        categories.add("odd-path-value");
        return switch (random.nextInt(12)) {
            case 0 -> "not-a-uuid";
            case 1 -> "00000000-0000-0000-0000-000000000000";
            case 2 -> "%2e%2e%2f%2e%2e%2fetc%2fpasswd";
            case 3 -> "..%2F..%2Fq%2Fhealth";
            case 4 -> "x".repeat(4_200 + random.nextInt(4_000)); // request line over MAX_REQUEST_LINE
            case 5 -> knownId(caller).toUpperCase();
            case 6 -> knownId(caller) + "%00";
            case 7 -> knownId(caller) + "%20";
            case 8 -> "";
            default -> pick(ODD_RAW_VALUES);
        };
    }

    /** An id the caller might try: the victim's (others), their own, the admin's target; never the victim's for admins. */
    private String knownId(Caller caller) {
        List<String> pool = switch (caller) {
            case ADMIN -> random.nextBoolean() ? ids.adminTarget() : ids.own();
            case ATTACKER, ATTACKER_SPECIALIST -> random.nextInt(3) == 0 ? ids.own() : ids.victim();
            default -> random.nextBoolean() ? ids.victim() : ids.adminTarget();
        };
        return pool.get(random.nextInt(pool.size()));
    }

    @SuppressWarnings("unchecked")
    private String queryValue(Map<String, Object> param) {
        Map<String, Object> schema = (Map<String, Object>) param.getOrDefault("schema", Map.of());
        if (random.nextInt(3) == 0) {
            // a sensible value now and then, so the deeper code runs too
            if ("integer".equals(schema.get("type"))) {
                return String.valueOf(random.nextInt(60));
            }
            if ("boolean".equals(schema.get("type"))) {
                return String.valueOf(random.nextBoolean());
            }
            return pick(List.of("anxiety", "online", "en", "DE", "Berlin", "name", "relevance", "soonest", "fee", "true", "OPEN",
                    "PUBLISHED", "client", "specialist", "upcoming", "Europe%2FBerlin", LocalDate.now().toString(),
                    Instant.now().toString().replace(":", "%3A"), "grief-loss", "anx%C3%AFety", knownId(Caller.ATTACKER)));
        }
        return pick(ODD_RAW_VALUES);
    }

    private byte[] jsonBody(Object schema, Caller caller, List<String> categories) {
        int roll = random.nextInt(100);
        if (roll < 8) {
            categories.add("malformed-json");
            return pick(List.of("{\"broken\": ", "{", "[", "{\"a\":1,}", "{'a':1}", "nul", "{} trailing", "\"just a string\"",
                    "42", "[1,2,3]", "{\"a\":1,\"a\":2}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}", "{\"a\":\"\\x41\"}",
                    "\ufeff{}", "{\"a\":1e99999}", "{\"a\":123456789012345678901234567890123}", "{\"a\":-0.0e-400}",
                    "{\"a\":NaN}", "{\"a\":Infinity}", "/* c */ {}", "{\"__proto__\":{\"admin\":true}}"))
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (roll < 11) {
            categories.add("deep-json");
            int depth = 2_000 + random.nextInt(8_000);
            return (random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                    : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)).getBytes(StandardCharsets.UTF_8);
        }
        if (roll < 15) {
            categories.add("invalid-utf8-body");
            byte[] shaped = json(generate(schema, 0, caller));
            byte[] bad = pick(List.of(new byte[] { (byte) 0xC3, 0x28 }, new byte[] { (byte) 0xFF, (byte) 0xFE },
                    new byte[] { (byte) 0xC0, (byte) 0xAF }, new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
                    new byte[] { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 }, new byte[] { 0 }));
            // inside the first string value, or the whole body
            String text = new String(shaped, StandardCharsets.UTF_8);
            int quote = text.indexOf(":\"");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (quote > 0) {
                out.writeBytes(text.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8));
                out.writeBytes(bad);
                out.writeBytes(text.substring(quote + 2).getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeBytes(bad);
            }
            return out.toByteArray();
        }
        if (roll < 17) {
            categories.add("huge-body");
            Map<String, Object> huge = new LinkedHashMap<>();
            huge.put("title", "t");
            huge.put("text", "x".repeat(66_000 + random.nextInt(40_000)));
            return json(huge);
        }
        if (roll < 19) {
            categories.add("empty-body");
            return new byte[0];
        }
        Object value = generate(schema, 0, caller);
        if (roll < 45) {
            categories.add("shaped-body");
            return json(value);
        }
        categories.add("mutated-body");
        return json(mutate(value, caller));
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value shaped like the schema ($ref, object, array, enum, string formats, numbers). */
    @SuppressWarnings("unchecked")
    private Object generate(Object schemaObject, int depth, Caller caller) {
        if (!(schemaObject instanceof Map) || depth > 6) {
            return random.nextBoolean() ? Map.of() : "x";
        }
        Map<String, Object> schema = (Map<String, Object>) schemaObject;
        if (schema.get("$ref") instanceof String ref) {
            return generate(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)), depth + 1, caller);
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(random.nextInt(values.size()));
        }
        String type = String.valueOf(schema.getOrDefault("type", schema.containsKey("properties") ? "object" : "string"));
        return switch (type) {
            case "object" -> {
                Map<String, Object> out = new LinkedHashMap<>();
                Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                properties.forEach((name, property) -> out.put(name, generate(property, depth + 1, caller)));
                yield out;
            }
            case "array" -> {
                List<Object> out = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    out.add(generate(schema.get("items"), depth + 1, caller));
                }
                yield out;
            }
            case "integer" -> random.nextInt(200) - 20;
            case "number" -> random.nextDouble() * 500 - 50;
            case "boolean" -> random.nextBoolean();
            default -> switch (String.valueOf(schema.get("format"))) {
                case "uuid" -> random.nextBoolean() ? knownId(caller) : randomUuid();
                case "date-time" -> Instant.now().plus(Duration.ofHours(random.nextInt(2000) - 100)).toString();
                case "date" -> LocalDate.now().plusDays(random.nextInt(120) - 10).toString();
                default -> pick(List.of("Sample text for a field", "general", "grief-loss", "anxiety", "en", "online", "GB",
                        "Europe/London", "EUR", "09:00", "https://example.org/x", "x".repeat(random.nextInt(300))));
            };
        };
    }

    /** Invalid variants: wrong types, nulls, extra and read-only fields, hostile strings, dropped fields. */
    @SuppressWarnings("unchecked")
    private Object mutate(Object value, Caller caller) {
        if (!(value instanceof Map)) {
            return pick(List.of(value, List.of(value), "string instead", 12, true));
        }
        Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) value);
        List<String> keys = new ArrayList<>(out.keySet());
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            String key = keys.isEmpty() ? "field" : keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(12)) {
                case 0 -> out.put("id", knownId(caller));
                case 1 -> out.put(pick(List.of("status", "ownerId", "accountId", "role", "admin", "featured", "verified", "hidden")),
                        pick(List.of("PUBLISHED", true, "ADMIN", knownId(caller))));
                case 2 -> out.remove(key);
                case 3 -> out.put(key, null);
                case 4 -> out.put(key, List.of(1, 2, 3));
                case 5 -> out.put(key, Map.of("nested", Map.of("deeper", "x")));
                case 6 -> out.put(key, pick(List.of(Long.MAX_VALUE, -1, 0, 1e308, -1e-308, Integer.MIN_VALUE)));
                case 7 -> out.put(key, "9".repeat(400));
                case 8 -> out.put(key, pick(List.of("2026-13-45T99:99:99Z", "0000-00-00", "+999999999-12-31T23:59:59Z", "25:61",
                        "-1", "1e3")));
                default -> out.put(key, pick(HOSTILE_TEXT));
            }
        }
        return out;
    }

    private byte[] image(List<String> categories) {
        categories.add("image");
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
        return switch (random.nextInt(8)) {
            case 0 -> new byte[0];
            case 1 -> png; // the signature alone
            case 2 -> {
                // an IHDR claiming 100,000 × 100,000 pixels (a decompression bomb's header), no data
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(png);
                out.writeBytes(new byte[] { 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 1, (byte) 0x86, (byte) 0xA0, 0, 1, (byte) 0x86,
                        (byte) 0xA0, 8, 2, 0, 0, 0, 0, 0, 0, 0 });
                yield out.toByteArray();
            }
            case 3 -> new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1,
                    0, 1, 0, 0, (byte) 0xFF, (byte) 0xC0, 0, 17, 8, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 3 };
            case 4 -> "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
            case 5 -> "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
            case 6 -> {
                byte[] noise = new byte[1 + random.nextInt(70_000)];
                random.nextBytes(noise);
                yield noise;
            }
            default -> tinyPng();
        };
    }

    /** A valid 1 × 1 PNG (too small for a photo: 422). */
    private static byte[] tinyPng() {
        return java.util.Base64.getDecoder()
                .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }

    /** Percent-decoding as far as it goes: a malformed escape stays as it is (the server refuses it anyway). */
    static String decodePath(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && Character.digit(raw.charAt(i + 1), 16) >= 0
                    && Character.digit(raw.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.write(c & 0xff);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A UUID from the seed (UUID.randomUUID would make the run unrepeatable). */
    private String randomUuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
