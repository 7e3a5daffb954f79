package org.firstsession.specialist;

import static org.firstsession.shared.i18n.Details.problem;
import static org.firstsession.shared.i18n.Details.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;

/**
 * The profile's headline and bio in the reader's language (issue #18): the rules for checking the translations a
 * specialist gives and for choosing the version a reader gets. Used by the profile views, the directory's cards
 * and the pages, so the API and the website answer alike.
 */
public final class ProfileTexts {

    static final int HEADLINE_MAX = 200;
    static final int BIO_MAX = 5000;

    private ProfileTexts() {
    }

    /** The version a reader gets: its texts, the language they are in, and the original's language when translated. */
    public record Chosen(String headline, String bio, String textLanguage, String translatedFrom) {
    }

    /**
     * The reader's languages, most preferred first, from an {@code Accept-Language} header (primary subtags, q-values
     * honoured, {@code *} and q=0 left out); empty for none or a malformed header.
     */
    public static List<String> readerLanguages(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
            return List.of();
        }
        try {
            Set<String> languages = new LinkedHashSet<>();
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() > 0 && !range.getRange().equals("*")) {
                    languages.add(Locale.forLanguageTag(range.getRange()).getLanguage());
                }
            }
            languages.remove("");
            return List.copyOf(languages);
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }

    /**
     * The first of the reader's languages that the profile has (the original's or a translation's), else the
     * original: a reader whose languages the specialist did not write in gets the text as written, its language named.
     */
    public static Chosen choose(String headline, String bio, String textLanguage, Map<String, ProfileText> translations,
            List<String> readerLanguages) {
        for (String language : readerLanguages) {
            if (language.equals(textLanguage)) {
                break;
            }
            ProfileText translation = translations == null ? null : translations.get(language);
            if (translation != null) {
                return new Chosen(translation.headline(), translation.bio(), language, textLanguage);
            }
        }
        return new Chosen(headline, bio, textLanguage, null);
    }

    /**
     * The translations as they will be stored: trimmed, empty ones dropped, sorted by language. Refuses (400,
     * naming {@code translations.<language>[.headline|.bio]}) a language the platform does not speak, the original's
     * own language, a text over the original field's length, and a translation that lacks a text the original has
     * or has one the original lacks (a reader would otherwise get a profile in two languages at once).
     */
    static Map<String, ProfileText> checked(Map<String, ProfileText> given, String headline, String bio, String textLanguage,
            List<String> platformLanguages) {
        Map<String, ProfileText> result = new TreeMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, ProfileText> entry : given.entrySet()) {
            String language = entry.getKey();
            String field = "translations." + language;
            if (language == null || !platformLanguages.contains(language)) {
                errors.add(new FieldError(field, profile(m -> m.profile_translation_language(platformLanguages.toString()))));
                continue;
            }
            if (language.equals(textLanguage)) {
                errors.add(new FieldError(field, profile(m -> m.profile_translation_is_text_language())));
                continue;
            }
            ProfileText text = entry.getValue() == null ? new ProfileText(null, null) : entry.getValue();
            if (text.isEmpty()) {
                continue;
            }
            String translatedHeadline = trim(text.headline());
            String translatedBio = trim(text.bio());
            check(errors, field + ".headline", translatedHeadline, headline, HEADLINE_MAX, "headline");
            check(errors, field + ".bio", translatedBio, bio, BIO_MAX, "bio");
            result.put(language, new ProfileText(translatedHeadline, translatedBio));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return result;
    }

    private static void check(List<FieldError> errors, String field, String translated, String original, int max, String name) {
        if (translated != null && translated.length() > max) {
            errors.add(new FieldError(field, problem(m -> m.field_max_chars(max))));
        } else if (translated == null && original != null) {
            errors.add(new FieldError(field, profile(m -> m.profile_translation_required(name))));
        } else if (translated != null && original == null) {
            errors.add(new FieldError(field, profile(m -> m.profile_translation_no_original(name))));
        }
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
