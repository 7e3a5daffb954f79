package org.firstsession.privacy;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Consent wording and retention periods under {@code firstsession.privacy.*}. */
@ConfigMapping(prefix = "firstsession.privacy")
public interface PrivacyConfig {

    /** Version of the booking consent wording clients must have agreed to. */
    @WithDefault("2026-11")
    String bookingConsentVersion();

    /** Notes of cancelled and past bookings are purged after this period. */
    @WithDefault("P6M")
    Period bookingNoteRetention();

    /** Closed contact requests are deleted after this period. */
    @WithDefault("P12M")
    Period closedContactRetention();
}
