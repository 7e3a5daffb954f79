package org.firstsession.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.quarkus.qute.TemplateExtension;
import java.net.URI;

/** Small helpers for page templates. */
@TemplateExtension
public class WebTemplateExtensions {

    /** {@code {next.urlEncode}}: a value for a query string. */
    static String urlEncode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
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
