package org.firstsession.directory.opensearch;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.directory.DirectoryProblem;
import org.firstsession.directory.SearchConfig;
import org.firstsession.moderation.AuditLog;
import org.firstsession.shared.error.ServiceUnavailableException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The admins' view of the search backend: its status, and rebuilding the OpenSearch index. */
@ApplicationScoped
class SearchAdminService {

    static final String REINDEX = "SEARCH_REINDEX";

    /** {@code documents}: searchable documents (OpenSearch) or listed profiles (PostgreSQL, which searches the tables). */
    record SearchStatus(String backend, long documents, long pending, Instant lastIndexedAt, String index, String rebuilding) {
    }

    private final SearchConfig config;
    private final SearchIndexer indexer;
    private final SearchIndex index;
    private final AuditLog audit;
    private final EntityManager em;

    SearchAdminService(SearchConfig config, SearchIndexer indexer, SearchIndex index, AuditLog audit, EntityManager em) {
        this.config = config;
        this.indexer = indexer;
        this.index = index;
        this.audit = audit;
        this.em = em;
    }

    SearchStatus status() {
        if (config.backend() == SearchConfig.Backend.POSTGRES) {
            long listed = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM specialist WHERE status = 'PUBLISHED' AND suspended_at IS NULL").getSingleResult()).longValue());
            return new SearchStatus("postgres", listed, 0, null, null, null);
        }
        long documents;
        String serving;
        try {
            documents = index.count();
            serving = String.join(",", index.aliasTargets());
        } catch (OpenSearchClient.Unavailable e) {
            throw new ServiceUnavailableException("OpenSearch cannot be reached; changes wait in the outbox.", 5);
        }
        return new SearchStatus("opensearch", documents, indexer.pending(), indexer.lastIndexedAt(),
                serving.isEmpty() ? null : serving, indexer.building());
    }

    /**
     * Starts a rebuild without downtime: a new index fills from the database while the old one keeps serving
     * (changes go to both); the alias moves when the new one is complete. Audited in the same transaction.
     */
    SearchStatus reindex() {
        if (config.backend() != SearchConfig.Backend.OPENSEARCH) {
            audit.refused(REINDEX, "SEARCH_INDEX", null, "backend postgres");
            throw DirectoryProblem.NO_SEARCH_INDEX.exception(
                    "The directory searches PostgreSQL directly (SEARCH_BACKEND=postgres): there is no index to rebuild.");
        }
        String name;
        try {
            name = index.create();
        } catch (OpenSearchClient.Unavailable e) {
            audit.refused(REINDEX, "SEARCH_INDEX", null, "OpenSearch unavailable");
            throw new ServiceUnavailableException("OpenSearch cannot be reached; try the rebuild again later.", 30);
        }
        String replaced = QuarkusTransaction.requiringNew().call(() -> {
            String previous = indexer.beginRebuild(name);
            audit.success(REINDEX, "SEARCH_INDEX", null, "new index " + name);
            return previous;
        });
        try {
            indexer.dropUnfinished(replaced);
        } catch (OpenSearchClient.Unavailable e) {
            // the unfinished index stays behind; harmless (a later rebuild's switch removes only alias targets)
        }
        return status();
    }
}
