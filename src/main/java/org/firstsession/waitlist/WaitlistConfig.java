package org.firstsession.waitlist;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Waitlist rules, under {@code firstsession.waitlist.*}. */
@ConfigMapping(prefix = "firstsession.waitlist")
public interface WaitlistConfig {

    /** How long an offered slot is held for the client it is offered to ({@code WAITLIST_HOLD}; default in application.properties). */
    Duration hold();

    /** How often each instance looks for slots to offer and offers that expired (read by WaitlistOffers' schedule). */
    String scanInterval();

    /** Waitlists one client may be on at once. */
    @WithDefault("5")
    int maxEntriesPerClient();
}
