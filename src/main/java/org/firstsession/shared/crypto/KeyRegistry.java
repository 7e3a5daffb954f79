package org.firstsession.shared.crypto;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.firstsession.shared.privacy.EncryptedColumn;
import org.firstsession.shared.privacy.PersonalData;
import org.jboss.logging.Logger;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The keys stored values need ({@code encryption_key}). At start the active key is registered and the
 * application refuses to start when a key that values still need is not configured: better no start
 * than a platform that answers 500 on every old conversation. {@link KeyRotation} retires a key once no
 * value names it.
 */
@ApplicationScoped
public class KeyRegistry {

    private static final Logger LOG = Logger.getLogger(KeyRegistry.class);
    static final String LEGACY = "v1";

    private final EntityManager em;
    private final FieldCipher cipher;
    private final List<EncryptedColumn> columns;

    KeyRegistry(EntityManager em, FieldCipher cipher, @All List<PersonalData> contributions) {
        this.em = em;
        this.cipher = cipher;
        this.columns = contributions.stream().flatMap(c -> c.encryptedColumns().stream()).toList();
    }

    void onStart(@Observes StartupEvent event) {
        List<String> missing = QuarkusTransaction.requiringNew().call(this::registerAndCheck);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Refusing to start: stored values are encrypted with key(s) " + missing
                    + " and no setting holds them (configured key ids: " + cipher.keyIds() + ", active "
                    + cipher.activeKeyId() + "). Put the old key back into ENCRYPTION_KEY_PREVIOUS, start, and run"
                    + " POST /api/admin/crypto/rotate before removing it (README, \"Key rotation\").");
        }
        LOG.infof("Encryption key %s active; configured: %s", cipher.activeKeyId(), cipher.keyIds());
    }

    /** Registers the active key; returns the ids of keys values still need that are not configured. */
    List<String> registerAndCheck() {
        em.createNativeQuery("""
                INSERT INTO encryption_key (id) VALUES (?1)
                ON CONFLICT (id) DO UPDATE SET retired_at = NULL WHERE encryption_key.retired_at IS NOT NULL""")
                .setParameter(1, cipher.activeKeyId()).executeUpdate();
        List<String> missing = new ArrayList<>();
        for (String id : needed()) {
            if (id.equals(LEGACY) ? !legacyReadable() : !cipher.keyIds().contains(id)) {
                missing.add(id);
            }
        }
        return missing;
    }

    @SuppressWarnings("unchecked")
    List<String> needed() {
        return em.createNativeQuery("SELECT id FROM encryption_key WHERE retired_at IS NULL ORDER BY first_used_at")
                .getResultList();
    }

    /** Values of the first format named a setting, not a key: one of each column must open with some configured key. */
    private boolean legacyReadable() {
        for (EncryptedColumn c : columns) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT %2$s, %3$s FROM %1$s WHERE %3$s LIKE 'v1:%%' LIMIT 1"
                    .formatted(c.table(), c.rowKey(), c.column())).getResultList();
            for (Object[] row : rows) {
                try {
                    cipher.decrypt((String) row[1], c.name(), row[0]);
                } catch (UnreadableValueException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Retires every key but the active one that no stored value names any more; returns their ids. */
    List<String> retireUnused() {
        List<String> retired = new ArrayList<>();
        for (String id : needed()) {
            if (id.equals(cipher.activeKeyId())) {
                continue;
            }
            String pattern = id.equals(LEGACY) ? "v1:%" : FieldCipher.PREFIX + id + ":%";
            boolean used = columns.stream().anyMatch(c -> !em.createNativeQuery(
                    "SELECT 1 FROM %1$s WHERE %2$s LIKE ?1 LIMIT 1".formatted(c.table(), c.column()))
                    .setParameter(1, pattern).getResultList().isEmpty());
            if (!used) {
                em.createNativeQuery("UPDATE encryption_key SET retired_at = now() WHERE id = ?1").setParameter(1, id)
                        .executeUpdate();
                retired.add(id);
            }
        }
        return retired;
    }
}
