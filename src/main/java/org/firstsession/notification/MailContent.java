package org.firstsession.notification;

import java.util.List;

/**
 * What the mail templates ({@code templates/mail/notice.html} and {@code .txt}) render: the same content
 * as HTML and as plain text. {@code note} is quoted under {@code noteLabel}; {@code footer} is small print.
 */
public record MailContent(String greeting, List<String> paragraphs, List<Detail> details, String noteLabel,
        String note, String link, String linkText, String footer) {

    public record Detail(String label, String value) {
    }
}
