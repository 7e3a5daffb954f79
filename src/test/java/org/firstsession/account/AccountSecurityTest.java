package org.firstsession.account;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.firstsession.testsupport.OidcTestServer;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Two-factor login for admins (ADMIN_REQUIRE_MFA) and erasure reaching the provider's login (OIDC_ADMIN_*). */
@QuarkusTest
class AccountSecurityTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void the_admin_role_counts_only_with_a_second_factor() {
        TestUser oneFactor = TestUser.adminWithoutSecondFactor();
        oneFactor.request().get("/api/admin/stats").then().statusCode(403);
        oneFactor.request().get("/api/admin/contact").then().statusCode(403);
        oneFactor.request().get("/api/me").then().statusCode(200).body("roles", not(hasItem("admin")));
        TestUser twoFactors = TestUser.admin();
        twoFactors.request().get("/api/admin/stats").then().statusCode(200);
        twoFactors.request().get("/api/me").then().statusCode(200).body("roles", hasItem("admin"));
    }

    @Test
    void erasing_an_account_also_deletes_its_login_at_the_provider() {
        TestUser user = TestUser.client();
        user.request().get("/api/me").then().statusCode(200);
        user.request().body(Map.of("confirm", "DELETE MY ACCOUNT")).delete("/api/me").then().statusCode(204);
        assertTrue(OidcTestServer.deletedLogins().contains(user.subject()), "the provider was asked to delete the login");
    }

    @Test
    void a_refused_erasure_leaves_the_login_at_the_provider() {
        TestUser user = TestUser.client();
        user.request().get("/api/me").then().statusCode(200);
        user.request().body(Map.of("confirm", "delete")).delete("/api/me").then().statusCode(400);
        assertFalse(OidcTestServer.deletedLogins().contains(user.subject()));
        user.request().get("/api/me").then().statusCode(200);
    }
}
