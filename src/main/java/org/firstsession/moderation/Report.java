package org.firstsession.moderation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.firstsession.shared.persistence.BaseEntity;

/**
 * Someone's report to the admins of something they saw: a conversation, a question or an answer
 * ({@code subjectType} is the reported feature's type name, e.g. {@code Conversation.TYPE}).
 */
@Entity
@Table(name = "report")
public class Report extends BaseEntity {

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

    public static boolean hasOpenReport(String subjectType, UUID subjectId) {
        return count("subjectType = ?1 and subjectId = ?2 and status = 'OPEN'", subjectType, subjectId) > 0;
    }
}
