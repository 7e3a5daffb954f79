package org.firstsession.directory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which engine answers directory searches, under {@code firstsession.search.*} (README, "Search backends"). */
@ConfigMapping(prefix = "firstsession.search")
public interface SearchConfig {

    enum Backend {
        /** The tables themselves (nothing else to install; the default). */
        POSTGRES,
        /** An OpenSearch cluster that follows the database through the search outbox. */
        OPENSEARCH
    }

    /** {@code SEARCH_BACKEND}: postgres (default) or opensearch. All instances must use the same one. */
    Backend backend();

    OpenSearch opensearch();

    interface OpenSearch {

        /** {@code OPENSEARCH_URL}: one or more base URLs, e.g. http://os1:9200,http://os2:9200 (tried in turn). */
        List<String> url();

        Optional<String> username();

        Optional<String> password();

        /** {@code OPENSEARCH_INDEX}: the alias searches go to; each (re)build creates {@code <alias>-<timestamp>} behind it. */
        String index();

        /** How often each instance looks for changes to index; changes are searchable within about this plus the push. */
        @WithDefault("250ms")
        Duration indexInterval();

        /** Specialists indexed per bulk request. */
        @WithDefault("200")
        int batchSize();

        /** How long a claimed batch stays with one instance before another may take it over. */
        @WithDefault("30s")
        Duration claimLease();

        /** After a failed push the batch waits this long before the next attempt (changes wait, nothing is lost). */
        @WithDefault("5s")
        Duration retryAfter();

        /** Per request to OpenSearch; a search past it answers 503. */
        @WithDefault("5s")
        Duration requestTimeout();

        @WithDefault("2s")
        Duration connectTimeout();

        /** Replicas of the index: 0-1 gives one replica as soon as the cluster has a second node. */
        @WithDefault("0-1")
        String autoExpandReplicas();
    }
}
