package org.firstsession.web;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.account.AccountsConfig;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.quarkus.oidc.TenantFeature;
import java.util.Set;

/**
 * Turns the pages' account actions into authorization requests: {@code /signup} adds the provider's registration
 * parameters ({@code prompt=create}), {@code /reauth?action=…} adds those of an account action (verify the email
 * again, change the password, set up two-factor login). Everything else about the login stays Quarkus' code flow,
 * so the answer comes back to the same callback, state check and session.
 */
@ApplicationScoped
@Unremovable
@TenantFeature(WebTenantResolver.WEB_TENANT)
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
class ProviderActions implements OidcRedirectFilter {

    static final String SIGNUP_PATH = "/signup";
    static final String REAUTH_PATH = "/reauth";

    private final Map<String, String> actions;
    private final String signup;

    ProviderActions(AccountsConfig config) {
        this.signup = config.signupParams();
        this.actions = Map.of("verify-email", config.verifyEmailParams(), "password", config.passwordParams(),
                "two-factor", config.twoFactorParams());
    }

    /** The account actions {@code /reauth} knows. */
    static final Set<String> ACTIONS = Set.of("verify-email", "password", "two-factor");

    @Override
    public void filter(OidcRedirectContext context) {
        String path = context.routingContext().normalizedPath();
        String params = null;
        if (SIGNUP_PATH.equals(path)) {
            params = signup;
        } else if (REAUTH_PATH.equals(path)) {
            params = actions.get(context.routingContext().request().getParam("action"));
        }
        if (params == null || params.isBlank()) {
            return;
        }
        for (String pair : params.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                context.additionalQueryParams().add(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
    }
}
