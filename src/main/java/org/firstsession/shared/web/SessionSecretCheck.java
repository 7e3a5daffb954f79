package org.firstsession.shared.web;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.firstsession.shared.FirstSessionConfig;

/**
 * Production refuses to start without a shared {@code SESSION_SECRET}. The website's OIDC tenant reads its
 * secret only when the first page request arrives, so an unset variable would otherwise surface as a
 * per-instance generated secret (sessions that break across instances and restarts), not as a failed start.
 */
@ApplicationScoped
@IfBuildProfile("prod")
class SessionSecretCheck {

    static final int MIN_LENGTH = 32;

    @Inject
    FirstSessionConfig config;

    void check(@Observes StartupEvent event) {
        String secret = config.security().sessionSecret().orElse("");
        if (secret.strip().length() < MIN_LENGTH) {
            throw new IllegalStateException("Refusing to start: SESSION_SECRET must be set to the same secret of at least "
                    + MIN_LENGTH + " characters on every instance (e.g. head -c 32 /dev/urandom | base64)");
        }
    }
}
