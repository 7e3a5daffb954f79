package org.firstsession.community;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.firstsession.shared.persistence.BaseEntity;
import org.firstsession.specialist.Taxonomy;

/**
 * A community question. Who asked is kept only for "mine", deleting and the daily limit; no public
 * view shows it. Hidden (by an admin, reversible) and deleted (by the asker, final) are independent.
 */
@Entity
@Table(name = "question")
public class Question extends BaseEntity {

    /** Report subject type and audit object type. */
    public static final String TYPE = "QUESTION";

    /** The topic for questions that fit no specialty. */
    public static final String GENERAL = "general";

    @Column(name = "asker_account_id", nullable = false, updatable = false)
    public UUID askerAccountId;

    @Column(nullable = false, updatable = false)
    public String topic;

    /** Stored exactly as sent; never interpreted as HTML. */
    @Column(nullable = false, updatable = false)
    public String title;

    /** Stored exactly as sent; never interpreted as HTML. */
    @Column(nullable = false, updatable = false)
    public String body;

    @Column(name = "hidden_at")
    public Instant hiddenAt;

    @Column(name = "hidden_by")
    public UUID hiddenBy;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    /** Topics are the specialty codes of {@code GET /api/taxonomy} plus {@value #GENERAL}. */
    public static boolean isTopic(String code) {
        return GENERAL.equals(code) || Taxonomy.isSpecialty(code);
    }

    boolean isAskedBy(UUID accountId) {
        return askerAccountId.equals(accountId);
    }

    boolean isPublic() {
        return hiddenAt == null && deletedAt == null;
    }
}
