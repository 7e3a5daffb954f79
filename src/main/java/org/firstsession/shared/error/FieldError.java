package org.firstsession.shared.error;

import java.util.Locale;

import org.firstsession.shared.i18n.Text;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One invalid field of a request: {@code field} is the JSON path a client sent, e.g. {@code fee.amount};
 * {@code message} is in English, {@code text} renders it in the reader's language ({@link #message(Locale)}).
 */
@JsonIgnoreProperties("text")
public record FieldError(String field, String message, Text text) {

    public FieldError(String field, Text text) {
        this(field, text.english(), text);
    }

    /** A message shown as it is in every language (a library's, e.g. Bean Validation's, already in the caller's language). */
    public FieldError(String field, String message) {
        this(field, message, Text.verbatim(message));
    }

    public String message(Locale locale) {
        return text == null ? message : text.in(locale);
    }

    /** This error with its message in {@code locale}. */
    public FieldError in(Locale locale) {
        return new FieldError(field, message(locale), text);
    }
}
