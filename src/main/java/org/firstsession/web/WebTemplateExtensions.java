package org.firstsession.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.firstsession.specialist.SpecialistRequest.Fee;

import io.quarkus.qute.TemplateExtension;
import java.net.URI;

/** Small helpers for page templates. */
@TemplateExtension
public class WebTemplateExtensions {

    /** {@code {next.urlEncode}}: a value for a query string. */
    static String urlEncode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * {@code {s.fee.money}}: the fee in the page's language, e.g. "€80.00" in English, "80,00 €" in German; an
     * unknown currency code is written after the number.
     */
    static String money(Fee fee, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale l = locale instanceof Locale given ? given : locale instanceof String tag ? Locale.forLanguageTag(tag) : Locale.ENGLISH;
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(l);
            format.setCurrency(Currency.getInstance(fee.currency()));
            return format.format(fee.amount());
        } catch (IllegalArgumentException e) {
            return fee.amount().toPlainString() + " " + fee.currency();
        }
    }

    /** {@code {s.photoUrl.absoluteOn(s.shareUrl)}}: a path on this site as a full address (Open Graph needs one). */
    static String absoluteOn(String path, String pageUrl) {
        return URI.create(pageUrl).resolve(path).toString();
    }

    /** Initials for a photo placeholder: "Dr Anna Berg" → "AB". */
    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        StringBuilder out = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty() && Character.isLetter(part.charAt(0)) && !part.endsWith(".") && !part.equals("Dr")) {
                out.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        if (out.isEmpty()) {
            out.append(Character.toUpperCase(name.strip().charAt(0)));
        }
        return out.length() > 2 ? "" + out.charAt(0) + out.charAt(out.length() - 1) : out.toString();
    }
}
