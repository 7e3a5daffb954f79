package org.firstsession.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A real Keycloak (the Maven-unpacked {@code keycloak-quarkus-dist}) in dev mode on loopback, with the realm
 * export from {@code docker/} imported at start. Its data directory is wiped first, so every run starts from
 * the realm file alone.
 *
 * <p>No hostname is configured, so the issuer is the address the token was requested from: tokens are always
 * fetched from {@link #issuer()}, which is also what the app is pointed at.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "firstsession";
    /** The public front-end client of the realm: password grant, tokens carry {@code aud: firstsession-api}. */
    static final String WEB_CLIENT = "firstsession-web";

    private final ChildProcess process;
    private final String baseUrl;
    private final String adminPassword;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    record Token(String value, Instant expiresAt) {
    }

    private KeycloakServer(ChildProcess process, String baseUrl, String adminPassword) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.adminPassword = adminPassword;
    }

    /**
     * Starts Keycloak; {@code smtpPort} is where the realm sends its emails (verification, password reset), read
     * by the realm file's {@code ${KC_SMTP_…}} placeholders.
     */
    static KeycloakServer start(Path home, Path realmFile, Path log, Duration timeout, int smtpPort) {
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak at " + home + ": the pre-integration-test phase unpacks it"
                    + " (maven-dependency-plugin); run the ITs through ./mvnw verify");
        }
        Path data = home.resolve("data");
        deleteRecursively(data);
        try {
            Files.createDirectories(data.resolve("import"));
            Files.copy(realmFile, data.resolve("import").resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = FreePorts.next();
        String adminPassword = UUID.randomUUID().toString();
        ChildProcess process = ChildProcess.start("Keycloak",
                List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                        "--http-host=127.0.0.1", "--http-port=" + port,
                        // The management interface (9000 by default) would collide with anything else on 9000.
                        "--http-management-port=" + FreePorts.next()),
                Map.of("JAVA_HOME", System.getProperty("java.home"),
                        // kc.sh sizes the heap from the machine's RAM in containers; a test realm needs little.
                        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "e2e-admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
                        "KC_SMTP_HOST", "127.0.0.1",
                        "KC_SMTP_PORT", String.valueOf(smtpPort),
                        "KC_SMTP_FROM", "id@firstsession.test"),
                home, log);
        KeycloakServer keycloak = new KeycloakServer(process, "http://127.0.0.1:" + port, adminPassword);
        try {
            process.awaitHttpOk(keycloak.issuer() + "/.well-known/openid-configuration", timeout);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return keycloak;
    }

    /** The realm's issuer, e.g. {@code http://127.0.0.1:41234/realms/firstsession}. */
    String issuer() {
        return baseUrl + "/realms/" + REALM;
    }

    ChildProcess process() {
        return process;
    }

    /** An access token for a realm user, as the web front end gets it; reused until shortly before it expires. */
    String accessToken(String username, String password) {
        return tokens.compute(username, (user, cached) -> cached != null
                && cached.expiresAt().isAfter(Instant.now().plusSeconds(60)) ? cached : passwordGrant(WEB_CLIENT, user, password))
                .value();
    }

    /** A fresh token from the password grant of any public client of the realm. */
    Token passwordGrant(String clientId, String username, String password) {
        Instant requested = Instant.now();
        JsonPath response = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", username).formParam("password", password).formParam("scope", "openid")
                .post(issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().jsonPath();
        return new Token(response.getString("access_token"), requested.plusSeconds(response.getLong("expires_in")));
    }

    /** Adds a user to the realm through the admin REST API (as the bootstrap admin of the master realm). */
    void createUser(String username, String password, String firstName, String lastName, String email) {
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "emailVerified", true,
                        "firstName", firstName, "lastName", lastName, "email", email,
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post(baseUrl + "/admin/realms/" + REALM + "/users")
                .then().statusCode(201);
    }

    /** Creates a user whose email address is not verified yet (no password grant: Keycloak asks for the verification). */
    void createUnverifiedUser(String username, String password, String firstName, String lastName, String email) {
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "emailVerified", false,
                        "firstName", firstName, "lastName", lastName, "email", email,
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post(baseUrl + "/admin/realms/" + REALM + "/users")
                .then().statusCode(201);
    }

    /** Changes one top-level setting of the realm (e.g. {@code verifyEmail}); returns the value it had. */
    @SuppressWarnings("unchecked")
    Object setRealmSetting(String name, Object value) {
        String token = adminToken();
        String realm = baseUrl + "/admin/realms/" + REALM;
        Map<String, Object> representation = given().auth().oauth2(token).get(realm).then().statusCode(200).extract().as(Map.class);
        Object before = representation.get(name);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of(name, value)).put(realm).then().statusCode(204);
        return before;
    }

    /** Gives a realm user a realm role (e.g. {@code admin}). */
    @SuppressWarnings("unchecked")
    void grantRealmRole(String username, String role) {
        String token = adminToken();
        String users = baseUrl + "/admin/realms/" + REALM + "/users";
        String id = given().auth().oauth2(token).queryParam("username", username).queryParam("exact", true).get(users)
                .then().statusCode(200).extract().path("[0].id");
        Map<String, Object> roleRep = given().auth().oauth2(token).get(baseUrl + "/admin/realms/" + REALM + "/roles/" + role)
                .then().statusCode(200).extract().as(Map.class);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(List.of(roleRep))
                .post(users + "/" + id + "/role-mappings/realm").then().statusCode(204);
    }

    /** Adds a client to the realm (a ClientRepresentation as a map). */
    void createClient(Map<String, Object> client) {
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON).body(client)
                .post(baseUrl + "/admin/realms/" + REALM + "/clients")
                .then().statusCode(201);
    }

    /** Lets a client of the realm send browsers back to {@code redirectUri} (e.g. {@code http://127.0.0.1:1234/*}). */
    @SuppressWarnings("unchecked")
    void allowRedirect(String clientId, String redirectUri) {
        String token = adminToken();
        String clients = baseUrl + "/admin/realms/" + REALM + "/clients";
        String id = given().auth().oauth2(token).queryParam("clientId", clientId).get(clients)
                .then().statusCode(200).extract().path("[0].id");
        Map<String, Object> client = given().auth().oauth2(token).get(clients + "/" + id)
                .then().statusCode(200).extract().as(Map.class);
        List<String> uris = new java.util.ArrayList<>((List<String>) client.get("redirectUris"));
        uris.add(redirectUri);
        client.put("redirectUris", uris);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(client).put(clients + "/" + id)
                .then().statusCode(204);
    }

    private String adminToken() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "e2e-admin").formParam("password", adminPassword)
                .post(baseUrl + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    @Override
    public void close() {
        process.close();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }
}
