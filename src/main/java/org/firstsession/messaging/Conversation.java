package org.firstsession.messaging;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.firstsession.shared.persistence.BaseEntity;
import org.hibernate.annotations.DynamicUpdate;

/**
 * The one conversation between a client and a specialist. Dynamic updates: the notifier sets the
 * notified-at columns with plain SQL, and a concurrent send must not write them back stale.
 */
@Entity
@DynamicUpdate
@Table(name = "conversation")
public class Conversation extends BaseEntity {

    /** Report subject type and audit object type. */
    public static final String TYPE = "CONVERSATION";

    /** The two sides of a conversation. */
    public enum Side { CLIENT, SPECIALIST }

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    @Column(name = "specialist_id", nullable = false, updatable = false)
    public UUID specialistId;

    @Enumerated(EnumType.STRING)
    @Column(name = "opened_by", nullable = false, updatable = false)
    public Side openedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "blocked_by")
    public Side blockedBy;

    @Column(name = "blocked_at")
    public Instant blockedAt;

    @Column(name = "last_message_seq", nullable = false)
    public long lastMessageSeq;

    @Column(name = "last_message_at", nullable = false)
    public Instant lastMessageAt;

    @Column(name = "client_read_seq", nullable = false)
    public long clientReadSeq;

    @Column(name = "specialist_read_seq", nullable = false)
    public long specialistReadSeq;

    @Column(name = "client_notified_at")
    public Instant clientNotifiedAt;

    @Column(name = "specialist_notified_at")
    public Instant specialistNotifiedAt;

    long readSeq(Side side) {
        return side == Side.CLIENT ? clientReadSeq : specialistReadSeq;
    }

    void markRead(Side side, long seq) {
        if (side == Side.CLIENT) {
            clientReadSeq = Math.max(clientReadSeq, seq);
        } else {
            specialistReadSeq = Math.max(specialistReadSeq, seq);
        }
    }
}
