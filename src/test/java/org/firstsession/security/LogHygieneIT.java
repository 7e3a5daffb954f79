package org.firstsession.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Runs after the whole @QuarkusTest suite (Failsafe, integration-test phase) and scans the log it
 * wrote: no bearer token, no email address and none of the private texts the tests send may appear.
 */
class LogHygieneIT {

    private static final Path LOG = Path.of("target", "quarkus-test.log");

    /** Texts the tests send as messages, notes and reasons; they must stay out of the log. */
    private static final List<String> PRIVATE_TEXTS = List.of("I have panic attacks at night",
            "my sleep is getting worse every week", "Offending words", "Evenings are hard for me.",
            "I am ill that day");

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
        for (String line : lines) {
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
    }

    private static String shorten(String line) {
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
