package org.firstsession.web;

import static org.firstsession.shared.i18n.Details.problem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstsession.account.CurrentUser;
import org.firstsession.shared.FirstSessionConfig;
import org.firstsession.shared.error.ProblemException;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.enterprise.inject.Instance;

/**
 * Browser login and logout. {@code /login} is guarded by an HTTP permission (application.properties), so an
 * anonymous request gets the {@code web} tenant's challenge: the provider's login page, then back here, then
 * on to {@code next} if it is a local path.
 */
@Path("/")
public class AuthPages {

    private final CurrentUser currentUser;
    private final OidcSession session;
    private final FirstSessionConfig config;
    private final String webClientId;
    private final Instance<OidcConfigurationMetadata> metadata;

    /** Where "For specialists" leads after signing up or logging in. */
    static final String PROFILE_FORM = "/specialist/profile";

    AuthPages(CurrentUser currentUser, OidcSession session, FirstSessionConfig config,
            Instance<OidcConfigurationMetadata> metadata,
            @ConfigProperty(name = "quarkus.oidc.web.client-id") String webClientId) {
        this.currentUser = currentUser;
        this.session = session;
        this.config = config;
        this.webClientId = webClientId;
        this.metadata = metadata;
    }

    @GET
    @Path("login")
    @Authenticated
    public Response login(@QueryParam("next") String next) {
        currentUser.accountId(); // the account exists from the first login on
        return WebPaths.seeOther(WebPaths.safeNext(next));
    }

    /**
     * Sign up: like {@code /login} (the same permission, the same {@code next} rules), but the authorization
     * request opens the provider's registration page ({@link ProviderActions}); back at {@code next} logged in.
     */
    @GET
    @Path("signup")
    @Authenticated
    public Response signup(@QueryParam("next") String next) {
        return login(next);
    }

    /**
     * Back from an account action at the provider ({@code action}: verify-email, password, two-factor): the new
     * tokens carry its result (e.g. {@code email_verified: true}); then on to {@code next}.
     */
    @GET
    @Path("reauth")
    @Authenticated
    public Response reauth(@QueryParam("next") String next) {
        return login(next);
    }

    /**
     * Starts an account action at the provider: ends the session here only (the provider's stays, so no password
     * is asked again), then {@code /reauth} sends a fresh authorization request with the action's parameters.
     * A POST with the CSRF token, so another site cannot start it.
     */
    @POST
    @Path("account/provider/{action}")
    @Authenticated
    public Response providerAction(@PathParam("action") String action,
            @FormParam("next") String next) {
        if (!ProviderActions.ACTIONS.contains(action)) {
            throw ProblemException.notFound(problem(m -> m.not_found_account_action()));
        }
        session.logout().await().indefinitely();
        return WebPaths.seeOther(ProviderActions.REAUTH_PATH + "?action=" + encode(action) + "&next="
                + encode(WebPaths.safeNext(next == null ? "/account" : next)));
    }

    /**
     * Where the provider sends people back when a login did not complete (cancelled, refused, expired): what to
     * do next, including how to get a new password.
     */
    @GET
    @Path("login-error")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance loginError() {
        return Templates.loginError();
    }

    /** "For specialists": the promise, then sign up (or log in) straight into the profile form. */
    @GET
    @Path("for-specialists")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance forSpecialists() {
        return Templates.forSpecialists(Viewer.loginLink(PROFILE_FORM), "/signup?next=" + encode(PROFILE_FORM));
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance loginError();

        static native TemplateInstance forSpecialists(String loginLink, String signupLink);
    }

    /**
     * Ends the session here, then at the provider (RP-initiated logout) so the next "Log in" asks again; back
     * to the home page afterwards. A POST with the CSRF token: another site cannot log people out.
     */
    @POST
    @Path("logout")
    @PermitAll
    public Response logout() {
        if (!currentUser.isLoggedIn()) {
            return WebPaths.seeOther("/");
        }
        String idToken = session.getIdToken() == null ? null : session.getIdToken().getRawToken();
        String endSession = metadata.get().getEndSessionUri();
        session.logout().await().indefinitely();
        if (endSession == null) {
            return WebPaths.seeOther("/");
        }
        StringBuilder url = new StringBuilder(endSession).append(endSession.contains("?") ? '&' : '?')
                .append("client_id=").append(encode(webClientId))
                .append("&post_logout_redirect_uri=").append(encode(config.link("/")));
        if (idToken != null) {
            url.append("&id_token_hint=").append(encode(idToken));
        }
        return WebPaths.seeOther(url.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
