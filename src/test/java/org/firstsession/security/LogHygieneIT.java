package org.firstsession.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs after the whole @QuarkusTest suite (Failsafe, integration-test phase) and scans the log it
 * wrote: no bearer token, no email address and none of the private texts the tests send may appear.
 * The test profile writes that log as JSON (as production does with {@code LOG_FORMAT=json}): every line
 * must be one JSON object, and the access-log lines carry the request id.
 */
class LogHygieneIT {

    private static final Path LOG = Path.of("target", "quarkus-test.log");

    /** Texts the tests send as messages, notes and reasons; they must stay out of the log. */
    private static final List<String> PRIVATE_TEXTS = List.of("I have panic attacks at night",
            "my sleep is getting worse every week", "Offending words", "Evenings are hard for me.",
            "I am ill that day");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@(example\\.org|firstsession\\.local)");

    @Test
    void the_test_run_logged_no_tokens_emails_or_private_text() throws IOException {
        assertTrue(Files.exists(LOG), "the surefire run writes " + LOG);
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(LOG.getParent())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("quarkus-test.log")).toList()) {
                lines.addAll(Files.readAllLines(file));
            }
        }
        assertTrue(lines.size() > 100, "the log has content (" + lines.size() + " lines)");
        List<String> leaks = new ArrayList<>();
        List<String> notJson = new ArrayList<>();
        int accessLines = 0;
        int withRequestId = 0;
        for (String line : lines) {
            JsonNode entry = parse(line);
            if (entry == null) {
                notJson.add(shorten(line));
            } else if ("io.quarkus.http.access-log".equals(entry.path("loggerName").asText())) {
                accessLines++;
                if (entry.path("message").asText().matches(".* [0-9a-f-]{36}$")
                        || entry.path("mdc").path("requestId").isTextual()) {
                    withRequestId++;
                }
            }
            if (JWT.matcher(line).find() || line.contains("Bearer ey")) {
                leaks.add("token: " + shorten(line));
            }
            if (EMAIL.matcher(line).find()) {
                leaks.add("email: " + shorten(line));
            }
            for (String text : PRIVATE_TEXTS) {
                if (line.contains(text)) {
                    leaks.add("private text: " + shorten(line));
                }
            }
        }
        assertTrue(leaks.isEmpty(), "leaks in the log:\n" + String.join("\n", leaks.subList(0, Math.min(20, leaks.size()))));
        assertTrue(notJson.isEmpty(), notJson.size() + " lines are not one JSON object each:\n"
                + String.join("\n", notJson.subList(0, Math.min(10, notJson.size()))));
        assertTrue(accessLines > 100, "the access log is in the JSON log (" + accessLines + " lines)");
        assertEquals(accessLines, withRequestId, "every access-log line names its request id");
    }

    private static JsonNode parse(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String shorten(String line) {
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
