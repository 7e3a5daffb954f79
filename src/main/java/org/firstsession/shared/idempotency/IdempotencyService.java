package org.firstsession.shared.idempotency;

import static org.firstsession.shared.i18n.Details.problem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.shared.error.CommonProblem;
import org.firstsession.shared.crypto.FieldCipher;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.Draining;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;

/**
 * {@code Idempotency-Key} for creating POSTs. The key row is inserted before the work, in the same
 * transaction: a concurrent request with the same key waits on it and then replays the stored response;
 * a failed request rolls the key back, so it can be retried. Keys are kept for 24 hours.
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    private static final Duration KEEP = Duration.ofHours(24);

    private final EntityManager em;
    private final ObjectMapper json;
    /** Where stored responses live; the row key is {@code account_id|idempotency_key}. */
    static final String COLUMN = "idempotency_key.response_body";

    private final FieldCipher cipher;

    IdempotencyService(EntityManager em, ObjectMapper json, FieldCipher cipher) {
        this.em = em;
        this.json = json;
        this.cipher = cipher;
    }

    /**
     * Runs {@code action} once per (account, key). A replay returns the first response; the same key
     * with a different request is a 422. Without a key the action simply runs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T once(UUID accountId, String key, String operation, Object request, Class<T> type, Supplier<T> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(HEADER, problem(m -> m.field_length_between(1, 200)));
        }
        String hash = hash(operation, request);
        int inserted = em.createNativeQuery("""
                INSERT INTO idempotency_key (account_id, idempotency_key, request_hash, response_status, response_body)
                VALUES (?1, ?2, ?3, 0, '') ON CONFLICT DO NOTHING""")
                .setParameter(1, accountId).setParameter(2, key).setParameter(3, hash).executeUpdate();
        if (inserted == 0) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT request_hash, response_body FROM idempotency_key
                    WHERE account_id = ?1 AND idempotency_key = ?2""")
                    .setParameter(1, accountId).setParameter(2, key).getResultList();
            Object[] stored = rows.get(0);
            if (!hash.equals(stored[0])) {
                throw CommonProblem.IDEMPOTENCY_KEY_REUSED.exception(problem(m -> m.detail_idempotency_reused()));
            }
            try {
                return json.readValue(cipher.decrypt((String) stored[1], COLUMN, accountId + "|" + key), type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored idempotent response is unreadable", e);
            }
        }
        T result = action.get();
        try {
            em.createNativeQuery("""
                    UPDATE idempotency_key SET response_status = 201, response_body = ?3
                    WHERE account_id = ?1 AND idempotency_key = ?2""")
                    .setParameter(1, accountId).setParameter(2, key).setParameter(3, cipher.encrypt(json.writeValueAsString(result), COLUMN, accountId + "|" + key))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response is not serialisable", e);
        }
        return result;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Draining.Skip.class)
    @Transactional
    void purgeExpired() {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, Instant.now().minus(KEEP)).executeUpdate();
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
