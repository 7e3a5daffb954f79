package org.firstsession.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.shared.privacy.EncryptedColumn;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Authenticated encryption (AES-256-GCM, random 96-bit IV) of private text.
 *
 * <p>A stored value reads {@code v2:<key id>:<base64(iv ‖ ciphertext ‖ tag)>}. The key id is derived from
 * the key itself (the first 6 bytes of HMAC-SHA256(key, "firstsession key id"), in hex), never from the
 * name of the setting that holds it, so moving a key from {@code ENCRYPTION_KEY} to
 * {@code ENCRYPTION_KEY_PREVIOUS} keeps every value readable, and a value names exactly the key it needs.
 * The value is bound to its place: the associated data is {@code <table>.<column>|<row key>}, so a value
 * copied into another row or column is refused instead of showing that other row's text.
 *
 * <p>Read-only legacy forms: {@code v1:<setting name>:<base64>} (no associated data; the configured keys
 * are tried) and plaintext from before encryption (returned as it is). Key rotation rewrites both.
 */
@ApplicationScoped
public class FieldCipher {

    static final String PREFIX = "v2:";
    static final String LEGACY_PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    /** By key id, in configuration order. */
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    /** Legacy (v1) values named the setting; by setting name. */
    private final Map<String, SecretKeySpec> byName = new LinkedHashMap<>();
    private final String activeKeyId;

    FieldCipher(CryptoConfig config) {
        String active = null;
        for (var entry : config.keys().entrySet()) {
            String name = entry.getKey();
            String encoded = entry.getValue();
            if (encoded == null || encoded.isBlank() || encoded.equals("unset")) {
                continue; // an optional key slot (e.g. ENCRYPTION_KEY_PREVIOUS) left empty
            }
            SecretKeySpec key = new SecretKeySpec(parse(name, encoded), "AES");
            String id = keyId(key);
            keys.put(id, key);
            byName.put(name, key);
            if (name.equals(config.activeKey())) {
                active = id;
            }
        }
        if (active == null) {
            throw new IllegalStateException("firstsession.crypto.active-key (" + config.activeKey()
                    + ") names no configured key: set ENCRYPTION_KEY");
        }
        this.activeKeyId = active;
    }

    /** A key must be exactly 32 bytes, base64-encoded; anything else stops the start with the setting's name. */
    static byte[] parse(String name, String encoded) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("firstsession.crypto.keys." + name
                    + " is not base64: generate a key with `openssl rand -base64 32`");
        }
        if (key.length != 32) {
            throw new IllegalStateException("firstsession.crypto.keys." + name + " must be 32 bytes (base64), not "
                    + key.length + ": generate a key with `openssl rand -base64 32`");
        }
        return key;
    }

    /** The id a key's values carry: derived from the key, so it cannot name the wrong key. */
    static String keyId(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] digest = mac.doFinal("firstsession key id".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of the key new values are sealed with. */
    public String activeKeyId() {
        return activeKeyId;
    }

    /** The ids of every configured key. */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    /**
     * Seals {@code plaintext} for one place: column {@code column} ({@code table.column}) of the row
     * {@code row} (its id; for a composite key the parts joined with {@code |}).
     */
    public String encrypt(String plaintext, String column, Object row) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(column, row));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /**
     * Opens a value stored in column {@code column} of row {@code row}.
     *
     * @throws UnreadableValueException when its key is not configured, or it was altered or belongs to
     *                                  another row or column
     */
    public String decrypt(String stored, String column, Object row) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith(PREFIX)) {
            int colon = stored.indexOf(':', PREFIX.length());
            if (colon < 0) {
                throw new UnreadableValueException(column, null);
            }
            String keyId = stored.substring(PREFIX.length(), colon);
            SecretKeySpec key = keys.get(keyId);
            if (key == null) {
                throw new UnreadableValueException(column, keyId);
            }
            String opened = open(key, stored.substring(colon + 1), associatedData(column, row));
            if (opened == null) {
                throw new UnreadableValueException(column, keyId);
            }
            return opened;
        }
        if (stored.startsWith(LEGACY_PREFIX)) {
            return decryptLegacy(stored, column);
        }
        return stored;
    }

    /** A v1 value: named the setting, not the key; try that setting's key first, then every other one. */
    private String decryptLegacy(String stored, String column) {
        int colon = stored.indexOf(':', LEGACY_PREFIX.length());
        if (colon < 0) {
            throw new UnreadableValueException(column, null);
        }
        String name = stored.substring(LEGACY_PREFIX.length(), colon);
        String body = stored.substring(colon + 1);
        SecretKeySpec named = byName.get(name);
        if (named != null) {
            String opened = open(named, body, null);
            if (opened != null) {
                return opened;
            }
        }
        for (SecretKeySpec key : keys.values()) {
            String opened = key == named ? null : open(key, body, null);
            if (opened != null) {
                return opened;
            }
        }
        throw new UnreadableValueException(column, "v1:" + name);
    }

    /** Null when the tag does not verify (wrong key, altered value, other place). */
    private static String open(SecretKeySpec key, String base64, byte[] aad) {
        try {
            byte[] in = Base64.getDecoder().decode(base64);
            if (in.length < IV_BYTES + TAG_BITS / 8) {
                return null;
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            if (aad != null) {
                cipher.updateAAD(aad);
            }
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return null;
        }
    }

    private static byte[] associatedData(String column, Object row) {
        return (column + "|" + row).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Replaces the value of {@code column} in every row {@code where} selects (one parameter, {@code ?1})
     * with {@code plaintext}, sealed for each row: erasure's {@code [deleted]}.
     */
    public int replaceEach(EntityManager em, EncryptedColumn column, String where, Object param,
            String plaintext) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT %2$s, ctid::text FROM %1$s WHERE %3$s FOR UPDATE"
                .formatted(column.table(), column.rowKey(), where)).setParameter(1, param).getResultList();
        for (Object[] row : rows) {
            em.createNativeQuery("UPDATE %1$s SET %2$s = ?1 WHERE ctid = CAST(?2 AS tid)".formatted(column.table(), column.column()))
                    .setParameter(1, encrypt(plaintext, column.name(), row[0])).setParameter(2, row[1]).executeUpdate();
        }
        return rows.size();
    }

    /** The key id a stored value names ({@code v1} for the legacy form), or {@code null} for plaintext. */
    public static String keyIdOf(String stored) {
        if (stored != null && stored.startsWith(PREFIX)) {
            int colon = stored.indexOf(':', PREFIX.length());
            return colon < 0 ? null : stored.substring(PREFIX.length(), colon);
        }
        return stored != null && stored.startsWith(LEGACY_PREFIX) ? "v1" : null;
    }
}
