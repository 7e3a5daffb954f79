package org.firstsession.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every setting's default is written once: either in application.properties (next to its environment
 * variable) or as {@code @WithDefault} on its mapping, never both; and a {@code @Scheduled} interval
 * names its setting without repeating a default of its own, so changing the setting changes the job.
 * And the code names types by their imports, not by fully qualified names inline.
 */
class HouseRulesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PREFIX = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern DEFAULTED = Pattern.compile("@WithDefault\\(\"[^\"]*\"\\)\\s*(?:\\s*@\\w+(?:\\([^)]*\\))?)*\\s*[\\w<>.,? ]+\\s+(\\w+)\\(\\);");
    private static final Pattern SCHEDULED_EXPRESSION = Pattern.compile("@Scheduled\\([^)]*?(?:every|delayed|cron)\\s*=\\s*\"(\\$\\{[^\"]*})\"");

    @Test
    void no_setting_has_its_default_written_both_in_the_properties_and_on_its_mapping() throws IOException {
        Set<String> inProperties = propertyKeys();
        List<String> twice = new ArrayList<>();
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            Matcher prefix = PREFIX.matcher(source);
            if (!prefix.find()) {
                continue;
            }
            Matcher defaulted = DEFAULTED.matcher(source);
            while (defaulted.find()) {
                String key = prefix.group(1) + "." + kebab(defaulted.group(1));
                if (inProperties.contains(key)) {
                    twice.add(key + " (" + file.getFileName() + ")");
                }
            }
        }
        assertEquals(List.of(), twice, "defaults written twice");
    }

    @Test
    void scheduled_jobs_read_their_interval_from_the_setting_alone() throws IOException {
        List<String> inlineDefaults = new ArrayList<>();
        int expressions = 0;
        for (Path file : javaFiles()) {
            Matcher scheduled = SCHEDULED_EXPRESSION.matcher(Files.readString(file));
            while (scheduled.find()) {
                expressions++;
                if (scheduled.group(1).contains(":")) {
                    inlineDefaults.add(file.getFileName() + ": " + scheduled.group(1));
                }
            }
        }
        assertTrue(expressions >= 5, "the jobs' expressions were found (" + expressions + ")");
        assertEquals(List.of(), inlineDefaults, "@Scheduled with a default of its own");
    }

    @Test
    void types_are_imported_not_named_inline_with_their_package() throws IOException {
        Pattern inline = Pattern.compile("(?<![\\w.\"])(?:java|javax|jakarta|org|io|com)\\.(?:[a-z_]\\w*\\.)+[A-Z]\\w*");
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*") || line.startsWith("/")) {
                    continue;
                }
                String code = line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
                Matcher m = inline.matcher(code);
                if (m.find() && !code.contains("// fqn: ")) {
                    found.add(file.getFileName() + ":" + (i + 1) + " " + m.group());
                }
            }
        }
        assertEquals(List.of(), found, "fully qualified names inline (import them; when two types share a name, say why with // fqn: …)");
    }

    private static Set<String> propertyKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/application.properties"))) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("%") && trimmed.contains("=")) {
                keys.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
            }
        }
        return keys;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static String kebab(String name) {
        return name.replaceAll("([A-Z])", "-$1").toLowerCase();
    }
}
