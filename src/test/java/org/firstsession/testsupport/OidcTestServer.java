package org.firstsession.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real, minimal OpenID provider for the tests: OIDC discovery and a JWKS endpoint served over HTTP on
 * loopback, with an RSA key generated per run. The application fetches the keys exactly as it would
 * from Keycloak, so the tests exercise real signature, issuer, audience and expiry validation.
 * {@link Tokens} signs tokens with the private half.
 */
public class OidcTestServer implements QuarkusTestResourceLifecycleManager {

    static final String KEY_ID = "test-key-1";
    private static volatile RsaJsonWebKey signingKey;
    private static volatile String issuer;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(KEY_ID);
            key.setAlgorithm("RS256");
            key.setUse("sig");
            signingKey = key;
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/firstsession";
            String base = "/realms/firstsession";
            String jwks = "{\"keys\":[" + key.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY) + "]}";
            String discovery = """
                    {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",
                     "authorization_endpoint":"%1$s/protocol/openid-connect/auth",
                     "token_endpoint":"%1$s/protocol/openid-connect/token",
                     "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer);
            server.createContext(base + "/.well-known/openid-configuration", exchange -> json(exchange, discovery));
            server.createContext(base + "/protocol/openid-connect/certs", exchange -> json(exchange, jwks));
            server.start();
            return Map.of("quarkus.oidc.auth-server-url", issuer);
        } catch (IOException | JoseException e) {
            throw new IllegalStateException("could not start the test OIDC provider", e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    static RsaJsonWebKey signingKey() {
        return signingKey;
    }

    static String issuer() {
        return issuer;
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
