package org.firstsession.operations;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** What an operator tunes about monitoring, under {@code firstsession.ops.*} (README, "Configuration"). */
@ConfigMapping(prefix = "firstsession.ops")
public interface OperationsConfig {

    /** How often the database-wide gauges (emails by status, outbox lag) are sampled. */
    String sampleInterval();

    /** Health turns "degraded" once emails have been failing for longer than this. */
    Duration emailFailingThreshold();

    /** Health turns "degraded" once the search index lags the database by more than this. */
    Duration indexLagThreshold();
}
