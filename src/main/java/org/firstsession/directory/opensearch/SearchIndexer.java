package org.firstsession.directory.opensearch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.directory.SearchConfig;
import org.firstsession.operations.SearchIndexLag;
import org.firstsession.shared.Draining;
import org.firstsession.shared.persistence.SqlValues;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the OpenSearch index in step with the database: the search outbox's relay (migration V50; the
 * pattern of the email outbox's {@code OutboxRelay}).
 *
 * <p>Every {@code firstsession.search.opensearch.index-interval} (250 ms, on a thread of its own) each instance claims a batch of outbox rows
 * with {@code FOR UPDATE SKIP LOCKED} and a lease (several instances share the work, none waits for another),
 * builds the documents from the tables, pushes them in one {@code _bulk} request with the row's seq as
 * external version (an older build never overwrites a newer one), and deletes the rows whose seq did not
 * change meanwhile. A specialist the directory no longer lists is deleted from the index the same way. When
 * OpenSearch is down the rows stay (retried every {@code retry-after}); nothing is lost and the lag grows
 * ({@link SearchIndexLag}: the gauge, the alert and /q/health/well).
 *
 * <p>A rebuild ({@link #beginRebuild}) creates a new index, queues every listed specialist behind the
 * changes, and from then on writes every batch to both indices; when nothing queued before the rebuild is
 * left, the alias moves to the new index in one atomic call.
 */
@ApplicationScoped
public class SearchIndexer implements SearchIndexLag {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);

    private final EntityManager em;
    private final OpenSearchClient client;
    private final SearchIndex index;
    private final SearchDocuments documents;
    private final SearchConfig config;
    private final Draining draining;
    private final AtomicReference<Optional<Instant>> oldestPending = new AtomicReference<>(Optional.empty());
    /** Indices whose mapping this instance has brought up to date ({@link SearchIndex#addMissingFields}). */
    private final Set<String> mappingChecked = ConcurrentHashMap.newKeySet();
    private final IndexPoller poller = new IndexPoller("search-indexer", "Search indexing failed; directory changes wait in search_outbox");

    SearchIndexer(EntityManager em, OpenSearchClient client, SearchIndex index, SearchDocuments documents, SearchConfig config,
            Draining draining) {
        this.em = em;
        this.draining = draining;
        this.client = client;
        this.index = index;
        this.documents = documents;
        this.config = config;
    }

    private boolean active() {
        return config.backend() == SearchConfig.Backend.OPENSEARCH;
    }

    /**
     * With OpenSearch, changes are recorded from now on; if they were not before (first start, or a switch
     * back from PostgreSQL), the index may lack or hold anything, so it is rebuilt. With PostgreSQL nothing is
     * recorded and the outbox is emptied (all instances must use the same backend).
     */
    void onStart(@Observes StartupEvent start) {
        if (!active()) {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("UPDATE search_sync SET outbox_enabled = false, building_index = NULL, building_since = NULL")
                        .executeUpdate();
                em.createNativeQuery("DELETE FROM search_outbox").executeUpdate();
            });
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            boolean enabled = (Boolean) em.createNativeQuery("SELECT outbox_enabled FROM search_sync WHERE id = 1 FOR UPDATE")
                    .getSingleResult();
            if (!enabled) {
                em.createNativeQuery("UPDATE search_sync SET outbox_enabled = true, rebuild_requested = true").executeUpdate();
            }
        });
        startPolling();
    }

    private void startPolling() {
        poller.start(config.opensearch().indexInterval(), this::scheduledRun, this::sampleLag);
    }

    void stopPolling(@Observes ShutdownEvent stop) {
        poller.stop();
    }

    private void scheduledRun() {
        if (active() && !draining.active()) {
            drain();
        }
    }

    /**
     * Indexes until the outbox is empty (or half the claim lease has passed); returns how many rows were
     * indexed. Tests call it to catch up at once instead of waiting for the schedule.
     */
    public synchronized int drain() {
        Object[] state = QuarkusTransaction.requiringNew().call(() -> (Object[]) em
                .createNativeQuery("SELECT rebuild_requested, building_index FROM search_sync WHERE id = 1").getSingleResult());
        if (Boolean.TRUE.equals(state[0])) {
            rebuild();
        }
        long deadline = System.nanoTime() + config.opensearch().claimLease().toNanos() / 2;
        int total = 0;
        int claimed;
        do {
            Batch batch = indexBatch();
            claimed = batch.claimed();
            total += batch.indexed();
        } while (claimed >= config.opensearch().batchSize() && System.nanoTime() < deadline);
        if (state[1] != null || Boolean.TRUE.equals(state[0]) || total > 0) {
            finishRebuildIfComplete();
        }
        return total;
    }

    /** Indexes everything queued and makes it searchable now (tests). */
    public void catchUp() {
        if (!active()) {
            return; // PostgreSQL: the directory reads the tables, always current
        }
        Instant deadline = Instant.now().plusSeconds(60);
        do {
            drain(); // also a rebuild asked for at start
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the search outbox did not empty within 60 s");
            }
        } while (pending() > 0);
        finishRebuildIfComplete();
        index.refresh();
    }

    /** A claimed row; {@code live}: a change (priority 0), not a rebuild's row. */
    private record Claim(UUID id, long seq, boolean live) {
    }

    private record Batch(int claimed, int indexed) {
    }

    private Batch indexBatch() {
        List<Claim> claims = QuarkusTransaction.requiringNew().call(this::claim);
        if (claims.isEmpty()) {
            return new Batch(0, 0);
        }
        try {
            Set<String> targets = new LinkedHashSet<>(index.aliasTargets());
            String building = QuarkusTransaction.requiringNew().call(() -> (String) em
                    .createNativeQuery("SELECT building_index FROM search_sync WHERE id = 1").getSingleResult());
            if (building != null) {
                targets.add(building);
            }
            if (targets.isEmpty()) {
                // No index at all (deleted by hand?): ask for a rebuild, which queues everyone again.
                QuarkusTransaction.requiringNew().run(() -> em
                        .createNativeQuery("UPDATE search_sync SET rebuild_requested = true WHERE building_index IS NULL")
                        .executeUpdate());
                release(claims);
                return new Batch(claims.size(), 0);
            }
            for (String target : targets) {
                if (!mappingChecked.contains(target)) {
                    index.addMissingFields(target);
                    mappingChecked.add(target);
                }
            }
            Map<UUID, Map<String, Object>> docs = documents.build(claims.stream().map(Claim::id).toList());
            Set<UUID> failed = push(claims, docs, targets);
            List<Claim> done = claims.stream().filter(c -> !failed.contains(c.id())).toList();
            QuarkusTransaction.requiringNew().run(() -> complete(done));
            if (!failed.isEmpty()) {
                release(claims.stream().filter(c -> failed.contains(c.id())).toList());
            }
            return new Batch(claims.size(), done.size());
        } catch (RuntimeException e) {
            release(claims);
            throw e;
        }
    }

    /** Claims the next batch: changes first, a rebuild's rows after them; oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Claim> claim() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                UPDATE search_outbox o SET claimed_until = clock_timestamp() + cast(?1 as interval)
                FROM (SELECT specialist_id FROM search_outbox
                      WHERE claimed_until IS NULL OR claimed_until < clock_timestamp()
                      ORDER BY priority, changed_at
                      LIMIT ?2
                      FOR UPDATE SKIP LOCKED) c
                WHERE o.specialist_id = c.specialist_id
                RETURNING o.specialist_id, o.seq, o.priority""")
                .setParameter(1, config.opensearch().claimLease().toMillis() + " milliseconds")
                .setParameter(2, config.opensearch().batchSize())
                .getResultList();
        List<Claim> claims = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            claims.add(new Claim((UUID) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).intValue() == 0));
        }
        return claims;
    }

    /** One bulk request; returns the ids whose write failed (a version conflict means newer is there: done). */
    private Set<UUID> push(List<Claim> claims, Map<UUID, Map<String, Object>> docs, Set<String> targets) {
        StringBuilder bulk = new StringBuilder();
        List<UUID> order = new ArrayList<>();
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
                    order.add(claim.id());
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // A live change is made searchable at once (refresh) instead of at the next periodic refresh (1 s), which
        // keeps changes within the 2 s promise. A rebuild's batches need no refresh.
        boolean live = claims.stream().anyMatch(Claim::live);
        OpenSearchClient.Response response = client.bulk(bulk.toString(), live);
        Set<UUID> failed = new HashSet<>();
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
                LOG.warnf("OpenSearch could not index specialist %s: %d %s", order.get(i), status,
                        result.path("error").path("type").asText());
                failed.add(order.get(i));
            }
        }
        return failed;
    }

    /** Deletes the indexed rows, unless they changed meanwhile (a new seq: indexed again next time). */
    @Transactional(Transactional.TxType.MANDATORY)
    void complete(List<Claim> done) {
        if (done.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                DELETE FROM search_outbox o USING unnest(cast(?1 as uuid[]), cast(?2 as bigint[])) AS d(id, seq)
                WHERE o.specialist_id = d.id AND o.seq = d.seq""")
                .setParameter(1, done.stream().map(Claim::id).toArray(UUID[]::new))
                .setParameter(2, done.stream().map(Claim::seq).toArray(Long[]::new))
                .executeUpdate();
        em.createNativeQuery("UPDATE search_sync SET last_indexed_at = clock_timestamp()").executeUpdate();
    }

    /** Failed rows wait {@code retry-after} (changes wait while OpenSearch is down, without a busy loop). */
    private void release(List<Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                UPDATE search_outbox o SET claimed_until = clock_timestamp() + cast(?3 as interval)
                FROM unnest(cast(?1 as uuid[]), cast(?2 as bigint[])) AS d(id, seq)
                WHERE o.specialist_id = d.id AND o.seq = d.seq""")
                .setParameter(1, claims.stream().map(Claim::id).toArray(UUID[]::new))
                .setParameter(2, claims.stream().map(Claim::seq).toArray(Long[]::new))
                .setParameter(3, config.opensearch().retryAfter().toMillis() + " milliseconds")
                .executeUpdate());
    }

    /**
     * Starts a rebuild into {@code newIndex} (already created, empty): every listed specialist is queued
     * behind the changes, and batches go to both indices until the alias moves. Runs in the caller's
     * transaction (an admin's reindex is audited in it). Returns an unfinished build this one replaces
     * (for the caller to drop), or null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String beginRebuild(String newIndex) {
        String previous = (String) em.createNativeQuery("SELECT building_index FROM search_sync WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        em.createNativeQuery("""
                INSERT INTO search_outbox AS o (specialist_id, seq, priority)
                SELECT s.id, nextval('search_outbox_seq'), 1 FROM specialist s
                WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL
                ORDER BY s.id
                ON CONFLICT (specialist_id) DO UPDATE SET seq = EXCLUDED.seq, claimed_until = NULL""").executeUpdate();
        em.createNativeQuery("""
                UPDATE search_sync SET outbox_enabled = true, rebuild_requested = false,
                       building_index = ?1, building_since = clock_timestamp()""")
                .setParameter(1, newIndex).executeUpdate();
        return previous;
    }

    /** Creates a new index and starts filling it; returns its name. */
    public String rebuild() {
        String name = index.create();
        String previous;
        try {
            previous = QuarkusTransaction.requiringNew().call(() -> beginRebuild(name));
        } catch (RuntimeException e) {
            index.drop(name);
            throw e;
        }
        dropUnfinished(previous);
        LOG.infof("Search index rebuild started: %s", name);
        return name;
    }

    public void dropUnfinished(String previous) {
        if (previous != null) {
            index.drop(previous);
        }
    }

    /** Moves the alias once the new index holds everything queued before the rebuild began. */
    private void finishRebuildIfComplete() {
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] state = (Object[]) em.createNativeQuery("""
                    SELECT building_index, NOT EXISTS (SELECT 1 FROM search_outbox o WHERE o.changed_at <= s.building_since)
                    FROM search_sync s WHERE id = 1 FOR UPDATE""").getSingleResult();
            String building = (String) state[0];
            if (building == null || !Boolean.TRUE.equals(state[1])) {
                return;
            }
            index.switchTo(building);
            em.createNativeQuery("UPDATE search_sync SET building_index = NULL, building_since = NULL").executeUpdate();
            LOG.infof("Search index rebuilt: %s now serves %s", building, index.alias());
        });
    }

    /** Rows waiting (changes and a rebuild's). */
    @Transactional
    public long pending() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM search_outbox").getSingleResult()).longValue();
    }

    /** When the index last took a change (any instance). */
    @Transactional
    public Instant lastIndexedAt() {
        return SqlValues.instant(em.createNativeQuery("SELECT last_indexed_at FROM search_sync WHERE id = 1").getSingleResult());
    }

    /** The build in progress, or null. */
    @Transactional
    public String building() {
        return (String) em.createNativeQuery("SELECT building_index FROM search_sync WHERE id = 1").getSingleResult();
    }

    private void sampleLag() {
        try {
            Instant oldest = QuarkusTransaction.requiringNew().call(() -> SqlValues.instant(em
                    .createNativeQuery("SELECT min(changed_at) FROM search_outbox WHERE priority = 0").getSingleResult()));
            oldestPending.set(Optional.ofNullable(oldest));
        } catch (RuntimeException e) {
            // the database is away: keep the last sample (its own health check reports it)
        }
    }

    /** How long the oldest change not yet searchable has waited (a rebuild's rows are still served by the old index). */
    @Override
    public Optional<Duration> lag() {
        if (!active()) {
            return Optional.empty();
        }
        return oldestPending.get().map(oldest -> {
            Duration lag = Duration.between(oldest, Instant.now());
            return lag.isNegative() ? Duration.ZERO : lag;
        });
    }
}
