package org.firstsession.shared.idempotency;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.shared.privacy.DataSubject;
import org.firstsession.shared.privacy.EncryptedColumn;
import org.firstsession.shared.privacy.ExportPart;
import org.firstsession.shared.privacy.PersonalData;

/**
 * Stored responses of idempotent requests: copies of what the person created (exported by the features
 * that own it), kept 24 hours, deleted on erasure.
 */
@ApplicationScoped
class IdempotencyPersonalData implements PersonalData {

    private final EntityManager em;

    IdempotencyPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public ExportPart export(DataSubject subject) {
        return null;
    }

    @Override
    public void erase(DataSubject subject) {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE account_id = ?1").setParameter(1, subject.accountId())
                .executeUpdate();
    }

    @Override
    public List<EncryptedColumn> encryptedColumns() {
        return List.of(new EncryptedColumn("idempotency_key", "account_id::text || '|' || idempotency_key",
                "response_body"));
    }

    @Override
    public Set<String> personalColumns() {
        return Set.of("idempotency_key.idempotency_key", "idempotency_key.response_body");
    }
}
