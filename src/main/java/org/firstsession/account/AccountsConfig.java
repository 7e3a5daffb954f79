package org.firstsession.account;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * How people open, verify and secure their accounts at the identity provider ({@code firstsession.accounts.*}).
 * The app never handles passwords: each account action is an authorization request with extra parameters, so any
 * OIDC provider works; the defaults are the standard {@code prompt=create} and Keycloak's application-initiated
 * actions ({@code kc_action}).
 */
@ConfigMapping(prefix = "firstsession.accounts")
public interface AccountsConfig {

    /** Extra authorization-request parameters that open the provider's registration page. */
    String signupParams();

    /** … that make the provider send the verification email again. */
    String verifyEmailParams();

    /** … that let a logged-in person change their password. */
    String passwordParams();

    /** … that let a logged-in person set up two-factor login (an authenticator app). */
    String twoFactorParams();

    /** Admin role only with a second factor in the token ({@code amr} or {@code acr}, below). */
    boolean adminRequireMfa();

    /** {@code amr} values (RFC 8176) that show a second factor. */
    List<String> secondFactorAmr();

    /** {@code acr} values that show a second factor (provider-specific; none by default). */
    Optional<List<String>> secondFactorAcr();

    /** The provider's user-administration API, to delete an erased person's login too (optional). */
    ProviderAdmin providerAdmin();

    interface ProviderAdmin {
        /** Base URL of the users collection, e.g. Keycloak's {@code https://id.example/admin/realms/firstsession/users}. */
        Optional<String> usersUrl();

        /** Client with the right to delete users (Keycloak: service account with realm-management/manage-users). */
        Optional<String> clientId();

        Optional<String> clientSecret();

        /** Token endpoint for the client-credentials grant; unset = the provider's, from OIDC discovery. */
        Optional<String> tokenUrl();
    }
}
