package org.firstsession.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.firstsession.shared.error.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * The problem type pages explain every type in every language: {@code problemdoc} has an {@code explain_<slug>}
 * for each catalogued type (English word for word the enum's, which the OpenAPI document and the JSON use) and a
 * heading for each feature, and nothing for types that are gone. (That German and French have the same keys:
 * {@code MessageBundleTest}.)
 */
class ProblemDocBundleTest {

    private static Properties english() {
        try (InputStream in = ProblemDocBundleTest.class.getClassLoader().getResourceAsStream("messages/problemdoc_en.properties")) {
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(ProblemType type) {
        return "explain_" + type.slug().replace('-', '_');
    }

    @Test
    void every_problem_type_is_explained_in_the_words_of_its_enum() {
        Properties texts = english();
        List<String> different = new ArrayList<>();
        for (ProblemType type : ProblemCatalogue.all()) {
            if (!type.explanation().equals(texts.getProperty(key(type)))) {
                different.add(key(type) + ": enum says \"" + type.explanation() + "\", problemdoc_en \"" + texts.getProperty(key(type)) + "\"");
            }
        }
        assertEquals(List.of(), different, "problemdoc_en.properties and the problem enums (add the type's explain_ key in en, de and fr)");
    }

    @Test
    void no_explanation_is_left_over_and_every_feature_has_a_heading() {
        Properties texts = english();
        Set<String> explained = texts.stringPropertyNames().stream().filter(k -> k.startsWith("explain_"))
                .collect(Collectors.toCollection(TreeSet::new));
        explained.removeAll(ProblemCatalogue.all().stream().map(ProblemDocBundleTest::key).toList());
        assertEquals(Set.of(), explained, "explanations of problem types that are no longer catalogued");
        Set<String> missing = new TreeSet<>();
        for (ProblemType type : ProblemCatalogue.all()) {
            String heading = "problems_group_" + ProblemCatalogue.feature(type);
            if (texts.getProperty(heading) == null) {
                missing.add(heading);
            }
        }
        assertEquals(Set.of(), missing, "group headings of the /problems list");
    }
}
