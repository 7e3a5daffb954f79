package org.firstsession.shared;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Application settings under {@code firstsession.*}; see application.properties and the README. */
@ConfigMapping(prefix = "firstsession")
public interface FirstSessionConfig {

    /** Public address of the site, for share links and links in emails; no trailing slash needed. */
    String publicBaseUrl();

    Security security();

    interface Security {
        /** Token role that makes an account an admin. */
        @WithDefault("admin")
        String adminRole();

        /**
         * Issuer to key accounts by instead of the token's {@code iss}. Only for dev mode, whose built-in
         * OIDC server gets a new port (and so a new issuer) on every start; never set it in prod.
         */
        Optional<String> accountIssuer();

        /** The website's session secret as prod sees it ({@code SESSION_SECRET}); checked at start in prod. */
        Optional<String> sessionSecret();

        /** The token audience as prod sees it ({@code OIDC_AUDIENCE}); checked at start in prod. */
        Optional<String> requiredAudience();
    }

    default String link(String path) {
        String base = publicBaseUrl().endsWith("/") ? publicBaseUrl().substring(0, publicBaseUrl().length() - 1) : publicBaseUrl();
        return base + path;
    }
}
