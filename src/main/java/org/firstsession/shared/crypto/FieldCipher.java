package org.firstsession.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Authenticated encryption (AES-256-GCM, random 96-bit IV) of private text: messages, booking notes,
 * contact messages. A stored value reads {@code v1:<key id>:<base64(iv ‖ ciphertext ‖ tag)>}, so keys
 * can be rotated: values name the key they need, and {@link #needsRotation} tells which to re-encrypt.
 * Values without the prefix are plaintext from before encryption and are returned as they are.
 */
@ApplicationScoped
public class FieldCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKeySpec> keys = new HashMap<>();
    private final String activeKey;

    FieldCipher(CryptoConfig config) {
        config.keys().forEach((id, encoded) -> {
            if (encoded == null || encoded.isBlank() || encoded.equals("unset")) {
                return; // an optional key slot (e.g. ENCRYPTION_KEY_PREVIOUS) left empty
            }
            byte[] key = Base64.getDecoder().decode(encoded.trim());
            if (key.length != 32) {
                throw new IllegalStateException("firstsession.crypto.keys." + id + " must be 32 bytes (base64)");
            }
            if (id.contains(":")) {
                throw new IllegalStateException("key ids must not contain ':'");
            }
            keys.put(id, new SecretKeySpec(key, "AES"));
        });
        if (!keys.containsKey(config.activeKey())) {
            throw new IllegalStateException("firstsession.crypto.active-key names no configured key");
        }
        this.activeKey = config.activeKey();
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + activeKey + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String keyId = stored.substring(PREFIX.length(), colon);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("no key configured for id " + keyId);
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed (tampered value or wrong key)", e);
        }
    }

    /** True for plaintext and for values sealed with a key other than the active one. */
    public boolean needsRotation(String stored) {
        return stored != null && !stored.startsWith(PREFIX + activeKey + ":");
    }
}
