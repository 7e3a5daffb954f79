package org.firstsession.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Plain share links for a public page (no third-party scripts): copy, email, Facebook, X, LinkedIn,
 * WhatsApp. Only the public page's address and title go into them, never anything about the visitor.
 */
public record ShareLinks(String url, String title, String email, String facebook, String x, String linkedin,
        String whatsapp) {

    public static ShareLinks of(String url, String title) {
        String u = encode(url);
        String t = encode(title);
        return new ShareLinks(url, title,
                "mailto:?subject=" + t + "&body=" + u,
                "https://www.facebook.com/sharer/sharer.php?u=" + u,
                "https://twitter.com/intent/tweet?url=" + u + "&text=" + t,
                "https://www.linkedin.com/sharing/share-offsite/?url=" + u,
                "https://wa.me/?text=" + encode(title + " " + url));
    }

    private static String encode(String value) {
        // %20 rather than + for spaces: mail clients show a + literally.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
