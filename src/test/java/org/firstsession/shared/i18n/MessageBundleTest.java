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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundles are complete: every language in {@code quarkus.locales} has its file, with exactly the English
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

    static Properties bundle(String language) {
        return load("messages/msg_" + language + ".properties");
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
    void english_has_a_text_for_every_key_of_the_bundle_interface_and_no_other() {
        Set<String> methods = Arrays.stream(Msg.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> keys = new TreeSet<>(bundle("en").stringPropertyNames());
        assertEquals(methods, keys, "Msg's methods and msg_en.properties' keys");
    }

    @TestFactory
    List<DynamicTest> every_language_is_complete() {
        Properties english = bundle("en");
        List<DynamicTest> tests = new ArrayList<>();
        for (String language : configuredLanguages()) {
            tests.add(DynamicTest.dynamicTest(language, () -> {
                Properties texts = bundle(language);
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
                assertFalse(texts.getProperty("language_name").equals(english.getProperty("language_name"))
                        && !language.equals("en"), language + " names itself");
            }));
        }
        return tests;
    }

    @Test
    void the_default_language_is_offered() {
        assertTrue(configuredLanguages().contains("en"));
    }
}
