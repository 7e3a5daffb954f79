package org.firstsession.directory.opensearch;

import static org.firstsession.shared.i18n.Details.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

    /**
     * {@code documents}: searchable documents (OpenSearch) or listed profiles (PostgreSQL, which searches the
     * tables); the other fields are the directory's too. {@code content}: the same per kind of text that
     * {@code q} searches ({@code articles}, {@code questions}).
     */
    record SearchStatus(String backend, long documents, long pending, Instant lastIndexedAt, String index, String rebuilding,
            Map<String, ContentIndexer.KindStatus> content) {
    }

    private final SearchConfig config;
    private final SearchIndexer indexer;
    private final ContentIndexer content;
    private final SearchIndex index;
    private final AuditLog audit;
    private final EntityManager em;

    SearchAdminService(SearchConfig config, SearchIndexer indexer, ContentIndexer content, SearchIndex index, AuditLog audit,
            EntityManager em) {
        this.config = config;
        this.indexer = indexer;
        this.content = content;
        this.index = index;
        this.audit = audit;
        this.em = em;
    }

    SearchStatus status() {
        if (config.backend() == SearchConfig.Backend.POSTGRES) {
            long listed = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM specialist WHERE status = 'PUBLISHED' AND suspended_at IS NULL").getSingleResult()).longValue());
            return new SearchStatus("postgres", listed, 0, null, null, null, content.postgresStatus());
        }
        long documents;
        String serving;
        Map<String, ContentIndexer.KindStatus> kinds;
        try {
            documents = index.count();
            serving = String.join(",", index.aliasTargets());
            kinds = content.status();
        } catch (OpenSearchClient.Unavailable e) {
            throw new ServiceUnavailableException(profile(m -> m.search_unreachable_outbox()), 5);
        }
        return new SearchStatus("opensearch", documents, indexer.pending(), indexer.lastIndexedAt(),
                serving.isEmpty() ? null : serving, indexer.building(), kinds);
    }

    /**
     * Starts a rebuild without downtime: a new index fills from the database while the old one keeps serving
     * (changes go to both); the alias moves when the new one is complete. The same for the article and question
     * indices, each with its own alias. Audited in the same transaction.
     */
    SearchStatus reindex() {
        if (config.backend() != SearchConfig.Backend.OPENSEARCH) {
            audit.refused(REINDEX, "SEARCH_INDEX", null, "backend postgres");
            throw DirectoryProblem.NO_SEARCH_INDEX.exception(profile(m -> m.search_no_index()));
        }
        String name;
        Map<ContentKind, String> names = new EnumMap<>(ContentKind.class);
        try {
            name = index.create();
            for (ContentKind kind : ContentKind.values()) {
                names.put(kind, content.createIndex(kind));
            }
        } catch (OpenSearchClient.Unavailable e) {
            audit.refused(REINDEX, "SEARCH_INDEX", null, "OpenSearch unavailable");
            throw new ServiceUnavailableException(profile(m -> m.search_unreachable_rebuild()), 30);
        }
        List<String> replaced = QuarkusTransaction.requiringNew().call(() -> {
            List<String> previous = new ArrayList<>();
            previous.add(indexer.beginRebuild(name));
            names.forEach((kind, kindIndex) -> previous.add(content.beginRebuild(kind, kindIndex)));
            audit.success(REINDEX, "SEARCH_INDEX", null, "new index " + name + ", " + String.join(", ", names.values()));
            return previous;
        });
        try {
            indexer.dropUnfinished(replaced.get(0));
            replaced.subList(1, replaced.size()).forEach(content::dropUnfinished);
        } catch (OpenSearchClient.Unavailable e) {
            // the unfinished index stays behind; harmless (a later rebuild's switch removes only alias targets)
        }
        return status();
    }
}
