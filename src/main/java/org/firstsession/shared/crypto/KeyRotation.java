package org.firstsession.shared.crypto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.shared.privacy.EncryptedColumn;
import org.firstsession.shared.privacy.PersonalData;
import org.jboss.logging.Logger;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Re-encrypts every encrypted column of every feature ({@link PersonalData#encryptedColumns()}) with the
 * active key, including values of the first format and plaintext from before encryption, in batches of
 * short transactions. Values that cannot be opened are left as they are and counted ({@code unreadable});
 * a key is retired only once no value names it, and only a retired key may be removed from the settings
 * (the application refuses to start otherwise).
 */
@ApplicationScoped
public class KeyRotation {

    private static final Logger LOG = Logger.getLogger(KeyRotation.class);
    private static final int BATCH = 500;

    private final EntityManager em;
    private final FieldCipher cipher;
    private final KeyRegistry registry;
    private final List<EncryptedColumn> columns;

    KeyRotation(EntityManager em, FieldCipher cipher, KeyRegistry registry, @All List<PersonalData> contributions) {
        this.em = em;
        this.cipher = cipher;
        this.registry = registry;
        this.columns = contributions.stream().flatMap(c -> c.encryptedColumns().stream()).toList();
    }

    /**
     * Returns how many values were re-encrypted per {@code table.column}, how many could not be opened
     * ({@code unreadable}) and how many keys are still needed besides the active one ({@code keysStillNeeded}).
     */
    public Map<String, Integer> rotate() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int[] unreadable = { 0 };
        String current = FieldCipher.PREFIX + cipher.activeKeyId() + ":%";
        for (EncryptedColumn column : columns) {
            int total = 0;
            String after = "";
            while (true) {
                String from = after;
                Batch batch = QuarkusTransaction.requiringNew().call(() -> batch(column, current, from));
                total += batch.rotated();
                unreadable[0] += batch.unreadable();
                if (batch.lastKey() == null) {
                    break;
                }
                after = batch.lastKey();
            }
            counts.put(column.name(), total);
        }
        List<String> retired = QuarkusTransaction.requiringNew().call(registry::retireUnused);
        int stillNeeded = QuarkusTransaction.requiringNew().call(() -> (int) registry.needed().stream()
                .filter(id -> !id.equals(cipher.activeKeyId())).count());
        LOG.infof("Key rotation to %s: %s, retired %s, %d unreadable, %d other keys still needed",
                cipher.activeKeyId(), counts, retired, unreadable[0], stillNeeded);
        counts.put("unreadable", unreadable[0]);
        counts.put("keysStillNeeded", stillNeeded);
        return counts;
    }

    private record Batch(int rotated, int unreadable, String lastKey) {
    }

    /** One batch in row-key order after {@code after}; {@code lastKey} is null when it was the last. */
    private Batch batch(EncryptedColumn c, String current, String after) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT %2$s AS k, %3$s, ctid::text FROM %1$s
                WHERE %3$s IS NOT NULL AND %3$s <> '' AND %3$s NOT LIKE ?1 AND %2$s > ?2
                ORDER BY 1 LIMIT %4$d FOR UPDATE SKIP LOCKED""".formatted(c.table(), c.rowKey(), c.column(), BATCH))
                .setParameter(1, current).setParameter(2, after).getResultList();
        int rotated = 0;
        int unreadable = 0;
        for (Object[] row : rows) {
            String key = (String) row[0];
            try {
                String fresh = cipher.encrypt(cipher.decrypt((String) row[1], c.name(), key), c.name(), key);
                // The row is locked (FOR UPDATE), so its ctid is stable: a direct update, no scan per row.
                em.createNativeQuery("UPDATE %1$s SET %2$s = ?1 WHERE ctid = CAST(?2 AS tid)".formatted(c.table(), c.column()))
                        .setParameter(1, fresh).setParameter(2, row[2]).executeUpdate();
                rotated++;
            } catch (UnreadableValueException e) {
                LOG.warnf("%s of row %s: %s", c.name(), key, e.getMessage());
                unreadable++;
            }
        }
        return new Batch(rotated, unreadable, rows.size() < BATCH ? null : (String) rows.get(rows.size() - 1)[0]);
    }
}
