package org.firstsession.shared.error;

import org.firstsession.shared.i18n.Text;

/**
 * A value a JSON creator refuses, saying why as a field message ({@link ProblemMappers} names the field and
 * gives {@link #text()} in the caller's language); an {@link IllegalArgumentException}, as Jackson expects.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final transient Text text;

    public InvalidValueException(Text text) {
        super(text.english());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
