package org.firstsession.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Problem details and field messages come from the bundles (issue #18): no code writes one as an English string
 * literal, which would reach German and French readers in English. {@code exception(String)} and friends remain
 * for text that is not ours ({@code Text.verbatim}); a literal there is what this test catches. Plain JUnit.
 */
class ProblemTextsTest {

    /** A string literal as the detail or message of a problem: {@code .exception("}, {@code invalid("x", "}, ... */
    private static final Pattern LITERAL = Pattern.compile(
            "\\.exception\\(\\s*\""
                    + "|ProblemException\\.(?:notFound|loginRequired)\\(\\s*\""
                    + "|ProblemException\\.invalid\\([^,()]+,\\s*\""
                    + "|new FieldError\\([^,()]+(?:\\([^()]*\\))?,\\s*\""
                    + "|new (?:TooManyRequests|ServiceUnavailable)Exception\\(\\s*\""
                    + "|new ProblemException\\([^,()]+,\\s*\"");

    @Test
    void no_code_writes_a_problem_detail_or_field_message_as_an_english_literal() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(Path.of("src/main/java"))) {
            for (Path file : all.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                String code = Files.readString(file);
                Matcher m = LITERAL.matcher(code);
                while (m.find()) {
                    int line = (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    found.add(file + ":" + line + ": " + code.substring(m.start(), Math.min(code.length(), m.end() + 40)));
                }
            }
        }
        assertTrue(files > 100, "the sources were found (" + files + " files)");
        assertTrue(found.isEmpty(), "write these as bundle texts (shared.i18n.Details), in en, de and fr:\n"
                + String.join("\n", found));
    }

    @Test
    void the_check_recognises_what_it_looks_for() {
        for (String code : List.of("throw BookingProblem.SLOT_TAKEN.exception(\"Taken.\");",
                "ProblemException.notFound(\"The slot\")", "ProblemException.invalid(\"q\", \"is required\")",
                "new FieldError(\"topics[\" + i + \"]\", \"is listed twice\")", "new FieldError(name, \"must be\")",
                "new TooManyRequestsException(\"Slow down\", 5)")) {
            assertTrue(LITERAL.matcher(code).find(), code);
        }
        for (String code : List.of("BookingProblem.SLOT_TAKEN.exception(booking(m -> m.booking_slot_taken()))",
                "ProblemException.invalid(\"q\", problem(m -> m.field_required()))",
                "new FieldError(\"q\", problem(m -> m.field_max_chars(200)))")) {
            assertTrue(!LITERAL.matcher(code).find(), code);
        }
    }
}
