package org.firstsession.web;

import java.util.Locale;

import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.Msg;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** Human words for the codes the services use: {@code {code.specialtyLabel}}, {@code {code.languageLabel}}, ... */
@TemplateExtension
public class Labels {

    /** A specialty's or approach's label in the page's language ({@code {c.termLabel}}). */
    static String termLabel(String code, @TemplateAttribute("locale") Object locale) {
        return code == null ? "" : Arc.container().instance(Languages.class).get().termLabel(code, pageLocale(locale));
    }

    /** The language's name in the page's language ("German", "Deutsch", "allemand"). */
    static String languageLabel(String code, @TemplateAttribute("locale") Object locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(pageLocale(locale));
        return name.isBlank() ? code : name;
    }

    /** The country's name in the page's language. */
    static String countryLabel(String code, @TemplateAttribute("locale") Object locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(pageLocale(locale));
        return name.isBlank() ? code : name;
    }

    /** The country's name in English: the directory's country list is sorted by it. */
    static String countryLabel(String code) {
        return countryLabel(code, Locale.ENGLISH);
    }

    static String formatLabel(Object format, @TemplateAttribute("locale") Object locale) {
        Msg msg = Arc.container().instance(Languages.class).get().messages(pageLocale(locale));
        return switch (format == null ? "" : format.toString()) {
            case "" -> "";
            case "online" -> msg.format_online();
            case "in_person" -> msg.format_in_person();
            default -> format.toString();
        };
    }

    /** The template's locale attribute (set by {@link TemplateLocale} or by a mail for its recipient). */
    private static Locale pageLocale(Object locale) {
        return locale instanceof Locale l ? l : locale instanceof String tag ? Locale.forLanguageTag(tag) : Locale.ENGLISH;
    }
}
