package org.firstsession.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.firstsession.admin.AdminSpecialistQuery;
import org.firstsession.admin.AdminViews.VerificationStatus;
import org.firstsession.contact.ContactStatus;
import org.firstsession.moderation.ReportStatus;
import org.junit.jupiter.api.Test;

/**
 * Every code the admin pages show has words in the admin bundle: each audit action and object type the code
 * records (found in the sources, so a new one fails here until it is named), and every state of specialists,
 * licence checks, reports and contact requests. ({@link AdminLabels} shows an unknown code as it is.)
 */
class AdminLabelsTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern AUDITED = Pattern.compile(
            "audit\\.(?:success|refused)\\(\"([A-Z_]+)\"(?:, \"([A-Z_]+)\")?|moderated\\w*\\([^;]*?, \"([A-Z_]+)\"\\)");

    private static Properties english() {
        try (InputStream in = AdminLabelsTest.class.getClassLoader().getResourceAsStream("messages/admin_en.properties")) {
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String label(String prefix, Object code) {
        return prefix + code.toString().toLowerCase(Locale.ROOT);
    }

    @Test
    void every_audit_action_and_object_type_has_words() throws IOException {
        Set<String> actions = new TreeSet<>();
        Set<String> objects = new TreeSet<>(List.of("QUESTION", "ANSWER", "ARTICLE", "CONVERSATION")); // the TYPE constants
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = AUDITED.matcher(Files.readString(file));
                while (m.find()) {
                    actions.add(m.group(1) != null ? m.group(1) : m.group(3));
                    if (m.group(2) != null) {
                        objects.add(m.group(2));
                    }
                }
            }
        }
        assertTrue(actions.size() >= 19, "the sources' audit actions were found: " + actions);
        Properties texts = english();
        String labels = Files.readString(MAIN.resolve("org/firstsession/web/admin/AdminLabels.java"));
        Set<String> missing = new TreeSet<>();
        for (String action : actions) {
            if (texts.getProperty(label("admin_action_", action)) == null || !labels.contains("case \"" + action + "\"")) {
                missing.add(action);
            }
        }
        for (String object : objects) {
            if (texts.getProperty(label("admin_object_", object)) == null || !labels.contains("case \"" + object + "\"")) {
                missing.add(object);
            }
        }
        assertEquals(Set.of(), missing, "audit actions and object types without words (admin_*.properties, AdminLabels)");
    }

    @Test
    void every_state_shown_on_the_admin_pages_has_words() {
        Properties texts = english();
        Set<String> missing = new TreeSet<>();
        Arrays.stream(AdminSpecialistQuery.State.values()).map(s -> label("admin_state_", s)).forEach(missing::add);
        Arrays.stream(AdminSpecialistQuery.VerificationFilter.values()).map(s -> label("admin_licence_", s)).forEach(missing::add);
        Arrays.stream(VerificationStatus.values()).map(s -> label("admin_licence_", s)).forEach(missing::add);
        Arrays.stream(ReportStatus.values()).map(s -> label("admin_report_status_", s)).forEach(missing::add);
        Arrays.stream(ContactStatus.values()).map(s -> label("admin_contact_status_", s)).forEach(missing::add);
        missing.removeAll(texts.stringPropertyNames());
        assertEquals(Set.of(), missing);
    }
}
