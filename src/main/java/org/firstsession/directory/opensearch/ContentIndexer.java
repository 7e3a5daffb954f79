package org.firstsession.directory.opensearch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.directory.SearchConfig;
import org.firstsession.shared.Draining;
import org.firstsession.shared.persistence.SqlValues;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the article and question indices in step with the database: the relay of the content search outbox
 * (migration V70), the same pattern as the directory's {@link SearchIndexer}. Every {@code index-interval}
 * (250 ms) each instance claims a batch with {@code FOR UPDATE SKIP LOCKED} and a lease, builds the documents
 * from the tables (a row no longer public has none and is deleted from the index), pushes one {@code _bulk}
 * with the row's seq as external version, and deletes the rows whose seq did not change meanwhile. While
 * OpenSearch is down the rows wait ({@code retry-after}); nothing is lost.
 *
 * <p>A rebuild of a kind creates a new index, queues every public row of that kind behind the changes and
 * writes every batch of that kind to both indices; once nothing queued before the rebuild is left, the alias
 * moves. The directory's admin reindex rebuilds these indices too ({@link SearchAdminService}).
 */
@ApplicationScoped
public class ContentIndexer {

    private static final Logger LOG = Logger.getLogger(ContentIndexer.class);

    private final EntityManager em;
    private final OpenSearchClient client;
    private final ContentIndex index;
    private final SearchConfig config;
    private final Draining draining;
    private final IndexPoller poller = new IndexPoller("content-search-indexer",
            "Article and question indexing failed; changes wait in content_search_outbox");

    ContentIndexer(EntityManager em, OpenSearchClient client, ContentIndex index, SearchConfig config, Draining draining) {
        this.em = em;
        this.client = client;
        this.index = index;
        this.config = config;
        this.draining = draining;
    }

    boolean active() {
        return config.backend() == SearchConfig.Backend.OPENSEARCH;
    }

    /**
     * With OpenSearch, changes are recorded from now on; a kind whose changes were not recorded before (first
     * start, or a switch back from PostgreSQL) is rebuilt. With PostgreSQL nothing is recorded.
     */
    void onStart(@Observes StartupEvent start) {
        if (!active()) {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("""
                        UPDATE content_search_sync SET outbox_enabled = false, building_index = NULL, building_since = NULL,
                               rebuild_requested = false""").executeUpdate();
                em.createNativeQuery("DELETE FROM content_search_outbox").executeUpdate();
            });
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                UPDATE content_search_sync SET outbox_enabled = true, rebuild_requested = true
                WHERE NOT outbox_enabled""").executeUpdate());
        poller.start(config.opensearch().indexInterval(), this::scheduledRun, () -> { });
    }

    void stopPolling(@Observes ShutdownEvent stop) {
        poller.stop();
    }

    private void scheduledRun() {
        if (active() && !draining.active()) {
            drain();
        }
    }

    /** Indexes until the outbox is empty (or half the claim lease has passed); returns how many rows were indexed. */
    public synchronized int drain() {
        List<ContentKind> requested = QuarkusTransaction.requiringNew().call(() -> kinds(
                "SELECT kind FROM content_search_sync WHERE rebuild_requested ORDER BY kind"));
        for (ContentKind kind : requested) {
            rebuild(kind);
        }
        long deadline = System.nanoTime() + config.opensearch().claimLease().toNanos() / 2;
        int total = 0;
        int claimed;
        do {
            int[] batch = indexBatch();
            claimed = batch[0];
            total += batch[1];
        } while (claimed >= config.opensearch().batchSize() && System.nanoTime() < deadline);
        finishRebuildsIfComplete();
        return total;
    }

    /** Indexes everything queued and makes it searchable now (tests); nothing to do on PostgreSQL. */
    public void catchUp() {
        if (!active()) {
            return;
        }
        Instant deadline = Instant.now().plusSeconds(60);
        do {
            drain();
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the content search outbox did not empty within 60 s");
            }
        } while (pending(null) > 0);
        finishRebuildsIfComplete();
        for (ContentKind kind : ContentKind.values()) {
            index.refresh(kind);
        }
    }

    private record Claim(ContentKind kind, UUID id, long seq, boolean live) {
    }

    /** {claimed, indexed} */
    private int[] indexBatch() {
        List<Claim> claims = QuarkusTransaction.requiringNew().call(this::claim);
        if (claims.isEmpty()) {
            return new int[] {0, 0};
        }
        try {
            Map<ContentKind, List<Claim>> byKind = new EnumMap<>(ContentKind.class);
            claims.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
            Map<String, String> building = QuarkusTransaction.requiringNew().call(this::buildingIndices);
            StringBuilder bulk = new StringBuilder();
            List<Claim> order = new ArrayList<>();
            List<Claim> waiting = new ArrayList<>();
            for (Map.Entry<ContentKind, List<Claim>> entry : byKind.entrySet()) {
                ContentKind kind = entry.getKey();
                Set<String> targets = new LinkedHashSet<>(index.aliasTargets(kind));
                if (building.get(kind.code()) != null) {
                    targets.add(building.get(kind.code()));
                }
                if (targets.isEmpty()) {
                    // No index of this kind at all (deleted by hand?): a rebuild queues everything again.
                    QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                            UPDATE content_search_sync SET rebuild_requested = true
                            WHERE kind = ?1 AND building_index IS NULL""").setParameter(1, kind.code()).executeUpdate());
                    waiting.addAll(entry.getValue());
                    continue;
                }
                Map<UUID, Map<String, Object>> docs = documents(kind, entry.getValue().stream().map(Claim::id).toList());
                append(bulk, order, entry.getValue(), docs, targets);
            }
            Set<Claim> failed = order.isEmpty() ? Set.of() : push(bulk.toString(), order, claims.stream().anyMatch(Claim::live));
            List<Claim> done = claims.stream().filter(c -> !failed.contains(c) && !waiting.contains(c)).toList();
            QuarkusTransaction.requiringNew().run(() -> complete(done));
            List<Claim> retry = new ArrayList<>(waiting);
            retry.addAll(failed);
            release(retry);
            return new int[] {claims.size(), done.size()};
        } catch (RuntimeException e) {
            release(claims);
            throw e;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    List<Claim> claim() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                UPDATE content_search_outbox o SET claimed_until = clock_timestamp() + cast(?1 as interval)
                FROM (SELECT kind, doc_id FROM content_search_outbox
                      WHERE claimed_until IS NULL OR claimed_until < clock_timestamp()
                      ORDER BY priority, changed_at
                      LIMIT ?2
                      FOR UPDATE SKIP LOCKED) c
                WHERE o.kind = c.kind AND o.doc_id = c.doc_id
                RETURNING o.kind, o.doc_id, o.seq, o.priority""")
                .setParameter(1, config.opensearch().claimLease().toMillis() + " milliseconds")
                .setParameter(2, config.opensearch().batchSize())
                .getResultList();
        List<Claim> claims = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            claims.add(new Claim(ContentKind.ofCode((String) row[0]), (UUID) row[1], ((Number) row[2]).longValue(),
                    ((Number) row[3]).intValue() == 0));
        }
        return claims;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Map<String, String> buildingIndices() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT kind, building_index FROM content_search_sync").getResultList();
        Map<String, String> building = new LinkedHashMap<>();
        rows.forEach(row -> building.put((String) row[0], (String) row[1]));
        return building;
    }

    /** The documents of those of {@code ids} that are public now, by id. */
    private Map<UUID, Map<String, Object>> documents(ContentKind kind, List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(kind.documentsSql())
                    .setParameter(1, ids.toArray(UUID[]::new))
                    .getResultList();
            Map<UUID, Map<String, Object>> docs = new LinkedHashMap<>();
            for (Object[] row : rows) {
                docs.put((UUID) row[0], kind.document(row));
            }
            return docs;
        });
    }

    private void append(StringBuilder bulk, List<Claim> order, List<Claim> claims, Map<UUID, Map<String, Object>> docs,
            Set<String> targets) {
        try {
            for (Claim claim : claims) {
                Map<String, Object> doc = docs.get(claim.id());
                for (String target : targets) {
                    Map<String, Object> meta = Map.of("_index", target, "_id", claim.id().toString(), "version", claim.seq(),
                            "version_type", "external");
                    if (doc != null) {
                        bulk.append(client.json().writeValueAsString(Map.of("index", meta))).append('\n')
                                .append(client.json().writeValueAsString(doc)).append('\n');
                    } else {
                        bulk.append(client.json().writeValueAsString(Map.of("delete", meta))).append('\n');
                    }
                    order.add(claim);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One bulk request; returns the claims whose write failed (a version conflict means newer is there: done).
     * A live change is made searchable at once (refresh), keeping hidden and erased texts out within 2 s.
     */
    private Set<Claim> push(String bulk, List<Claim> order, boolean live) {
        OpenSearchClient.Response response = client.bulk(bulk, live);
        Set<Claim> failed = new HashSet<>();
        if (!response.ok()) {
            LOG.warnf("OpenSearch refused a bulk request: %d %s", response.status(), response.body().path("error").path("type").asText());
            failed.addAll(order);
            return failed;
        }
        JsonNode items = response.body().path("items");
        for (int i = 0; i < order.size(); i++) {
            JsonNode item = items.path(i);
            JsonNode result = item.has("index") ? item.get("index") : item.path("delete");
            int status = result.path("status").asInt(500);
            boolean ok = (status >= 200 && status < 300) || status == 409 || (item.has("delete") && status == 404);
            if (!ok) {
                LOG.warnf("OpenSearch could not index %s %s: %d %s", order.get(i).kind().code(), order.get(i).id(), status,
                        result.path("error").path("type").asText());
                failed.add(order.get(i));
            }
        }
        return failed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void complete(List<Claim> done) {
        if (done.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                DELETE FROM content_search_outbox o
                USING unnest(cast(?1 as text[]), cast(?2 as uuid[]), cast(?3 as bigint[])) AS d(kind, id, seq)
                WHERE o.kind = d.kind AND o.doc_id = d.id AND o.seq = d.seq""")
                .setParameter(1, done.stream().map(c -> c.kind().code()).toArray(String[]::new))
                .setParameter(2, done.stream().map(Claim::id).toArray(UUID[]::new))
                .setParameter(3, done.stream().map(Claim::seq).toArray(Long[]::new))
                .executeUpdate();
        em.createNativeQuery("UPDATE content_search_sync SET last_indexed_at = clock_timestamp() WHERE kind = ANY (cast(?1 as text[]))")
                .setParameter(1, done.stream().map(c -> c.kind().code()).distinct().toArray(String[]::new))
                .executeUpdate();
    }

    private void release(List<Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                UPDATE content_search_outbox o SET claimed_until = clock_timestamp() + cast(?4 as interval)
                FROM unnest(cast(?1 as text[]), cast(?2 as uuid[]), cast(?3 as bigint[])) AS d(kind, id, seq)
                WHERE o.kind = d.kind AND o.doc_id = d.id AND o.seq = d.seq""")
                .setParameter(1, claims.stream().map(c -> c.kind().code()).toArray(String[]::new))
                .setParameter(2, claims.stream().map(Claim::id).toArray(UUID[]::new))
                .setParameter(3, claims.stream().map(Claim::seq).toArray(Long[]::new))
                .setParameter(4, config.opensearch().retryAfter().toMillis() + " milliseconds")
                .executeUpdate());
    }

    /**
     * Starts a rebuild of {@code kind} into {@code newIndex} (created, empty): every public row is queued
     * behind the changes. Runs in the caller's transaction (the admin reindex is audited in it). Returns an
     * unfinished build this one replaces (for the caller to drop), or null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String beginRebuild(ContentKind kind, String newIndex) {
        String previous = (String) em.createNativeQuery("SELECT building_index FROM content_search_sync WHERE kind = ?1 FOR UPDATE")
                .setParameter(1, kind.code()).getSingleResult();
        em.createNativeQuery("""
                INSERT INTO content_search_outbox AS o (kind, doc_id, seq, priority)
                SELECT ?1, x.id, nextval('content_search_outbox_seq'), 1
                FROM (%s ORDER BY 1) x
                ON CONFLICT (kind, doc_id) DO UPDATE SET seq = EXCLUDED.seq, claimed_until = NULL"""
                .formatted(kind.allIdsSql()))
                .setParameter(1, kind.code()).executeUpdate();
        em.createNativeQuery("""
                UPDATE content_search_sync SET outbox_enabled = true, rebuild_requested = false,
                       building_index = ?2, building_since = clock_timestamp()
                WHERE kind = ?1""")
                .setParameter(1, kind.code()).setParameter(2, newIndex).executeUpdate();
        return previous;
    }

    /** Creates a new index of {@code kind} and starts filling it; returns its name. */
    public String rebuild(ContentKind kind) {
        String name = index.create(kind);
        String previous;
        try {
            previous = QuarkusTransaction.requiringNew().call(() -> beginRebuild(kind, name));
        } catch (RuntimeException e) {
            index.drop(name);
            throw e;
        }
        dropUnfinished(previous);
        LOG.infof("Search index rebuild started: %s", name);
        return name;
    }

    /** A new empty index for an admin's rebuild (begun with {@link #beginRebuild} in the audited transaction). */
    public String createIndex(ContentKind kind) {
        return index.create(kind);
    }

    public void dropUnfinished(String previous) {
        if (previous != null) {
            index.drop(previous);
        }
    }

    private void finishRebuildsIfComplete() {
        for (ContentKind kind : ContentKind.values()) {
            QuarkusTransaction.requiringNew().run(() -> {
                Object[] state = (Object[]) em.createNativeQuery("""
                        SELECT s.building_index, NOT EXISTS (SELECT 1 FROM content_search_outbox o
                                                            WHERE o.kind = s.kind AND o.changed_at <= s.building_since)
                        FROM content_search_sync s WHERE s.kind = ?1 FOR UPDATE""").setParameter(1, kind.code()).getSingleResult();
                String building = (String) state[0];
                if (building == null || !Boolean.TRUE.equals(state[1])) {
                    return;
                }
                index.switchTo(kind, building);
                em.createNativeQuery("UPDATE content_search_sync SET building_index = NULL, building_since = NULL WHERE kind = ?1")
                        .setParameter(1, kind.code()).executeUpdate();
                LOG.infof("Search index rebuilt: %s now serves %s", building, index.alias(kind));
            });
        }
    }

    /** The state of one kind for the admin status. */
    public record KindStatus(long documents, long pending, Instant lastIndexedAt, String index, String rebuilding) {
    }

    /** Per kind (keyed {@code articles}, {@code questions}); OpenSearch must answer (else {@link OpenSearchClient.Unavailable}). */
    public Map<String, KindStatus> status() {
        Map<String, KindStatus> status = new LinkedHashMap<>();
        for (ContentKind kind : ContentKind.values()) {
            long documents = index.count(kind);
            String serving = String.join(",", index.aliasTargets(kind));
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                    SELECT s.last_indexed_at, s.building_index, (SELECT count(*) FROM content_search_outbox o WHERE o.kind = s.kind)
                    FROM content_search_sync s WHERE s.kind = ?1""").setParameter(1, kind.code()).getSingleResult());
            status.put(kind.suffix(), new KindStatus(documents, ((Number) row[2]).longValue(), SqlValues.instant(row[0]),
                    serving.isEmpty() ? null : serving, (String) row[1]));
        }
        return status;
    }

    /** Per kind, on PostgreSQL: the rows a search may find (it searches the tables). */
    public Map<String, KindStatus> postgresStatus() {
        Map<String, KindStatus> status = new LinkedHashMap<>();
        for (ContentKind kind : ContentKind.values()) {
            long listed = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(kind.countSql())
                    .getSingleResult()).longValue());
            status.put(kind.suffix(), new KindStatus(listed, 0, null, null, null));
        }
        return status;
    }

    /** Rows waiting, of one kind or (null) all. */
    public long pending(ContentKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM content_search_outbox WHERE kind = ?1 OR ?2")
                .setParameter(1, kind == null ? "" : kind.code()).setParameter(2, kind == null).getSingleResult()).longValue());
    }

    private List<ContentKind> kinds(String sql) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery(sql).getResultList();
        return codes.stream().map(ContentKind::ofCode).toList();
    }
}
