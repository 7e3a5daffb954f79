package org.firstsession.directory.opensearch;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.firstsession.directory.SearchConfig;

/**
 * Readiness includes OpenSearch when it is the search backend: reachable and the cluster not red. (A
 * rebuild does not make an instance unready: the old index serves meanwhile.)
 */
@Readiness
@ApplicationScoped
class OpenSearchHealthCheck implements HealthCheck {

    private final SearchConfig config;
    private final SearchIndex index;

    OpenSearchHealthCheck(SearchConfig config, SearchIndex index) {
        this.config = config;
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        if (config.backend() != SearchConfig.Backend.OPENSEARCH) {
            return HealthCheckResponse.named("search").up().withData("backend", "postgres").build();
        }
        try {
            String status = index.health();
            return HealthCheckResponse.named("search").status(!"red".equals(status))
                    .withData("backend", "opensearch").withData("cluster", status).build();
        } catch (OpenSearchClient.Unavailable e) {
            return HealthCheckResponse.named("search").down().withData("backend", "opensearch")
                    .withData("cluster", "unreachable").build();
        }
    }
}
