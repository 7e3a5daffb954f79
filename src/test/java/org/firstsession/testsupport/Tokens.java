package org.firstsession.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/** Builds access tokens the way Keycloak shapes them, signed by {@link OidcTestServer}'s key unless told otherwise. */
public final class Tokens {

    public static final String AUDIENCE = "firstsession-api";

    private Tokens() {
    }

    public static Builder forSubject(String subject) {
        return new Builder(subject);
    }

    public static final class Builder {
        private final String subject;
        private String issuer = OidcTestServer.issuer();
        private String audience = AUDIENCE;
        private String name;
        private String email;
        private final List<String> roles = new ArrayList<>();
        private final Map<String, Object> extraClaims = new java.util.LinkedHashMap<>();
        private long expiresInSeconds = 600;
        private long notBeforeOffsetSeconds = -5;
        // Test users are verified and logged in with two factors unless a test says otherwise, as a real
        // provider's long-standing users (and all admins) would be.
        private boolean emailVerified = true;
        private List<String> amr = List.of("pwd", "otp");

        private Builder(String subject) {
            this.subject = subject;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder email(String value) {
            this.email = value;
            return this;
        }

        public Builder role(String role) {
            roles.add(role);
            return this;
        }

        /** Any other claim, e.g. {@code groups} or another client's roles under {@code resource_access}. */
        public Builder claim(String name, Object value) {
            extraClaims.put(name, value);
            return this;
        }

        /** {@code email_verified}: false for a person who has not opened the provider's verification link yet. */
        public Builder emailVerified(boolean value) {
            this.emailVerified = value;
            return this;
        }

        /** {@code amr}: how the person logged in, e.g. {@code pwd} alone or {@code pwd, otp}. */
        public Builder amr(String... values) {
            this.amr = List.of(values);
            return this;
        }

        public Builder issuer(String value) {
            this.issuer = value;
            return this;
        }

        public Builder audience(String value) {
            this.audience = value;
            return this;
        }

        public Builder expiresIn(long seconds) {
            this.expiresInSeconds = seconds;
            return this;
        }

        public Builder notBeforeIn(long seconds) {
            this.notBeforeOffsetSeconds = seconds;
            return this;
        }

        public JwtClaims claims() {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer);
            if (audience != null) {
                claims.setAudience(audience);
            }
            claims.setSubject(subject);
            claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 10));
            claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() + expiresInSeconds));
            claims.setNotBefore(NumericDate.fromSeconds(NumericDate.now().getValue() + notBeforeOffsetSeconds));
            claims.setGeneratedJwtId();
            claims.setClaim("typ", "Bearer");
            claims.setClaim("azp", "firstsession-web");
            claims.setClaim("preferred_username", subject);
            if (name != null) {
                claims.setClaim("name", name);
            }
            if (email != null) {
                claims.setClaim("email", email);
            }
            claims.setClaim("email_verified", emailVerified);
            if (!amr.isEmpty()) {
                claims.setStringListClaim("amr", amr);
            }
            claims.setClaim("realm_access", Map.of("roles", roles));
            extraClaims.forEach(claims::setClaim);
            return claims;
        }

        /** RS256 with the provider's key: what a real front end would send. */
        public String sign() {
            return rs256(claims().toJson(), OidcTestServer.signingKey());
        }

        /** RS256 with a key the provider never published. */
        public String signWithForeignKey() {
            try {
                RsaJsonWebKey foreign = RsaJwkGenerator.generateJwk(2048);
                foreign.setKeyId(OidcTestServer.KEY_ID);
                return rs256(claims().toJson(), foreign);
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
        }

        /** {@code alg: none}: no signature at all. */
        public String unsigned() {
            return b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(claims().toJson()) + ".";
        }

        /** HS256 "signed" with the provider's public key as the HMAC secret (algorithm confusion). */
        public String hs256WithPublicKey() {
            try {
                JsonWebSignature jws = new JsonWebSignature();
                jws.setPayload(claims().toJson());
                jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
                jws.setKeyIdHeaderValue(OidcTestServer.KEY_ID);
                jws.setKey(new HmacKey(OidcTestServer.signingKey().getPublicKey().getEncoded()));
                jws.setDoKeyValidation(false);
                return jws.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Any claims (e.g. an ID token), RS256 with the provider's key. */
    static String signClaims(JwtClaims claims) {
        return rs256(claims.toJson(), OidcTestServer.signingKey());
    }

    /** Replaces the payload of a validly signed token, keeping its signature. */
    public static String tamper(String token, String newPayloadJson) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + b64(newPayloadJson) + "." + parts[2];
    }

    private static String rs256(String payload, RsaJsonWebKey key) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(payload);
            jws.setKey(key.getPrivateKey());
            jws.setKeyIdHeaderValue(key.getKeyId());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
