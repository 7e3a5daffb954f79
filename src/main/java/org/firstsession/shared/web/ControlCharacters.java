package org.firstsession.shared.web;

/**
 * The one rule for control characters in text a client sends (JSON string values, query and path
 * parameters, form fields): C0 controls other than tab, line feed and carriage return are refused with a
 * 400 naming the field. PostgreSQL cannot store NUL in text at all (it answered 500), and the others have
 * no place in names, questions or messages; refusing is clearer than silently changing what was sent.
 */
public final class ControlCharacters {

    public static final String MESSAGE = "must not contain control characters (such as NUL)";

    private ControlCharacters() {
    }

    public static boolean present(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
