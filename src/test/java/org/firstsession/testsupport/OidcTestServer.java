package org.firstsession.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real, minimal OpenID provider for the tests: OIDC discovery and a JWKS endpoint served over HTTP on
 * loopback, with an RSA key generated per run. The application fetches the keys exactly as it would
 * from Keycloak, so the tests exercise real signature, issuer, audience and expiry validation.
 * {@link Tokens} signs tokens with the private half.
 *
 * <p>For the pages it is also a tiny authorization server (code flow with PKCE): the authorize endpoint
 * logs in, without a form, the user registered under the {@code login_hint} it is given (see
 * {@link WebSession}), or shows a one-field form asking for one; the token endpoint trades the code for a
 * signed ID token and access token; the end-session endpoint sends the browser back.
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
                     "end_session_endpoint":"%1$s/protocol/openid-connect/logout",
                     "response_types_supported":["code"],"code_challenge_methods_supported":["S256"],
                     "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer);
            server.createContext(base + "/.well-known/openid-configuration", exchange -> json(exchange, discovery));
            server.createContext(base + "/protocol/openid-connect/certs", exchange -> json(exchange, jwks));
            server.createContext(base + "/protocol/openid-connect/auth", OidcTestServer::authorize);
            server.createContext(base + "/protocol/openid-connect/token", OidcTestServer::token);
            server.createContext(base + "/protocol/openid-connect/logout", OidcTestServer::endSession);
            server.createContext("/admin" + base + "/users/", OidcTestServer::adminUsers);
            server.start();
            return Map.of("quarkus.oidc.auth-server-url", issuer,
                    "firstsession.accounts.provider-admin.users-url", "http://127.0.0.1:" + server.getAddress().getPort()
                            + "/admin" + base + "/users",
                    "firstsession.accounts.provider-admin.client-id", ADMIN_CLIENT_ID,
                    "firstsession.accounts.provider-admin.client-secret", ADMIN_CLIENT_SECRET);
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

    /** A user the authorize endpoint can log in: {@code login_hint=<subject>}. */
    public record LoginUser(String subject, String name, String email, List<String> roles, boolean emailVerified,
            List<String> amr, Map<String, Object> extraClaims) {

        /** A verified user who logs in with two factors (what most tests need). */
        public LoginUser(String subject, String name, String email, List<String> roles) {
            this(subject, name, email, roles, true, List.of("pwd", "otp"));
        }

        public LoginUser(String subject, String name, String email, List<String> roles, boolean emailVerified, List<String> amr) {
            this(subject, name, email, roles, emailVerified, amr, Map.of());
        }
    }

    /** Client of the provider's admin API (see {@link #deletedLogins()}). */
    public static final String ADMIN_CLIENT_ID = "firstsession-admin";
    public static final String ADMIN_CLIENT_SECRET = "test-admin-secret";
    private static final String ADMIN_TOKEN = "admin-api-token-" + UUID.randomUUID();
    private static final List<String> DELETED = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final List<String> AUTHORIZE_QUERIES = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Subjects whose login the app deleted through the admin API ({@code DELETE …/users/{subject}}). */
    public static List<String> deletedLogins() {
        return List.copyOf(DELETED);
    }

    /** The raw query strings of every authorization request so far (e.g. to find {@code prompt=create}). */
    public static List<String> authorizationRequests() {
        return List.copyOf(AUTHORIZE_QUERIES);
    }

    private record Grant(LoginUser user, String clientId, String redirectUri, String codeChallenge, String nonce) {
    }

    private static final Map<String, LoginUser> USERS = new ConcurrentHashMap<>();
    private static final Map<String, Grant> CODES = new ConcurrentHashMap<>();

    public static void register(LoginUser user) {
        USERS.put(user.subject(), user);
    }

    private static void authorize(HttpExchange exchange) throws IOException {
        AUTHORIZE_QUERIES.add(exchange.getRequestURI().getRawQuery());
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        LoginUser user = query.get("login_hint") == null ? null : USERS.get(query.get("login_hint"));
        String redirectUri = query.get("redirect_uri");
        if (redirectUri == null || !redirectUri.startsWith("http://localhost:") && !redirectUri.startsWith("http://127.0.0.1:")
                || !"code".equals(query.get("response_type")) || query.get("code_challenge") == null) {
            send(exchange, 400, "text/plain", "bad authorization request: " + query);
            return;
        }
        if (user == null) {
            StringBuilder page = new StringBuilder("<!DOCTYPE html><title>Test login</title><form method=get>");
            for (var entry : query.entrySet()) {
                if (!entry.getKey().equals("login_hint")) {
                    page.append("<input type=hidden name=\"").append(entry.getKey()).append("\" value=\"")
                            .append(entry.getValue().replace("&", "&amp;").replace("\"", "&quot;")).append("\">");
                }
            }
            page.append("<label>User <input name=login_hint></label><button>Log in</button></form>");
            send(exchange, 200, "text/html", page.toString());
            return;
        }
        String code = UUID.randomUUID().toString();
        CODES.put(code, new Grant(user, query.get("client_id"), redirectUri, query.get("code_challenge"), query.get("nonce")));
        String location = redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + code + "&state="
                + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if ("client_credentials".equals(body.get("grant_type"))) {
            if (ADMIN_CLIENT_ID.equals(body.get("client_id")) && ADMIN_CLIENT_SECRET.equals(body.get("client_secret"))) {
                json(exchange, "{\"access_token\":\"" + ADMIN_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":60}");
            } else {
                send(exchange, 401, "application/json", "{\"error\":\"unauthorized_client\"}");
            }
            return;
        }
        Grant grant = body.get("code") == null ? null : CODES.remove(body.get("code"));
        if (!"authorization_code".equals(body.get("grant_type")) || grant == null
                || !grant.redirectUri().equals(body.get("redirect_uri")) || !pkceMatches(grant, body.get("code_verifier"))) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        LoginUser user = grant.user();
        Tokens.Builder access = Tokens.forSubject(user.subject()).name(user.name()).email(user.email())
                .emailVerified(user.emailVerified()).amr(user.amr().toArray(String[]::new));
        user.roles().forEach(access::role);
        user.extraClaims().forEach(access::claim);
        JwtClaims id = new JwtClaims();
        id.setIssuer(issuer);
        id.setAudience(grant.clientId());
        id.setSubject(user.subject());
        id.setIssuedAtToNow();
        id.setExpirationTimeMinutesInTheFuture(10);
        id.setClaim("typ", "ID");
        id.setClaim("azp", grant.clientId());
        id.setClaim("preferred_username", user.subject());
        id.setClaim("name", user.name());
        id.setClaim("email", user.email());
        id.setClaim("email_verified", user.emailVerified());
        if (!user.amr().isEmpty()) {
            id.setStringListClaim("amr", user.amr());
        }
        if (grant.nonce() != null) {
            id.setClaim("nonce", grant.nonce());
        }
        json(exchange, "{\"access_token\":\"" + access.sign() + "\",\"id_token\":\"" + Tokens.signClaims(id)
                + "\",\"token_type\":\"Bearer\",\"expires_in\":600}");
    }

    private static boolean pkceMatches(Grant grant, String verifier) {
        if (verifier == null) {
            return false;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).equals(grant.codeChallenge());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code DELETE /admin/realms/firstsession/users/{subject}} with the admin client's token: 204, recorded. */
    private static void adminUsers(HttpExchange exchange) throws IOException {
        if (!"DELETE".equals(exchange.getRequestMethod())
                || !("Bearer " + ADMIN_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 403, "application/json", "{\"error\":\"forbidden\"}");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        DELETED.add(URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private static void endSession(HttpExchange exchange) throws IOException {
        String back = form(exchange.getRequestURI().getRawQuery()).get("post_logout_redirect_uri");
        exchange.getResponseHeaders().add("Location", back == null ? "http://localhost/" : back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(key, value);
        }
        return out;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
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
