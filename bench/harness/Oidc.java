package harness;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import com.sun.net.httpserver.HttpServer;

import static harness.Bench.*;
import static harness.Load.*;
import static harness.Postgres.*;

/** A minimal OpenID provider (discovery + JWKS on loopback) and RS256 tokens it signs. */
final class Oidc {
    final HttpServer server;
    final KeyPair keys;
    final String issuer;

    private Oidc(HttpServer server, KeyPair keys, String issuer) {
        this.server = server;
        this.keys = keys;
        this.issuer = issuer;
    }

    static Oidc start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/bench";
        RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"bench\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                + b64(unsigned(pub.getModulus())) + "\",\"e\":\"" + b64(unsigned(pub.getPublicExponent())) + "\"}]}";
        String discovery = """
                {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",
                 "authorization_endpoint":"%1$s/protocol/openid-connect/auth",
                 "token_endpoint":"%1$s/protocol/openid-connect/token",
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer);
        server.createContext("/realms/bench/.well-known/openid-configuration", ex -> respond(ex, discovery));
        server.createContext("/realms/bench/protocol/openid-connect/certs", ex -> respond(ex, jwks));
        server.start();
        return new Oidc(server, keys, issuer);
    }

    String token(String subject, String name) throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64(("{\"iss\":\"" + issuer + "\",\"aud\":\"firstsession-api\",\"sub\":\"" + subject
                + "\",\"iat\":" + now + ",\"exp\":" + (now + 7200) + ",\"typ\":\"Bearer\",\"azp\":\"firstsession-web\","
                + "\"preferred_username\":\"" + subject + "\",\"name\":\"" + name + "\",\"email\":\"" + subject
                + "@bench.invalid\",\"email_verified\":true,\"realm_access\":{\"roles\":[\"user\"]}}").getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(keys.getPrivate());
        signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + b64(signature.sign());
    }

    void stop() {
        server.stop(0);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange ex, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
