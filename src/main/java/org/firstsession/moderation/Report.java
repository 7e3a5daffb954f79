package org.firstsession.moderation;

import java.time.Instant;
import java.util.Optional;
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

    /**
     * How far the reported content went when it was reported, as the reported feature counts (a
     * conversation: its last message's sequence number); admins read up to it and never beyond.
     */
    @Column(name = "subject_seq", updatable = false)
    public Long subjectSeq;

    public static boolean hasOpenReport(String subjectType, UUID subjectId) {
        return count("subjectType = ?1 and subjectId = ?2 and status = 'OPEN'", subjectType, subjectId) > 0;
    }

    /**
     * While a report of the subject is open: how far admins may read it (the latest open report's
     * {@link #subjectSeq}); empty when no report is open, so reads end with the report.
     */
    public static Optional<Long> openReportReach(String subjectType, UUID subjectId) {
        return find("subjectType = ?1 and subjectId = ?2 and status = 'OPEN' order by subjectSeq desc nulls last",
                subjectType, subjectId).<Report>firstResultOptional().map(r -> r.subjectSeq == null ? 0L : r.subjectSeq);
    }
}
