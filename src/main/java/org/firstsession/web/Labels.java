package org.firstsession.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.firstsession.specialist.Taxonomy;

import io.quarkus.qute.TemplateExtension;

/** Human words for the codes the services use: {@code {code.specialtyLabel}}, {@code {code.languageLabel}}, ... */
@TemplateExtension
public class Labels {

    private static final Map<String, String> TERMS = new HashMap<>();

    static {
        for (List<Taxonomy.Term> terms : List.of(Taxonomy.SPECIALTIES, Taxonomy.APPROACHES)) {
            for (Taxonomy.Term term : terms) {
                TERMS.put(term.code(), term.label());
            }
        }
    }

    static String termLabel(String code) {
        return code == null ? "" : TERMS.getOrDefault(code, code);
    }

    static String languageLabel(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    static String countryLabel(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    static String formatLabel(String code) {
        return switch (code == null ? "" : code) {
            case "online" -> "Online";
            case "in_person" -> "In person";
            default -> code;
        };
    }

    static String formatLabel(Object format) {
        return format == null ? "" : formatLabel(format.toString());
    }
}
