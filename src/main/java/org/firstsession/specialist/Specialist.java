package org.firstsession.specialist;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.firstsession.shared.persistence.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.LocalDate;

/** A specialist's profile. One per account; owning one makes the account a specialist. */
@Entity
@Table(name = "specialist")
public class Specialist extends BaseEntity {

    @Column(name = "account_id", nullable = false, updatable = false)
    public UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SpecialistStatus status = SpecialistStatus.DRAFT;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "professional_title")
    public String professionalTitle;

    public String headline;

    public String bio;

    /** The language headline and bio are written in (ISO 639-1); the account's language when not given. */
    @Column(name = "text_language", nullable = false)
    public String textLanguage = "en";

    /**
     * The specialist's own headline and bio in other languages of the platform, by language (V79); stored like
     * {@code bio}: public text, exported and erased with the profile.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, ProfileText> translations = new TreeMap<>();

    @Column(name = "photo_url")
    public String photoUrl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> specialties = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> approaches = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> languages = new ArrayList<>();

    /** Stored as the JSON codes ({@code online}, {@code in_person}) so SQL filters read naturally. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "session_formats", nullable = false)
    public List<String> sessionFormats = new ArrayList<>();

    public String city;

    public String country;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "fee_amount", precision = 10, scale = 2)
    public BigDecimal feeAmount;

    @Column(name = "fee_currency")
    public String feeCurrency;

    @Column(name = "years_of_practice")
    public Integer yearsOfPractice;

    @Column(name = "licence_number")
    public String licenceNumber;

    @Column(name = "licence_body")
    public String licenceBody;

    @Column(name = "licence_country")
    public String licenceCountry;

    @Column(name = "meeting_url")
    public String meetingUrl;

    /** A private room per booking, or the own {@code meetingUrl} for every booking. */
    @Enumerated(EnumType.STRING)
    @Column(name = "video_rooms", nullable = false)
    public VideoRooms videoRooms = VideoRooms.GENERATED;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** Minutes kept free before and after a booked consultation (0–60); slots inside are not bookable. */
    /**
     * The place picked from the gazetteer (a GeoNames id, place.Gazetteer) and its centre, copied at save time so
     * the directory searches by distance in SQL; never a street address.
     */
    @Column(name = "place_id")
    public Long placeId;

    @Column(name = "place_lat")
    public Double placeLat;

    @Column(name = "place_lon")
    public Double placeLon;

    /** Offers reduced fees (sliding scale) for regular sessions; the note says for whom or how (≤ 500). */
    @Column(name = "reduced_fee_available", nullable = false)
    public boolean reducedFeeAvailable;

    @Column(name = "reduced_fee_note")
    public String reducedFeeNote;

    @Column(name = "buffer_minutes", nullable = false)
    public int bufferMinutes;

    /** Featured by an admin since this time; null when not featured. */
    @Column(name = "featured_at")
    public Instant featuredAt;

    /** The feature ends by itself at this time; null = until an admin ends it. */
    @Column(name = "featured_until")
    public Instant featuredUntil;

    /** VERIFIED or REJECTED by an admin's licence check; null when never checked. */
    @Column(name = "verification_status")
    public String verificationStatus;

    @Column(name = "verification_checked_on")
    public LocalDate verificationCheckedOn;

    @Column(name = "verification_valid_until")
    public LocalDate verificationValidUntil;

    @Column(name = "verification_note")
    public String verificationNote;

    @Column(name = "suspended_at")
    public Instant suspendedAt;

    @Column(name = "suspension_reason")
    public String suspensionReason;

    public static Optional<Specialist> findByAccount(UUID accountId) {
        return find("accountId", accountId).firstResultOptional();
    }

    public boolean isOwnedBy(UUID account) {
        return accountId.equals(account);
    }

    public boolean isPublished() {
        return status == SpecialistStatus.PUBLISHED;
    }

    /** Visible to the public: published and not suspended by an admin. */
    public boolean isPublic() {
        return isPublished() && suspendedAt == null;
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    /** A licence check that said VERIFIED and has not expired. */
    public boolean isVerified(LocalDate today) {
        return "VERIFIED".equals(verificationStatus)
                && (verificationValidUntil == null || !verificationValidUntil.isBefore(today));
    }

    /** Featured now: an admin featured it and the feature has not run out. */
    public boolean isFeatured(Instant now) {
        return featuredAt != null && (featuredUntil == null || featuredUntil.isAfter(now));
    }
}
