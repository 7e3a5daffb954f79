package org.firstsession.web;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.account.AccountsConfig;
import org.firstsession.shared.i18n.Languages;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.quarkus.oidc.TenantFeature;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.util.Set;

/**
 * Turns the pages' account actions into authorization requests: {@code /signup} adds the provider's registration
 * parameters ({@code prompt=create}), {@code /reauth?action=…} adds those of an account action (verify the email
 * again, change the password, set up two-factor login); every one names the visitor's language ({@code ui_locales}).
 * Everything else about the login stays Quarkus' code flow, so the answer comes back to the same callback, state
 * check and session.
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
    private final Languages languages;

    ProviderActions(AccountsConfig config, Languages languages) {
        this.languages = languages;
        this.signup = config.signupParams();
        this.actions = Map.of("verify-email", config.verifyEmailParams(), "password", config.passwordParams(),
                "two-factor", config.twoFactorParams());
    }

    /** The account actions {@code /reauth} knows. */
    static final Set<String> ACTIONS = Set.of("verify-email", "password", "two-factor");

    @Override
    public void filter(OidcRedirectContext context) {
        // The provider's pages and the emails it sends before we know the person (the sign-up's verification
        // link, a password reset) in the visitor's language: OIDC's ui_locales, from the switcher's cookie or
        // the browser's Accept-Language. Keycloak honours it with internationalization on (the reference realm).
        HttpServerRequest request = context.routingContext().request();
        Cookie chosen = request.getCookie(VisitorLanguage.COOKIE);
        languages.parse(chosen == null ? null : chosen.getValue())
                .or(() -> languages.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
                .ifPresent(language -> context.additionalQueryParams().add("ui_locales", language.toLanguageTag()));
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
