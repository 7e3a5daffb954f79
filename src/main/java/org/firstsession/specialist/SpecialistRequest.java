package org.firstsession.specialist;

import static org.firstsession.specialist.Vocabulary.Kind.APPROACH;
import static org.firstsession.specialist.Vocabulary.Kind.COUNTRY;
import static org.firstsession.specialist.Vocabulary.Kind.CURRENCY;
import static org.firstsession.specialist.Vocabulary.Kind.HTTP_URL;
import static org.firstsession.specialist.Vocabulary.Kind.LANGUAGE;
import static org.firstsession.specialist.Vocabulary.Kind.SPECIALTY;
import static org.firstsession.specialist.Vocabulary.Kind.TIME_ZONE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The editable part of a profile, for {@code POST /api/specialists} and {@code PUT /api/specialists/{id}}
 * (a PUT replaces every field). Status, owner and ids are not part of it: sending them is a 400.
 */
public record SpecialistRequest(
        @NotBlank @Size(max = 120) String displayName,
        @Size(max = 120) String professionalTitle,
        @Size(max = 200) String headline,
        @Size(max = 5000) String bio,
        /** Read-only: the address of the uploaded photo; a PUT may echo it, any other value is a 400. */
        @Size(max = 2048) String photoUrl,
        @Size(max = 10) List<@NotNull @Vocabulary(SPECIALTY) String> specialties,
        @Size(max = 10) List<@NotNull @Vocabulary(APPROACH) String> approaches,
        @Size(max = 10) List<@NotNull @Vocabulary(LANGUAGE) String> languages,
        @Size(max = 2) List<@NotNull SessionFormat> sessionFormats,
        /** Free text shown on the profile; the place (placeId) is what the directory searches by. */
        @Size(max = 120) String city,
        @Vocabulary(COUNTRY) String country,
        @Vocabulary(TIME_ZONE) String timeZone,
        @Valid Fee fee,
        @Min(0) @Max(80) Integer yearsOfPractice,
        @Valid Licence licence,
        @Size(max = 2048) @Vocabulary(HTTP_URL) String meetingUrl,
        /** GENERATED (default: a private room per booking) or OWN_LINK (meetingUrl for every booking). */
        VideoRooms videoRooms,
        /** Minutes kept free around a booked consultation, 0–60; left out: unchanged (0 for a new profile). */
        @Min(0) @Max(60) Integer bufferMinutes,
        /** The practice's place: an id from GET /api/places (a GeoNames id); its centre is what distances are from. */
        @Min(1) Long placeId,
        /** Reduced fees (sliding scale) for regular sessions; left out: none. */
        @Valid ReducedFee reducedFee,
        /** The language headline and bio are written in (ISO 639-1); left out: unchanged (the account's language for a new profile). */
        @Vocabulary(LANGUAGE) String textLanguage,
        /**
         * The specialist's own headline and bio in other languages of the platform, by language code:
         * {"de": {"headline": "...", "bio": "..."}}; left out: unchanged, {} removes them all.
         */
        @Size(max = 10) Map<String, ProfileText> translations) {

    /** A request without textLanguage and translations: both stay as they are. */
    public SpecialistRequest(String displayName, String professionalTitle, String headline, String bio, String photoUrl,
            List<String> specialties, List<String> approaches, List<String> languages, List<SessionFormat> sessionFormats,
            String city, String country, String timeZone, Fee fee, Integer yearsOfPractice, Licence licence,
            String meetingUrl, VideoRooms videoRooms, Integer bufferMinutes, Long placeId, ReducedFee reducedFee) {
        this(displayName, professionalTitle, headline, bio, photoUrl, specialties, approaches, languages, sessionFormats,
                city, country, timeZone, fee, yearsOfPractice, licence, meetingUrl, videoRooms, bufferMinutes, placeId,
                reducedFee, null, null);
    }

    /** This request with the language of headline and bio and their translations (the website's form sends them apart). */
    public SpecialistRequest withTexts(String textLanguage, Map<String, ProfileText> translations) {
        return new SpecialistRequest(displayName, professionalTitle, headline, bio, photoUrl, specialties, approaches,
                languages, sessionFormats, city, country, timeZone, fee, yearsOfPractice, licence, meetingUrl, videoRooms,
                bufferMinutes, placeId, reducedFee, textLanguage, translations);
    }

    /** Whether reduced fees are offered, and a note for whom or how (only with available: true). */
    public record ReducedFee(boolean available, @Size(max = 500) String note) {
        public static final ReducedFee NONE = new ReducedFee(false, null);
    }

    /** Fee for a regular (paid) session; the first consultation is always free (views say so: firstConsultationFree). */
    public record Fee(
            @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal amount,
            @NotNull @Vocabulary(CURRENCY) String currency) {
    }

    public record Licence(
            @Size(max = 64) String number,
            @Size(max = 200) String licensingBody,
            @Vocabulary(COUNTRY) String country) {
    }
}
