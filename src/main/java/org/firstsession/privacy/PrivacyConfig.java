package org.firstsession.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Consent wording under {@code firstsession.privacy.*}. */
@ConfigMapping(prefix = "firstsession.privacy")
public interface PrivacyConfig {

    /** Version of the booking consent wording clients must have agreed to. */
    @WithDefault("2026-11")
    String bookingConsentVersion();
}
