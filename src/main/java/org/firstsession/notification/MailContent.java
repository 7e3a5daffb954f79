package org.firstsession.notification;

import java.util.List;

/**
 * What the mail templates ({@code templates/mail/notice.html} and {@code .txt}) render: the same content
 * as HTML and as plain text. {@code note} is quoted under {@code noteLabel}; {@code footer} is small print.
 */
public record MailContent(String greeting, List<String> paragraphs, List<Detail> details, String noteLabel,
        String note, String link, String linkText, String footer, List<Detail> moreLinks) {

    /** Without further links. */
    public MailContent(String greeting, List<String> paragraphs, List<Detail> details, String noteLabel,
            String note, String link, String linkText, String footer) {
        this(greeting, paragraphs, details, noteLabel, note, link, linkText, footer, List.of());
    }

    /** A content with further links after the main one (label, address). */
    public MailContent withLinks(List<Detail> links) {
        return new MailContent(greeting, paragraphs, details, noteLabel, note, link, linkText, footer, List.copyOf(links));
    }

    public record Detail(String label, String value) {
    }
}
