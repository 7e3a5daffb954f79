package org.firstsession.booking;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.firstsession.shared.persistence.BaseEntity;

/** A 30-minute window a specialist offers for a free first consultation. */
@Entity
@Table(name = "slot")
public class Slot extends BaseEntity {

    @Column(name = "specialist_id", nullable = false, updatable = false)
    public UUID specialistId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    /** Set when the specialist takes the slot back; withdrawn slots no longer block overlaps. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }
}
