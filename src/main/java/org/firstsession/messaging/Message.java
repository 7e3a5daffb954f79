package org.firstsession.messaging;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
    @Column(nullable = false)
    @jakarta.persistence.Convert(converter = org.firstsession.shared.crypto.EncryptedText.class)
    public String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();
}
