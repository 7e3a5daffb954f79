package org.firstsession.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundles are complete: every language in {@code quarkus.locales} has its file in every bundle, with exactly the English
 * keys, no empty text, and the same {@code {placeholders}} as the English one. A new language's file passes
 * here (one test per language) before the app may offer it. Plain JUnit: no application needed.
 */
class MessageBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)\\}");

    static List<String> configuredLanguages() {
        Properties config = load("application.properties");
        String locales = config.getProperty("quarkus.locales");
        assertNotNull(locales, "quarkus.locales is set");
        assertEquals("en", config.getProperty("quarkus.default-locale"), "English is the default language");
        return Arrays.stream(locales.split(",")).map(String::strip).toList();
    }

    /** Each bundle's name and the interface that declares its keys. */
    static final Map<String, Class<?>> BUNDLES = Map.ofEntries(Map.entry("msg", Msg.class), Map.entry("site", SiteMsg.class),
            Map.entry("my", MyMsg.class), Map.entry("tax", TaxonomyMsg.class), Map.entry("problem", ProblemMsg.class),
            Map.entry("mail", MailMsg.class), Map.entry("admin", AdminMsg.class), Map.entry("problemdoc", ProblemDocMsg.class),
            Map.entry("detail_booking", BookingDetailMsg.class), Map.entry("detail_profile", ProfileDetailMsg.class),
            Map.entry("detail_community", CommunityDetailMsg.class), Map.entry("profiletr", ProfileTextMsg.class),
            Map.entry("practice", PracticeMsg.class), Map.entry("schedule", ScheduleMsg.class), Map.entry("find", FindMsg.class));

    static Properties bundle(String name, String language) {
        return load("messages/" + name + "_" + language + ".properties");
    }

    private static Properties load(String resource) {
        try (InputStream in = MessageBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " exists");
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1).strip());
        }
        return names;
    }

    @Test
    void every_bundle_file_belongs_to_a_known_bundle() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/messages"))) {
            files = list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = new TreeSet<>();
        for (String name : BUNDLES.keySet()) {
            for (String language : configuredLanguages()) {
                expected.add(name + "_" + language + ".properties");
            }
        }
        assertEquals(expected, files, "one file per bundle and language in quarkus.locales");
    }

    @Test
    void english_has_a_text_for_every_key_of_the_bundle_interface_and_no_other() {
        Set<String> all = new TreeSet<>();
        BUNDLES.forEach((name, type) -> {
            Set<String> methods = Arrays.stream(type.getDeclaredMethods()).map(Method::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> keys = new TreeSet<>(bundle(name, "en").stringPropertyNames());
            assertEquals(methods, keys, type.getSimpleName() + "'s methods and " + name + "_en.properties' keys");
            assertTrue(keys.size() < 300, name + " stays under 300 keys (see Msg)");
            for (String key : keys) {
                assertTrue(all.add(key), key + " is in one bundle only");
            }
        });
    }

    @TestFactory
    List<DynamicTest> every_language_is_complete() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : BUNDLES.keySet()) {
        Properties english = bundle(name, "en");
        for (String language : configuredLanguages()) {
            tests.add(DynamicTest.dynamicTest(name + "_" + language, () -> {
                Properties texts = bundle(name, language);
                Set<String> missing = new TreeSet<>(english.stringPropertyNames());
                missing.removeAll(texts.stringPropertyNames());
                Set<String> extra = new TreeSet<>(texts.stringPropertyNames());
                extra.removeAll(english.stringPropertyNames());
                assertTrue(missing.isEmpty(), language + " lacks " + missing);
                assertTrue(extra.isEmpty(), language + " has keys English does not: " + extra);
                for (String key : english.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    assertFalse(text.isBlank(), language + ": " + key + " is empty");
                    assertEquals(placeholders(english.getProperty(key)), placeholders(text),
                            language + ": " + key + " has other placeholders than English");
                }
            }));
        }
        }
        return tests;
    }

    @Test
    void every_answer_the_guided_start_offers_has_its_text_and_english_is_the_phrase_the_search_reads() {
        Properties english = bundle("find", "en");
        for (org.firstsession.specialist.PlainPhrases.Phrase phrase : org.firstsession.specialist.PlainPhrases.offered()) {
            assertEquals(phrase.text(), english.getProperty("need_" + phrase.specialty().replace('-', '_')), phrase.specialty());
        }
    }

    @Test
    void every_language_names_itself() {
        for (String language : configuredLanguages()) {
            assertTrue(language.equals("en") || !bundle("msg", language).getProperty("language_name")
                    .equals(bundle("msg", "en").getProperty("language_name")), language + " names itself");
        }
    }

    @Test
    void the_default_language_is_offered() {
        assertTrue(configuredLanguages().contains("en"));
    }
}
