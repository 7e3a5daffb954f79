package org.firstsession.privacy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person's explicit consent: what for, to which wording, when. */
@Entity
@Table(name = "consent")
public class Consent extends PanacheEntityBase {

    public static final String SHARE_BOOKING = "share-booking-with-specialist";

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "account_id", nullable = false, updatable = false)
    public UUID accountId;

    @Column(nullable = false, updatable = false)
    public String purpose;

    @Column(name = "wording_version", nullable = false, updatable = false)
    public String wordingVersion;

    @Column(name = "given_at", nullable = false, updatable = false)
    public Instant givenAt = Instant.now();

    @Column(name = "booking_id", updatable = false)
    public UUID bookingId;

    /** The language the wording was shown in ({@code de}); null for consents recorded before languages (V80). */
    @Column(updatable = false)
    public String language;

    /** The wording's version, e.g. {@code 2026-11}. */
    public String version() {
        return wordingVersion;
    }

    /** The language the wording was shown in ({@code de}), or null when not recorded. */
    public String language() {
        return language;
    }
}
