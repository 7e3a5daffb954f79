package org.firstsession.shared.crypto;

/**
 * A stored encrypted value cannot be opened: its key is not configured, or it was altered, or it was
 * copied from another row or column. The message names the column and key id, never content.
 */
public class UnreadableValueException extends RuntimeException {

    private final String keyId;

    public UnreadableValueException(String column, String keyId) {
        super("unreadable encrypted value in " + column + (keyId == null ? "" : " (key " + keyId + ")")
                + ": its key is missing, or it was altered or moved from another row");
        this.keyId = keyId;
    }

    /** The key the value names, or {@code null}. */
    public String keyId() {
        return keyId;
    }
}
