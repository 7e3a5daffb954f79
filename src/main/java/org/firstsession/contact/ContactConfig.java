package org.firstsession.contact;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;
import java.util.Optional;

/** "Contact us" settings under {@code firstsession.contact.*}. */
@ConfigMapping(prefix = "firstsession.contact")
public interface ContactConfig {

    /** Staff address every contact request is forwarded to. */
    String forwardTo();

    /**
     * The language of the staff email ({@code en}, {@code de}, …); unset: each email in the sender's language.
     * A code the platform does not speak counts as unset.
     */
    Optional<String> forwardLanguage();

    /** Contact requests one account may send within any hour; more are a 429. */
    @WithDefault("5")
    int maxPerHour();

    /** Closed contact requests are deleted after this period. */
    Period closedRetention();
}
