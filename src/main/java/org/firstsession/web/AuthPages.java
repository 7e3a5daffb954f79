package org.firstsession.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstsession.account.CurrentUser;
import org.firstsession.shared.FirstSessionConfig;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;

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
    private final jakarta.enterprise.inject.Instance<OidcConfigurationMetadata> metadata;

    AuthPages(CurrentUser currentUser, OidcSession session, FirstSessionConfig config,
            jakarta.enterprise.inject.Instance<OidcConfigurationMetadata> metadata,
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
