package org.firstsession.booking;

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
    @Transient
    public String note;

    /** Stored: {@code note} encrypted and bound to this row ({@code booking.note}). */
    @Column(name = "note")
    String sealedNote;

    /** The plaintext {@code sealedNote} holds, so an unchanged value is not sealed again. */
    @Transient
    private String sealedNoteOf;

    /** iCalendar SEQUENCE of the invite; raised on every change. */
    @Column(nullable = false)
    public int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by")
    public CancelledBy cancelledBy;

    /** Why it was cancelled, if the canceller said; encrypted at rest. */
    @Transient
    public String cancelReason;

    /** Stored: {@code cancelReason} encrypted and bound to this row ({@code booking.cancel_reason}). */
    @Column(name = "cancel_reason")
    String sealedCancelReason;

    /** The plaintext {@code sealedCancelReason} holds, so an unchanged value is not sealed again. */
    @Transient
    private String sealedCancelReasonOf;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "reminder_sent_at")
    public Instant reminderSentAt;

    /**
     * The private video room's name (online, specialist with generated rooms), for the two participants
     * only; null once cancelled. Encrypted at rest: the name is the key to the room.
     */
    @Transient
    public String videoRoom;

    /** Stored: {@code videoRoom} encrypted and bound to this row ({@code booking.video_room}). */
    @Column(name = "video_room")
    String sealedVideoRoom;

    /** The plaintext {@code sealedVideoRoom} holds, so an unchanged value is not sealed again. */
    @Transient
    private String sealedVideoRoomOf;

    /** Opens the encrypted columns; a value altered or moved from another row is refused here. */
    @PostLoad
    void open() {
        note = sealedNoteOf = SealedColumns.open(sealedNote, "booking.note", id);
        cancelReason = sealedCancelReasonOf = SealedColumns.open(sealedCancelReason, "booking.cancel_reason", id);
        videoRoom = sealedVideoRoomOf = SealedColumns.open(sealedVideoRoom, "booking.video_room", id);
    }

    /**
     * Seals changed values (Hibernate has assigned a new row's id by now). Changing only an encrypted
     * value does not make the entity dirty, so erasure rewrites such values with {@code FieldCipher} in SQL.
     */
    @PrePersist
    @PreUpdate
    void seal() {
        if (!Objects.equals(note, sealedNoteOf) || (note != null && sealedNote == null)) {
            sealedNote = SealedColumns.seal(note, "booking.note", id);
            sealedNoteOf = note;
        }
        if (!Objects.equals(cancelReason, sealedCancelReasonOf) || (cancelReason != null && sealedCancelReason == null)) {
            sealedCancelReason = SealedColumns.seal(cancelReason, "booking.cancel_reason", id);
            sealedCancelReasonOf = cancelReason;
        }
        if (!Objects.equals(videoRoom, sealedVideoRoomOf) || (videoRoom != null && sealedVideoRoom == null)) {
            sealedVideoRoom = SealedColumns.seal(videoRoom, "booking.video_room", id);
            sealedVideoRoomOf = videoRoom;
        }
    }
}
