package org.firstsession.web.practice;

import static org.firstsession.web.FormFields.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.ws.rs.FormParam;

import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.ProfileTextMsg;
import org.firstsession.specialist.ProfileText;
import org.firstsession.specialist.SpecialistView;
import org.firstsession.web.FormErrors;

/**
 * The profile form's block for the language of headline and bio and their translations (issue #18), as posted: one
 * fieldset per other language of the platform, each sending its language, headline and bio in document order (three
 * parallel lists), so it works without JavaScript and shows exactly what was typed again after an error.
 */
public record ProfileTextsForm(@FormParam("textLanguage") String textLanguage,
        @FormParam("translationLanguage") List<String> languages,
        @FormParam("translationHeadline") List<String> headlines,
        @FormParam("translationBio") List<String> bios) {

    static final int HEADLINE_MAX = 200;
    static final int BIO_MAX = 5000;

    /** One language's fieldset. */
    public record Row(String language, String headline, String bio) {

        public String field() {
            return "translations." + language;
        }

        public String headlineField() {
            return field() + ".headline";
        }

        public String bioField() {
            return field() + ".bio";
        }
    }

    /** What the template shows: the original's language, the languages to choose it from, and the fieldsets. */
    public record Fields(String textLanguage, List<String> languageChoices, List<Row> rows) {
    }

    /** The block for a saved profile (or a new one, its texts in the page's language). */
    static Fields of(SpecialistView profile, Locale page, Languages languages) {
        String original = profile == null ? page.getLanguage() : profile.textLanguage();
        Map<String, ProfileText> translations = profile == null ? Map.of() : profile.translations();
        List<Row> rows = new ArrayList<>();
        for (String language : platform(languages)) {
            if (!language.equals(original)) {
                ProfileText t = translations.get(language);
                rows.add(new Row(language, t == null ? null : t.headline(), t == null ? null : t.bio()));
            }
        }
        return new Fields(original, choices(original, profile == null ? List.of() : profile.languages(), languages), rows);
    }

    /** The block as posted, to show again. */
    Fields shown(List<String> profileLanguages, Languages platform) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            rows.add(new Row(languages.get(i), at(headlines, i), at(bios, i)));
        }
        return new Fields(textLanguage, choices(textLanguage, profileLanguages, platform), rows);
    }

    /** The chosen language of headline and bio; null when the form did not send one (it stays as it is). */
    String language() {
        return text(textLanguage);
    }

    /**
     * The translations to save (empty fieldsets left out); null when the form had no such block (they stay as they
     * are) or when something is not right: then {@code errors} say what, next to the fields, in the page's language.
     * {@code saved} is the language of the texts as saved, for a form without the choice. The service checks the
     * same rules again (the API's).
     */
    Map<String, ProfileText> read(String headline, String bio, String saved, FormErrors errors, Locale page, Languages platform) {
        ProfileTextMsg msg = platform.bundle(ProfileTextMsg.class, page);
        List<String> known = platform(platform);
        int before = errors.count();
        String original = language() == null ? saved : language();
        if (language() != null && !Set.of(Locale.getISOLanguages()).contains(language())) {
            errors.add("textLanguage", msg.tr_error_text_language());
        }
        if (languages == null) {
            return null;
        }
        Map<String, ProfileText> translations = new TreeMap<>();
        for (int i = 0; i < size(); i++) {
            Row row = new Row(languages.get(i), text(at(headlines, i)), text(at(bios, i)));
            if (!known.contains(row.language())) {
                continue; // not a fieldset this page makes
            }
            if (row.headline() == null && row.bio() == null) {
                continue;
            }
            String name = label(row.language(), page);
            if (row.language().equals(original)) {
                errors.add(row.field(), msg.tr_error_same_language(name));
                continue;
            }
            if (row.headline() != null && row.headline().length() > HEADLINE_MAX) {
                errors.add(row.headlineField(), msg.tr_error_headline_too_long(name, HEADLINE_MAX));
            } else if (row.headline() == null && headline != null) {
                errors.add(row.headlineField(), msg.tr_error_headline_missing(name));
            } else if (row.headline() != null && headline == null) {
                errors.add(row.headlineField(), msg.tr_error_headline_without_original(name));
            }
            if (row.bio() != null && row.bio().length() > BIO_MAX) {
                errors.add(row.bioField(), msg.tr_error_bio_too_long(name, BIO_MAX));
            } else if (row.bio() == null && bio != null) {
                errors.add(row.bioField(), msg.tr_error_bio_missing(name));
            } else if (row.bio() != null && bio == null) {
                errors.add(row.bioField(), msg.tr_error_bio_without_original(name));
            }
            translations.put(row.language(), new ProfileText(row.headline(), row.bio()));
        }
        return errors.count() > before ? null : translations;
    }

    private int size() {
        return languages == null ? 0 : languages.size();
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : null;
    }

    private static List<String> platform(Languages languages) {
        return languages.supported().stream().map(Locale::getLanguage).toList();
    }

    /** The platform's languages, the ones the specialist works in, and the current one (a Dutch original stays Dutch). */
    private static List<String> choices(String current, List<String> working, Languages languages) {
        Set<String> choices = new LinkedHashSet<>(platform(languages));
        choices.addAll(working);
        if (current != null && current.matches("[a-z]{2,3}")) {
            choices.add(current);
        }
        return List.copyOf(choices);
    }

    private static String label(String language, Locale page) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(page);
        return name.isBlank() ? language : name;
    }
}
