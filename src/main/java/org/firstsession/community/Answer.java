package org.firstsession.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.firstsession.shared.persistence.BaseEntity;

/** A published specialist's answer to a question, shown with the specialist's name and title. */
@Entity
@Table(name = "answer")
public class Answer extends BaseEntity {

    /** Report subject type and audit object type. */
    public static final String TYPE = "ANSWER";

    @Column(name = "question_id", nullable = false, updatable = false)
    public UUID questionId;

    @Column(name = "specialist_id", nullable = false, updatable = false)
    public UUID specialistId;

    /** Stored exactly as sent; never interpreted as HTML. */
    @Column(nullable = false, updatable = false)
    public String body;

    @Column(name = "hidden_at")
    public Instant hiddenAt;

    @Column(name = "hidden_by")
    public UUID hiddenBy;

    /** Oldest first; hidden answers only when {@code withHidden} (admins). */
    static List<Answer> ofQuestion(UUID questionId, boolean withHidden) {
        return withHidden
                ? list("questionId = ?1 order by createdAt, id", questionId)
                : list("questionId = ?1 and hiddenAt is null order by createdAt, id", questionId);
    }
}
