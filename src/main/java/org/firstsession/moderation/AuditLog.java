package org.firstsession.moderation;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.account.CurrentUser;

/**
 * Appends to the audit log: every admin action (and every admin read of reported private content),
 * with the actor by issuer + subject. Successful actions are recorded in their own transaction, so
 * the record exists exactly when the action committed; refusals are recorded in a new transaction
 * that survives the rollback of the refused action. Rows are never updated or deleted (a trigger
 * enforces it). Details never carry message text or email addresses.
 */
@ApplicationScoped
public class AuditLog {

    private final EntityManager em;
    private final CurrentUser currentUser;

    AuditLog(EntityManager em, CurrentUser currentUser) {
        this.em = em;
        this.currentUser = currentUser;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void success(String action, String objectType, UUID objectId, String detail) {
        append(action, objectType, objectId, "SUCCESS", detail);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String action, String objectType, UUID objectId, String detail) {
        append(action, objectType, objectId, "REFUSED", detail);
    }

    private void append(String action, String objectType, UUID objectId, String outcome, String detail) {
        em.createNativeQuery("""
                INSERT INTO audit_log (actor_issuer, actor_subject, action, object_type, object_id, outcome, detail)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, currentUser.issuer())
                .setParameter(2, currentUser.subject())
                .setParameter(3, action)
                .setParameter(4, objectType)
                .setParameter(5, objectId)
                .setParameter(6, outcome)
                .setParameter(7, detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail)
                .executeUpdate();
    }
}
