package org.firstsession.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Unguessable tokens for links in emails that act without a login (a waitlist offer, "I can't make it").
 * 32 random bytes, base64url; only their SHA-256 is stored, so a copy of the database opens no link.
 */
public final class LinkTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a token (hex SHA-256); also what a link's token is looked up by. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a path segment can be a token at all (so odd input never reaches a query). */
    public static boolean looksValid(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
