package org.firstsession.shared.web;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.firstsession.shared.FirstSessionConfig;

/**
 * Production refuses to start without a required token audience ({@code OIDC_AUDIENCE}) and a shared
 * {@code SESSION_SECRET}. Quarkus reads the OIDC tenants' settings lazily, so an unset variable would
 * otherwise surface later (tokens of any client accepted; a per-instance generated session secret whose
 * sessions break across instances and restarts), never as a failed start.
 */
@ApplicationScoped
@IfBuildProfile("prod")
class ProdSettingsCheck {

    static final int MIN_LENGTH = 32;

    @Inject
    FirstSessionConfig config;

    void check(@Observes StartupEvent event) {
        if (config.security().requiredAudience().orElse("").isBlank()) {
            throw new IllegalStateException("Refusing to start: OIDC_AUDIENCE must name the API's client (e.g. firstsession-api); "
                    + "without it tokens issued to any client of the realm would be accepted");
        }
        String secret = config.security().sessionSecret().orElse("");
        if (secret.strip().length() < MIN_LENGTH) {
            throw new IllegalStateException("Refusing to start: SESSION_SECRET must be set to the same secret of at least "
                    + MIN_LENGTH + " characters on every instance (e.g. head -c 32 /dev/urandom | base64)");
        }
    }
}
