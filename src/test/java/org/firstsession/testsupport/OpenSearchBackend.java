package org.firstsession.testsupport;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Test profile: the directory on OpenSearch ({@code SEARCH_BACKEND=opensearch}) against the real server of
 * {@link OpenSearchServer}. Each profile start gets an alias of its own (the database is fresh too).
 */
public class OpenSearchBackend implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "firstsession.search.backend", "opensearch",
                "firstsession.search.opensearch.url", OpenSearchServer.url(),
                "firstsession.search.opensearch.index", "fs-test-" + UUID.randomUUID().toString().substring(0, 8),
                "firstsession.search.opensearch.request-timeout", "3s",
                "firstsession.search.opensearch.connect-timeout", "1s",
                // after an outage, the waiting changes go out within a second
                "firstsession.search.opensearch.retry-after", "1s");
    }
}
