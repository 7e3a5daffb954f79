package org.firstsession.privacy;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.ConfigProvider;
import org.firstsession.shared.crypto.FieldCipher;
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * After a new key becomes active (test2; test1 is still configured), old values stay readable and the
 * rotation re-encrypts every one of them with the new key: ciphertext of the old key, values of the
 * first format and plaintext from before encryption.
 */
@QuarkusTest
@TestProfile(KeyRotationTest.NewActiveKey.class)
class KeyRotationTest {

    public static class NewActiveKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("firstsession.crypto.active-key", "test2");
        }
    }

    @Inject
    EntityManager em;

    @Inject
    FieldCipher cipher;

    @Test
    void rotation_re_encrypts_everything_with_the_active_key() throws Exception {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Rotate"));
        TestUser client = TestUser.client();
        String conversation = client.request().body(Map.of("specialistId", s.id(), "text", "first"))
                .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
        client.request().body(Map.of("text", "second")).post("/api/conversations/" + conversation + "/messages")
                .then().statusCode(201);
        client.request().body(Map.of("text", "third")).post("/api/conversations/" + conversation + "/messages")
                .then().statusCode(201);
        // One message as the old key (test1) sealed it, one in the first format, one as plaintext.
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, body FROM message WHERE conversation_id = ?1 ORDER BY seq")
                    .setParameter(1, UUID.fromString(conversation)).getResultList();
            set(rows.get(0)[0], sealWithOldKey("first", "message.body|" + rows.get(0)[0], "v2"));
            set(rows.get(1)[0], sealWithOldKey("second", null, "v1"));
            set(rows.get(2)[0], "third");
        });
        client.request().get("/api/conversations/" + conversation + "/messages").then().statusCode(200)
                .body("items.text", contains("third", "second", "first"));

        TestUser.client().request().post("/api/admin/crypto/rotate").then().statusCode(403);
        TestUser.admin().request().post("/api/admin/crypto/rotate").then().statusCode(200)
                .body("'message.body'", org.hamcrest.Matchers.greaterThanOrEqualTo(3));

        @SuppressWarnings("unchecked")
        List<String> raw = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT body FROM message WHERE conversation_id = ?1").setParameter(1, UUID.fromString(conversation))
                .getResultList());
        assertEquals(3, raw.size());
        raw.forEach(value -> assertTrue(value.startsWith("v2:" + cipher.activeKeyId() + ":"), value));
        client.request().get("/api/conversations/" + conversation + "/messages").then()
                .body("items.text", contains("third", "second", "first"));
        // A second run finds nothing left to do.
        TestUser.admin().request().post("/api/admin/crypto/rotate").then().statusCode(200)
                .body("'message.body'", equalTo(0));
    }

    private void set(Object messageId, String body) {
        em.createNativeQuery("UPDATE message SET body = ?1 WHERE id = ?2").setParameter(1, body)
                .setParameter(2, messageId).executeUpdate();
    }

    /** What the old key (test1) sealed: the current format with its key id and binding, or the first format. */
    private String sealWithOldKey(String text, String binding, String format) {
        try {
            return seal(text, binding, format);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String seal(String text, String binding, String format) throws java.security.GeneralSecurityException {
        byte[] key = Base64.getDecoder().decode(ConfigProvider.getConfig()
                .getValue("firstsession.crypto.keys.test1", String.class));
        byte[] iv = new byte[12];
        new java.security.SecureRandom().nextBytes(iv);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        if (binding != null) {
            gcm.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
        }
        byte[] sealed = gcm.doFinal(text.getBytes(StandardCharsets.UTF_8));
        String body = Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
        if (format.equals("v1")) {
            return "v1:test1:" + body;
        }
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String id = java.util.HexFormat.of().formatHex(mac.doFinal("firstsession key id".getBytes(StandardCharsets.UTF_8)), 0, 6);
        return "v2:" + id + ":" + body;
    }
}
