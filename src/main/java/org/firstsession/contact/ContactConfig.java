package org.firstsession.contact;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** "Contact us" settings under {@code firstsession.contact.*}. */
@ConfigMapping(prefix = "firstsession.contact")
public interface ContactConfig {

    /** Staff address every contact request is forwarded to. */
    String forwardTo();

    /** Contact requests one account may send within any hour; more are a 429. */
    @WithDefault("5")
    int maxPerHour();

    /** Closed contact requests are deleted after this period. */
    Period closedRetention();
}
