package org.firstsession.booking;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.firstsession.shared.persistence.BaseEntity;

/** A client's free first consultation in one slot. */
@Entity
@Table(name = "booking")
public class Booking extends BaseEntity {

    public enum CancelledBy { CLIENT, SPECIALIST, PLATFORM }

    @Column(name = "slot_id", nullable = false)
    public UUID slotId;

    @Column(name = "specialist_id", nullable = false, updatable = false)
    public UUID specialistId;

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BookingStatus status = BookingStatus.CONFIRMED;

    /** {@code online} or {@code in_person}. */
    @Column(name = "session_format", nullable = false)
    public String sessionFormat;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    /** The client's note: for the specialist only; encrypted at rest. */
    @jakarta.persistence.Convert(converter = org.firstsession.shared.crypto.EncryptedText.class)
    public String note;

    /** iCalendar SEQUENCE of the invite; raised on every change. */
    @Column(nullable = false)
    public int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by")
    public CancelledBy cancelledBy;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "reminder_sent_at")
    public Instant reminderSentAt;

}
