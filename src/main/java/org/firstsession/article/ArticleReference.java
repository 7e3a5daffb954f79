package org.firstsession.article;

/**
 * One entry of an article's references, in the author's order: {@code authors} (1-500), {@code year}
 * (1000 to next year), {@code title} (1-500), and optionally {@code publisher} (≤200), {@code url}
 * (http/https, ≤2048), {@code pages} (≤100, e.g. "ch. 3, pp. 41-58") and {@code note} (≤1000, which
 * point it supports). Stored as JSON in the article row.
 */
public record ArticleReference(String authors, Integer year, String title, String publisher, String url,
        String pages, String note) {

    /** The address only if it is an http(s) one, for a link (a preview shows unchecked input). */
    public String webAddress() {
        return url != null && ArticleRules.isWebAddress(url.strip()) ? url.strip() : null;
    }
}
