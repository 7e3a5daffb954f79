package org.firstsession.shared.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request rate limits ({@code firstsession.rate-limit.*}); see application.properties and the README. */
@ConfigMapping(prefix = "firstsession.rate-limit")
public interface RateLimitConfig {

    /** Off only for benchmarks and load tests. */
    boolean enabled();

    /** Requests a minute from one client address without a login (bursts up to the same number). */
    int anonymousPerMinute();

    /** Requests a minute from one logged-in account, whatever its addresses. */
    int accountPerMinute();

    /** How often full (expired) buckets are deleted. */
    @WithDefault("1m")
    String cleanupInterval();
}
