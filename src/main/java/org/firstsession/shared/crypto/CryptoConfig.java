package org.firstsession.shared.crypto;

import java.util.Map;

import io.smallrye.config.ConfigMapping;

/**
 * Keys for encrypting private text at rest, under {@code firstsession.crypto.*}: {@code keys.<id>} are
 * base64-encoded 256-bit AES keys, {@code active-key} names the one new values are written with. Old
 * keys stay listed until a rotation has re-encrypted everything.
 */
@ConfigMapping(prefix = "firstsession.crypto")
public interface CryptoConfig {

    String activeKey();

    Map<String, String> keys();
}
