package org.firstsession.directory;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Directory settings, under {@code firstsession.directory.*}. */
@ConfigMapping(prefix = "firstsession.directory")
public interface DirectoryConfig {

    /**
     * The directory counts matches up to this many; beyond it a page says {@code total} = this number and
     * {@code totalExact} = false ("1,000+"). Counting every match of a broad search costs time in
     * proportion to the data (docs/benchmarks.md); a capped count stays constant.
     */
    int countLimit();

    /**
     * The longest any one directory statement may run; past it PostgreSQL cancels it and the caller gets
     * 503 with Retry-After. An anonymous search must never hold a pooled connection for long.
     */
    Duration statementTimeout();

    /**
     * The currency {@code maxFee} is in when a search does not name one ({@code currency}); unset (the default),
     * {@code maxFee} without {@code currency} is a 400: amounts in different currencies are not comparable.
     */
    Optional<String> defaultCurrency();
}
