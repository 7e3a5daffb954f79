package org.firstsession.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/**
 * The packaged app validates real Keycloak tokens: a token from the realm's front-end client identifies the
 * user and carries their roles; a changed payload, a broken signature, garbage, a token for another audience
 * and an expired token are all 401.
 */
@ExtendWith(E2eExtension.class)
class KeycloakTokenIT {

    /** A public client without the audience mapper: its tokens say {@code aud: account}, not firstsession-api. */
    private static final String OTHER_APP = "e2e-other-app";
    /** Like firstsession-web, but its access tokens live 5 seconds. */
    private static final String SHORT_LIVED = "e2e-short-lived";
    private static final int SHORT_LIFESPAN_SECONDS = 5;

    private static E2eEnvironment env;

    @BeforeAll
    static void connect(E2eEnvironment environment) {
        env = environment;
        env.keycloak().createClient(Map.of("clientId", OTHER_APP, "publicClient", true,
                "directAccessGrantsEnabled", true, "standardFlowEnabled", false));
        env.keycloak().createClient(Map.of("clientId", SHORT_LIVED, "publicClient", true,
                "directAccessGrantsEnabled", true, "standardFlowEnabled", false,
                "attributes", Map.of("access.token.lifespan", String.valueOf(SHORT_LIFESPAN_SECONDS)),
                "protocolMappers", List.of(Map.of("name", "audience firstsession-api", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper",
                        "config", Map.of("included.client.audience", "firstsession-api", "access.token.claim", "true")))));
    }

    @Test
    void a_keycloak_token_identifies_the_user_with_name_email_and_roles() {
        env.as(RealmUser.ADMIN).get("/api/me").then().statusCode(200)
                .body("displayName", equalTo("Ada Admin"))
                .body("email", equalTo("admin@example.org"))
                .body("roles", hasItem("admin"));
        env.as(RealmUser.CLIENT).get("/api/me").then().statusCode(200)
                .body("displayName", equalTo("Clara Client"))
                .body("email", equalTo("client@example.org"))
                .body("roles", hasItem("client"))
                .body("roles", not(hasItem("admin")));
        env.as(RealmUser.CLIENT).get("/api/admin/stats").then().statusCode(403);
        env.as(RealmUser.ADMIN).get("/api/admin/stats").then().statusCode(200);
    }

    @Test
    void a_token_whose_payload_was_changed_is_refused() {
        String[] parts = env.token(RealmUser.CLIENT).split("\\.");
        String payload = decode(parts[1]);
        String promoted = payload.replace("\"realm_access\":{\"roles\":[", "\"realm_access\":{\"roles\":[\"admin\",");
        assertNotEquals(payload, promoted, "the Keycloak token has realm_access.roles: " + payload);
        refused(parts[0] + "." + encode(promoted) + "." + parts[2]);
    }

    @Test
    void a_token_with_a_broken_signature_is_refused() {
        String token = env.token(RealmUser.CLIENT);
        int i = token.lastIndexOf('.') + 10; // well inside the signature: every bit there counts
        refused(token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1));
    }

    @Test
    void garbage_and_missing_tokens_are_refused() {
        refused("not-a-jwt");
        refused("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        env.app().get("/api/me").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void a_keycloak_token_for_another_audience_is_refused() {
        String token = env.keycloak().passwordGrant(OTHER_APP, "client", "client-password").value();
        assertTrue(!decode(token.split("\\.")[1]).contains("firstsession-api"), "the token names no firstsession-api audience");
        refused(token);
    }

    @Test
    void a_keycloak_token_is_refused_once_it_has_expired() throws InterruptedException {
        String token = env.keycloak().passwordGrant(SHORT_LIVED, "client", "client-password").value();
        env.app().auth().oauth2(token).get("/api/me").then().statusCode(200);
        long exp = JsonPath.from(decode(token.split("\\.")[1])).getLong("exp");
        long wait = Instant.ofEpochSecond(exp).plusSeconds(2).toEpochMilli() - System.currentTimeMillis();
        Thread.sleep(Math.max(0, wait));
        refused(token);
    }

    private static void refused(String token) {
        env.app().auth().oauth2(token).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
