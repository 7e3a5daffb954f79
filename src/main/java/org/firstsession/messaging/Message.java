package org.firstsession.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.firstsession.shared.crypto.SealedColumns;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One message. {@code seq} is a global, ever-increasing number: it orders messages, is the cursor of
 * the history's pages and the unit of read marks. Messages are never edited.
 */
@Entity
@Table(name = "message")
public class Message extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, updatable = false, unique = true)
    public UUID id = UUID.randomUUID();

    @Column(name = "conversation_id", nullable = false, updatable = false)
    public UUID conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Conversation.Side sender;

    @Column(name = "sender_account_id", nullable = false, updatable = false)
    public UUID senderAccountId;

    /** Stored exactly as sent (encrypted at rest); never interpreted as HTML. */
    @Transient
    public String body;

    /** Stored: {@code body} encrypted and bound to this row ({@code message.body}). */
    @Column(name = "body", nullable = false)
    String sealedBody;

    /** The plaintext {@code sealedBody} holds, so an unchanged value is not sealed again. */
    @Transient
    private String sealedBodyOf;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();

    /** Opens the encrypted columns; a value altered or moved from another row is refused here. */
    @PostLoad
    void open() {
        body = sealedBodyOf = SealedColumns.open(sealedBody, "message.body", id);
    }

    /**
     * Seals changed values (Hibernate has assigned a new row's id by now). Changing only an encrypted
     * value does not make the entity dirty, so erasure rewrites such values with {@code FieldCipher} in SQL.
     */
    @PrePersist
    @PreUpdate
    void seal() {
        if (!Objects.equals(body, sealedBodyOf) || (body != null && sealedBody == null)) {
            sealedBody = SealedColumns.seal(body, "message.body", id);
            sealedBodyOf = body;
        }
    }
}
