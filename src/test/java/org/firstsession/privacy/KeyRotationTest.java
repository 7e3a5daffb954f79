package org.firstsession.privacy;

import static org.hamcrest.Matchers.contains;
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
import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** After a new key becomes active, the rotation re-encrypts old ciphertext and legacy plaintext. */
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

    @Test
    void rotation_re_encrypts_everything_with_the_active_key() throws Exception {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Rotate"));
        TestUser client = TestUser.client();
        String conversation = client.request().body(Map.of("specialistId", s.id(), "text", "first"))
                .post("/api/conversations").then().statusCode(201).extract().path("conversation.id");
        client.request().body(Map.of("text", "second")).post("/api/conversations/" + conversation + "/messages")
                .then().statusCode(201);
        // One message as the old key (test1) wrote it, one as plaintext from before encryption.
        String oldCiphertext = sealWithOldKey("first");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE message SET body = ?1 WHERE conversation_id = ?2 AND seq = (SELECT min(seq) FROM message WHERE conversation_id = ?2)")
                    .setParameter(1, oldCiphertext).setParameter(2, UUID.fromString(conversation)).executeUpdate();
            em.createNativeQuery("UPDATE message SET body = 'second' WHERE conversation_id = ?1 AND seq = (SELECT max(seq) FROM message WHERE conversation_id = ?1)")
                    .setParameter(1, UUID.fromString(conversation)).executeUpdate();
        });
        client.request().get("/api/conversations/" + conversation + "/messages").then()
                .body("items.text", contains("second", "first"));

        TestUser.admin().request().post("/api/admin/crypto/rotate").then().statusCode(200);
        TestUser.client().request().post("/api/admin/crypto/rotate").then().statusCode(403);

        @SuppressWarnings("unchecked")
        List<String> raw = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT body FROM message WHERE conversation_id = ?1").setParameter(1, UUID.fromString(conversation))
                .getResultList());
        raw.forEach(value -> assertTrue(value.startsWith("v1:test2:"), value));
        client.request().get("/api/conversations/" + conversation + "/messages").then()
                .body("items.text", contains("second", "first"));
    }

    /** What FieldCipher wrote while test1 was the active key. */
    private static String sealWithOldKey(String text) throws Exception {
        byte[] key = Base64.getDecoder().decode(ConfigProvider.getConfig()
                .getValue("firstsession.crypto.keys.test1", String.class));
        byte[] iv = new byte[12];
        new java.security.SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
        return "v1:test1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
    }
}
