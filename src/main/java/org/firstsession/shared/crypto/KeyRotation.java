package org.firstsession.shared.crypto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.shared.privacy.EncryptedColumn;
import org.firstsession.shared.privacy.PersonalData;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Re-encrypts every encrypted column with the active key (and encrypts plaintext left from before
 * encryption), in batches of short transactions. Run it after making a new key active; afterwards the
 * old key can be removed from the configuration.
 */
@ApplicationScoped
public class KeyRotation {

    private static final int BATCH = 500;

    private final EntityManager em;
    private final FieldCipher cipher;
    private final CryptoConfig config;
    private final List<EncryptedColumn> columns;

    KeyRotation(EntityManager em, FieldCipher cipher, CryptoConfig config, @All List<PersonalData> contributions) {
        this.em = em;
        this.cipher = cipher;
        this.config = config;
        this.columns = contributions.stream().flatMap(c -> c.encryptedColumns().stream()).toList();
    }

    /** Returns how many values were re-encrypted, per table.column. */
    public Map<String, Integer> rotate() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        String current = "v1:" + config.activeKey() + ":%";
        for (EncryptedColumn target : columns) {
            int total = 0;
            while (true) {
                int done = QuarkusTransaction.requiringNew().call(() -> batch(target, current));
                total += done;
                if (done < BATCH) {
                    break;
                }
            }
            counts.put(target.name(), total);
        }
        return counts;
    }

    private int batch(EncryptedColumn t, String current) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT %2$s, %3$s FROM %1$s
                WHERE %3$s IS NOT NULL AND %3$s <> '' AND %3$s NOT LIKE ?1
                LIMIT %4$d FOR UPDATE SKIP LOCKED""".formatted(t.table(), t.rowKey(), t.column(), BATCH))
                .setParameter(1, current).getResultList();
        for (Object[] row : rows) {
            String fresh = cipher.encrypt(cipher.decrypt((String) row[1]));
            em.createNativeQuery("UPDATE %1$s SET %3$s = ?1 WHERE %2$s = ?2".formatted(t.table(), t.rowKey(), t.column()))
                    .setParameter(1, fresh).setParameter(2, row[0]).executeUpdate();
        }
        return rows.size();
    }
}
