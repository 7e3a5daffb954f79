package org.firstsession.contact;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.firstsession.shared.crypto.SealedColumns;
import org.firstsession.shared.persistence.BaseEntity;

/** A message a logged-in user sent to the platform staff through "Contact us". */
@Entity
@Table(name = "contact_request")
public class ContactRequest extends BaseEntity {

    @Column(name = "account_id", nullable = false, updatable = false)
    public UUID accountId;

    /** Encrypted at rest like the message: people put health details in subjects too. */
    @Transient
    public String subject;

    /** Stored: {@code subject} encrypted and bound to this row ({@code contact_request.subject}). */
    @Column(name = "subject", nullable = false)
    String sealedSubject;

    /** The plaintext {@code sealedSubject} holds, so an unchanged value is not sealed again. */
    @Transient
    private String sealedSubjectOf;

    /** May contain health details: shown to admins and forwarded to staff, never logged; encrypted at rest. */
    @Transient
    public String message;

    /** Stored: {@code message} encrypted and bound to this row ({@code contact_request.message}). */
    @Column(name = "message", nullable = false)
    String sealedMessage;

    /** The plaintext {@code sealedMessage} holds, so an unchanged value is not sealed again. */
    @Transient
    private String sealedMessageOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactStatus status = ContactStatus.OPEN;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** The admin's account. */
    @Column(name = "closed_by")
    public UUID closedBy;

    /** Opens the encrypted columns; a value altered or moved from another row is refused here. */
    @PostLoad
    void open() {
        subject = sealedSubjectOf = SealedColumns.open(sealedSubject, "contact_request.subject", id);
        message = sealedMessageOf = SealedColumns.open(sealedMessage, "contact_request.message", id);
    }

    /**
     * Seals changed values (Hibernate has assigned a new row's id by now). Changing only an encrypted
     * value does not make the entity dirty, so erasure rewrites such values with {@code FieldCipher} in SQL.
     */
    @PrePersist
    @PreUpdate
    void seal() {
        if (!Objects.equals(subject, sealedSubjectOf) || (subject != null && sealedSubject == null)) {
            sealedSubject = SealedColumns.seal(subject, "contact_request.subject", id);
            sealedSubjectOf = subject;
        }
        if (!Objects.equals(message, sealedMessageOf) || (message != null && sealedMessage == null)) {
            sealedMessage = SealedColumns.seal(message, "contact_request.message", id);
            sealedMessageOf = message;
        }
    }
}
