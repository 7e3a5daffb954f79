package org.firstsession.notification;

import java.util.List;

/** What the mail templates render: the same content as HTML and as plain text. */
public record MailContent(String greeting, List<String> paragraphs, List<Detail> details, String note, String link,
        String linkText) {

    public record Detail(String label, String value) {
    }
}
