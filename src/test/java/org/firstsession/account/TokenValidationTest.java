package org.firstsession.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.firstsession.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Bearer tokens are validated for real against the provider's published keys and claims. */
@QuarkusTest
class TokenValidationTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Tokens.Builder someone() {
        return Tokens.forSubject("token-" + UUID.randomUUID()).name("Token Tester");
    }

    @Test
    void a_correctly_signed_token_is_accepted() {
        given().auth().oauth2(someone().sign()).get("/api/me")
                .then().statusCode(200).body("displayName", equalTo("Token Tester"));
    }

    @Test
    void a_request_without_token_is_401_problem() {
        given().get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void wrong_issuer_is_rejected() {
        rejected(someone().issuer("https://evil.example.org/realms/firstsession").sign());
    }

    @Test
    void wrong_audience_is_rejected() {
        rejected(someone().audience("another-api").sign());
    }

    @Test
    void missing_audience_is_rejected() {
        rejected(someone().audience(null).sign());
    }

    @Test
    void expired_token_is_rejected() {
        rejected(someone().expiresIn(-600).sign());
    }

    @Test
    void token_not_yet_valid_is_rejected() {
        rejected(someone().notBeforeIn(3600).sign());
    }

    @Test
    void unsigned_token_is_rejected() {
        rejected(someone().unsigned());
    }

    @Test
    void tampered_token_is_rejected() {
        Tokens.Builder builder = someone();
        String valid = builder.sign();
        String payload = builder.claims().toJson().replace("\"realm_access\":{\"roles\":[]}",
                "\"realm_access\":{\"roles\":[\"admin\"]}");
        rejected(Tokens.tamper(valid, payload));
    }

    @Test
    void token_signed_by_an_unknown_key_is_rejected() {
        rejected(someone().signWithForeignKey());
    }

    @Test
    void hs256_token_signed_with_the_public_key_is_rejected() {
        rejected(someone().hs256WithPublicKey());
    }

    @Test
    void garbage_token_is_rejected() {
        rejected("not-a-jwt");
    }

    @Test
    void an_admin_group_or_another_clients_admin_role_does_not_make_an_admin() {
        // Roles are read from ROLE_CLAIM_PATH (realm_access/roles) only: a provider may let users create groups,
        // and another client's roles say nothing about this API.
        String grouped = someone().claim("groups", java.util.List.of("admin")).sign();
        given().auth().oauth2(grouped).get("/api/me").then().statusCode(200).body("roles", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem("admin")));
        given().auth().oauth2(grouped).get("/api/admin/stats").then().statusCode(403);
        String otherClient = someone().claim("resource_access",
                java.util.Map.of("firstsession-api", java.util.Map.of("roles", java.util.List.of("admin")),
                        "some-other-app", java.util.Map.of("roles", java.util.List.of("admin")))).sign();
        given().auth().oauth2(otherClient).get("/api/admin/stats").then().statusCode(403);
        // The configured path itself still works.
        given().auth().oauth2(someone().role("admin").sign()).get("/api/admin/stats").then().statusCode(200);
    }

    private static void rejected(String token) {
        given().auth().oauth2(token).get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }
}
