package org.firstsession.shared.privacy;

/**
 * A column holding {@code FieldCipher} ciphertext.
 *
 * @param table  the table
 * @param rowKey an SQL expression of type text naming the row (its id), which the ciphertext is bound to
 * @param column the column
 */
public record EncryptedColumn(String table, String rowKey, String column) {

    public static EncryptedColumn byId(String table, String column) {
        return new EncryptedColumn(table, "id::text", column);
    }

    /** {@code table.column}, as personal columns and rotation counts name it. */
    public String name() {
        return table + "." + column;
    }
}
