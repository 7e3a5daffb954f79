package org.firstsession.messaging;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.firstsession.shared.persistence.BaseEntity;

/** A participant's report of a conversation to the admins. */
@Entity
@Table(name = "report")
public class Report extends BaseEntity {

    public static final String CONVERSATION = "CONVERSATION";

    @Column(name = "reporter_account_id", nullable = false, updatable = false)
    public UUID reporterAccountId;

    @Column(name = "subject_type", nullable = false, updatable = false)
    public String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    public UUID subjectId;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(nullable = false)
    public String status = "OPEN";

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public UUID resolvedBy;

    static boolean hasOpenReport(UUID conversationId) {
        return count("subjectType = ?1 and subjectId = ?2 and status = 'OPEN'", CONVERSATION, conversationId) > 0;
    }
}
