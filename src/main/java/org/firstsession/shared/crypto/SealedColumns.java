package org.firstsession.shared.crypto;

import io.quarkus.arc.Arc;

/**
 * For entities with encrypted columns: each keeps the stored (sealed) value in a mapped field and the
 * plaintext in a {@code @Transient} one, sealing on write and opening on first read with the row's id as
 * part of the associated data. (A JPA {@code AttributeConverter} sees only the value, not the row, so it
 * cannot bind a ciphertext to its row.) Entities are not CDI beans, hence the container lookup.
 */
public final class SealedColumns {

    private SealedColumns() {
    }

    public static String seal(String plaintext, String column, Object row) {
        if (row == null) {
            throw new IllegalStateException(column + ": the row needs its id before a value can be sealed");
        }
        return cipher().encrypt(plaintext, column, row);
    }

    public static String open(String stored, String column, Object row) {
        return cipher().decrypt(stored, column, row);
    }

    private static FieldCipher cipher() {
        return Arc.container().instance(FieldCipher.class).get();
    }
}
