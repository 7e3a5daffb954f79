package org.firstsession.notification;

import java.util.List;

/**
 * What the mail templates ({@code templates/mail/notice.html} and {@code .txt}) render: the same content
 * as HTML and as plain text. {@code note} is quoted under {@code noteLabel}; {@code footer} is small print;
 * {@code otherLink} is an optional second link below the main one (e.g. "I can't make it");
 * {@code moreLinks} are further links after them (label, address), e.g. "Add to Google Calendar".
 */
public record MailContent(String greeting, List<String> paragraphs, List<Detail> details, String noteLabel,
        String note, String link, String linkText, String footer, String otherLink, String otherLinkText,
        List<Detail> moreLinks) {

    /** Without further links. */
    public MailContent(String greeting, List<String> paragraphs, List<Detail> details, String noteLabel,
            String note, String link, String linkText, String footer) {
        this(greeting, paragraphs, details, noteLabel, note, link, linkText, footer, null, null, List.of());
    }

    /** With a second link below the main one (null: none), and no further links. */
    public MailContent(String greeting, List<String> paragraphs, List<Detail> details, String noteLabel,
            String note, String link, String linkText, String footer, String otherLink, String otherLinkText) {
        this(greeting, paragraphs, details, noteLabel, note, link, linkText, footer, otherLink, otherLinkText, List.of());
    }

    /** A content with further links after the main one (label, address). */
    public MailContent withLinks(List<Detail> links) {
        return new MailContent(greeting, paragraphs, details, noteLabel, note, link, linkText, footer, otherLink,
                otherLinkText, List.copyOf(links));
    }

    public record Detail(String label, String value) {
    }
}
