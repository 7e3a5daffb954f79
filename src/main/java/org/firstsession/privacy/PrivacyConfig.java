package org.firstsession.privacy;

import io.smallrye.config.ConfigMapping;

/** Consent wording under {@code firstsession.privacy.*}. */
@ConfigMapping(prefix = "firstsession.privacy")
public interface PrivacyConfig {

    /** Version of the booking consent wording clients must have agreed to. */
    String bookingConsentVersion();
}
