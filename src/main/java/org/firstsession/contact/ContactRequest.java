package org.firstsession.contact;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.firstsession.shared.persistence.BaseEntity;

/** A message a logged-in user sent to the platform staff through "Contact us". */
@Entity
@Table(name = "contact_request")
public class ContactRequest extends BaseEntity {

    @Column(name = "account_id", nullable = false, updatable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String subject;

    /** May contain health details: shown to admins and forwarded to staff, never logged. */
    @Column(nullable = false)
    @jakarta.persistence.Convert(converter = org.firstsession.shared.crypto.EncryptedText.class)
    public String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactStatus status = ContactStatus.OPEN;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** The admin's account. */
    @Column(name = "closed_by")
    public UUID closedBy;
}
