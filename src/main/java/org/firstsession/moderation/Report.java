package org.firstsession.moderation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.firstsession.shared.crypto.SealedColumns;
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

    /** The reporter's words; encrypted at rest. */
    @Transient
    public String reason;

    /** Stored: {@code reason} encrypted and bound to this row ({@code report.reason}). */
    @Column(name = "reason", nullable = false)
    String sealedReason;

    /** The plaintext {@code sealedReason} holds, so an unchanged value is not sealed again. */
    @Transient
    private String sealedReasonOf;

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

    /** Opens the encrypted columns; a value altered or moved from another row is refused here. */
    @PostLoad
    void open() {
        reason = sealedReasonOf = SealedColumns.open(sealedReason, "report.reason", id);
    }

    /**
     * Seals changed values (Hibernate has assigned a new row's id by now). Changing only an encrypted
     * value does not make the entity dirty, so erasure rewrites such values with {@code FieldCipher} in SQL.
     */
    @PrePersist
    @PreUpdate
    void seal() {
        if (!Objects.equals(reason, sealedReasonOf) || (reason != null && sealedReason == null)) {
            sealedReason = SealedColumns.seal(reason, "report.reason", id);
            sealedReasonOf = reason;
        }
    }
}
