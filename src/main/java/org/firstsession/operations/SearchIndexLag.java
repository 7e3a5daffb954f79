package org.firstsession.operations;

import java.time.Duration;
import java.util.Optional;

/**
 * Hook for a search backend that indexes asynchronously: a bean implementing this reports how far its
 * index is behind the database. {@link OperationsMetrics} publishes it as
 * {@code firstsession_search_index_lag_seconds} and {@link DegradedHealthCheck} reports "degraded" past
 * {@code firstsession.ops.index-lag-threshold}. Without such a bean (the PostgreSQL directory, which
 * searches the tables themselves) there is no lag and no gauge.
 */
public interface SearchIndexLag {

    /** How long the oldest change not yet searchable has waited; empty when the index is current. */
    Optional<Duration> lag();
}
