package org.firstsession.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The cipher alone: key ids from the keys, values bound to their row and column, keys checked at start. */
class FieldCipherTest {

    static final String KEY_A = "b4F/rERf01ZYNDDh6wh6uMVr+CYMB8WyVqWNovcNaaw=";
    static final String KEY_B = "bj2PCt+KUKOKgaCasyEDY8g3g3sMq9qizc7AlgQ6jXk=";

    static FieldCipher cipher(String active, String previous) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("primary", active);
        keys.put("previous", previous == null ? "unset" : previous);
        return new FieldCipher(new CryptoConfig() {
            @Override
            public String activeKey() {
                return "primary";
            }

            @Override
            public Map<String, String> keys() {
                return keys;
            }
        });
    }

    @Test
    void a_value_names_its_key_by_an_id_derived_from_the_key_not_from_the_setting() {
        FieldCipher before = cipher(KEY_A, null);
        UUID row = UUID.randomUUID();
        String sealed = before.encrypt("hello", "message.body", row);
        assertTrue(sealed.startsWith("v2:" + before.activeKeyId() + ":"), sealed);
        assertFalse(sealed.contains("primary"));
        // The README's rotation: the new key becomes ENCRYPTION_KEY, the old one ENCRYPTION_KEY_PREVIOUS.
        FieldCipher after = cipher(KEY_B, KEY_A);
        assertNotEquals(before.activeKeyId(), after.activeKeyId());
        assertEquals("hello", after.decrypt(sealed, "message.body", row));
        // Dropping the old key too early: the value says which key is missing.
        UnreadableValueException e = assertThrows(UnreadableValueException.class,
                () -> cipher(KEY_B, null).decrypt(sealed, "message.body", row));
        assertEquals(before.activeKeyId(), e.keyId());
    }

    @Test
    void a_value_moved_to_another_row_or_column_is_refused() {
        FieldCipher cipher = cipher(KEY_A, null);
        UUID row = UUID.randomUUID();
        String sealed = cipher.encrypt("mine", "contact_request.subject", row);
        assertThrows(UnreadableValueException.class, () -> cipher.decrypt(sealed, "contact_request.subject", UUID.randomUUID()));
        assertThrows(UnreadableValueException.class, () -> cipher.decrypt(sealed, "contact_request.message", row));
        String altered = sealed.substring(0, sealed.length() - 6) + (sealed.endsWith("AAAA==") ? "BBBB==" : "AAAA==");
        assertThrows(UnreadableValueException.class, () -> cipher.decrypt(altered, "contact_request.subject", row));
        assertEquals("mine", cipher.decrypt(sealed, "contact_request.subject", row));
    }

    @Test
    void values_of_the_first_format_stay_readable_whichever_setting_holds_their_key() throws Exception {
        byte[] key = java.util.Base64.getDecoder().decode(KEY_A);
        byte[] iv = new byte[12];
        javax.crypto.Cipher gcm = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(key, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, iv));
        byte[] sealed = gcm.doFinal("old".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] out = java.nio.ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array();
        String v1 = "v1:primary:" + java.util.Base64.getEncoder().encodeToString(out);
        assertEquals("old", cipher(KEY_A, null).decrypt(v1, "booking.note", "x"));
        assertEquals("old", cipher(KEY_B, KEY_A).decrypt(v1, "booking.note", "x"), "after the key moved to PREVIOUS");
        assertThrows(UnreadableValueException.class, () -> cipher(KEY_B, null).decrypt(v1, "booking.note", "x"));
        assertEquals("plain", cipher(KEY_A, null).decrypt("plain", "booking.note", "x"), "plaintext from before encryption");
    }

    @Test
    void a_malformed_key_stops_the_start_with_the_setting_named() {
        IllegalStateException notBase64 = assertThrows(IllegalStateException.class, () -> cipher("not a key!", null));
        assertTrue(notBase64.getMessage().contains("keys.primary") && notBase64.getMessage().contains("base64"));
        IllegalStateException tooShort = assertThrows(IllegalStateException.class, () -> cipher(KEY_A, "c2hvcnQ="));
        assertTrue(tooShort.getMessage().contains("keys.previous") && tooShort.getMessage().contains("32 bytes"));
        assertFalse(tooShort.getMessage().contains("c2hvcnQ="), "the key itself never appears in a message");
    }
}
