package org.firstsession.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.firstsession.shared.error.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * The problem types are data: one enum per feature, each slug written once, every enum in the catalogue,
 * and no code that makes a problem type outside them. (That every problem the test suite actually receives
 * is catalogued is checked on every response: {@code testsupport.ApiContract}.)
 */
class ProblemCatalogueTest {

    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void each_slug_is_defined_once_with_one_status_and_title() {
        Map<String, ProblemType> seen = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (ProblemType type : ProblemCatalogue.everyDefinition()) {
            ProblemType earlier = seen.putIfAbsent(type.slug(), type);
            if (earlier != null) {
                twice.add(type.slug() + ": " + describe(earlier) + " and " + describe(type));
            }
        }
        assertEquals(List.of(), twice, "slugs defined twice (give the rule one place, or two names)");
    }

    @Test
    void every_problem_type_has_a_status_title_and_explanation() {
        for (ProblemType type : ProblemCatalogue.everyDefinition()) {
            assertTrue(type.status() >= 400 && type.status() < 600, type.slug());
            assertTrue(type.slug().matches("[a-z0-9]+(-[a-z0-9]+)*"), type.slug());
            assertTrue(!type.title().isBlank() && type.explanation().length() > 20, type.slug());
        }
    }

    @Test
    void every_enum_of_problem_types_is_in_the_catalogue() throws IOException {
        Pattern declaration = Pattern.compile("package ([\\w.]+);[\\s\\S]*?\\benum (\\w+) implements ProblemType");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = declaration.matcher(Files.readString(file));
                if (m.find()) {
                    found++;
                    String name = m.group(1) + "." + m.group(2);
                    if (ProblemCatalogue.ENUMS.stream().noneMatch(e -> e.getName().equals(name))) {
                        missing.add(name);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "enums of problem types missing from ProblemCatalogue.ENUMS");
        assertEquals(ProblemCatalogue.ENUMS.size(), found);
    }

    /**
     * ProblemException only takes a ProblemType, so the compiler keeps throw sites in the catalogue; this
     * finds the ways around it: a type URI or a Problem made by hand.
     */
    @Test
    void no_code_makes_a_problem_type_outside_the_catalogue() throws IOException {
        Pattern byHand = Pattern.compile("problems/\\w|Problem\\.type\\(\"|new Problem\\(");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.toString().replace('\\', '/').contains("/shared/error/")) {
                    continue; // where the catalogue's types become Problems
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (byHand.matcher(lines.get(i)).find() && !lines.get(i).strip().startsWith("*")
                            && !lines.get(i).strip().startsWith("//")) {
                        found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "problem types made outside the catalogue");
    }

    @Test
    void slot_in_past_answers_one_status_everywhere() {
        ProblemType type = ProblemCatalogue.find("slot-in-past").orElseThrow();
        assertEquals(422, type.status());
    }

    private static String describe(ProblemType type) {
        return type.getClass().getSimpleName() + "." + ((Enum<?>) type).name() + " (" + type.status() + " " + type.title() + ")";
    }
}
